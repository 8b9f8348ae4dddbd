import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './support';

const ARTICLE = readFileSync(new URL('../../src/lib/data/article.txt', import.meta.url), 'utf8');
const SHOTS = process.env.SHOTS_DIR;

async function draftArticle(page: Page): Promise<void> {
	await page.goto('/studio');
	await page.locator('main[data-ready]').waitFor();
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByLabel('Headline').fill('Closing in on the provincial capitals');
	await page.getByLabel('Publication').fill('The Dispatch');
	await page.getByLabel('Published').fill('2021-05-18/2021-05-30');
	await page.getByRole('button', { name: 'Find events' }).click();
	await page.getByRole('button', { name: 'Include all' }).click();
}

const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const eras = (page: Page) => page.getByRole('region', { name: /^Eras/ });
const groups = (page: Page) => page.getByRole('region', { name: /^Groups/ });

test('eras are added, checked as they are typed, shown in the preview, and undone', async ({ page }) => {
	const errors = collectErrors(page);
	await draftArticle(page);
	await eras(page).getByRole('button', { name: 'Add an era' }).click();
	const name = page.locator('#field-eras-0-title');
	await expect(name).toBeFocused();
	await name.fill('Operation Enduring Freedom');
	await expect(page.locator('#field-eras-0-id')).toHaveValue('operation-enduring-freedom');
	await page.locator('#field-eras-0-id').fill('oef');
	const date = page.locator('#field-eras-0-date');
	await date.fill('2001-10-07/2014-13-28');
	// The same date check as the events': the problem under the field and in the list, with its path.
	await expect(date).toHaveAttribute('aria-invalid', 'true');
	const problems = page.getByRole('region', { name: /problems? to fix/ });
	await problems.getByRole('button', { name: 'eras[0].date' }).click();
	await expect(date).toBeFocused();
	await date.fill('2001-10-07/2014-12-28');
	await expect(page.locator('#field-eras-0-date-hint')).toContainText('2001');
	await expect(date).not.toHaveAttribute('aria-invalid', 'true');
	await date.blur();
	// The era's quiet years are folded by default, which narrows its band: drawn to scale it has the room for its whole name.
	await preview(page).getByRole('button', { name: 'Time to scale' }).click();
	await expect(preview(page).locator('.eras [data-era="oef"] text')).toHaveText('Operation Enduring Freedom');
	await expect(preview(page).getByRole('group', { name: 'Eras' }).getByRole('button', { name: 'Operation Enduring Freedom' })).toBeVisible();
	await expectNoAxeViolations(page);
	if (SHOTS) await eras(page).screenshot({ path: `${SHOTS}/studio-eras.png` });

	await eras(page).getByRole('button', { name: 'Remove the era “Operation Enduring Freedom”' }).click();
	await expect(preview(page).locator('.eras [data-era]')).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.locator('#field-eras-0-title')).toHaveValue('Operation Enduring Freedom');
	await expect(preview(page).locator('.eras [data-era="oef"]')).toHaveCount(1);
	expect(errors).toEqual([]);
});

test('groups are added, ordered and chosen per event; the preview shows one row per group', async ({ page }) => {
	await draftArticle(page);
	for (const title of ['Washington', 'Afghanistan']) {
		await groups(page).getByRole('button', { name: 'Add a group' }).click();
		await page.locator('input:focus').fill(title);
		await page.locator('input:focus').blur();
	}
	// Ids are made from the titles as they are typed.
	await expect(page.locator('#field-groups-0-id')).toHaveValue('washington');
	await expect(page.locator('#field-groups-1-id')).toHaveValue('afghanistan');

	const events = page.locator('ol > li > fieldset', { has: page.getByLabel('Group (row)') });
	const count = await events.count();
	expect(count).toBeGreaterThan(3);
	await events.nth(0).getByLabel('Group (row)').selectOption({ label: 'Afghanistan' });
	await events.nth(1).getByLabel('Group (row)').selectOption({ label: 'Washington' });
	await expect(preview(page).locator('g.row[data-row]')).toHaveCount(3);
	await expect(preview(page).getByRole('group', { name: 'Afghanistan' }).locator('[data-id]')).toHaveCount(1);
	await expect(groups(page).getByText('Afghanistan · 1 event')).toBeVisible();

	// Renaming a group's id takes its events along; the rows keep the list's order.
	await page.locator('#field-groups-1-id').fill('kabul');
	await expect(preview(page).getByRole('group', { name: 'Afghanistan' }).locator('[data-id]')).toHaveCount(1);
	await groups(page).getByRole('button', { name: 'Move up the group “Afghanistan”' }).click();
	await expect(preview(page).locator('g.row[data-row]').first()).toHaveAttribute('data-row', 'kabul');
	await expectNoAxeViolations(page);
	if (SHOTS) await groups(page).screenshot({ path: `${SHOTS}/studio-groups.png` });
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/studio-page.png` });

	// Removing a group puts its events in "Other"; undo brings it and them back.
	await groups(page).getByRole('button', { name: 'Remove the group “Afghanistan”' }).click();
	await expect(preview(page).getByRole('group', { name: 'Afghanistan' })).toHaveCount(0);
	await expect(events.nth(0).getByLabel('Group (row)')).toHaveValue('');
	await page.keyboard.press('Control+z');
	await expect(events.nth(0).getByLabel('Group (row)')).toHaveValue('kabul');
	await expect(preview(page).getByRole('group', { name: 'Afghanistan' }).locator('[data-id]')).toHaveCount(1);

	// The file carries both.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
	const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
	expect(file.groups).toEqual([
		{ id: 'kabul', title: 'Afghanistan' },
		{ id: 'washington', title: 'Washington' }
	]);
	expect(file.events[0].group).toBe('kabul');
});
