import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './support';

const ARTICLE = readFileSync(new URL('../../src/lib/data/article.txt', import.meta.url), 'utf8');
const FIXTURES = new URL('../fixtures/timelinejs/', import.meta.url).pathname;
/** The sentence of the 2015 renaming, which stands alone on the timeline. */
const RENAMING = 'That’s the lofty name chosen for the war effort';

async function openStudio(page: Page): Promise<void> {
	await page.goto('/studio');
	await page.locator('main[data-ready]').waitFor();
}

/** Pastes the article, fills in its details, finds its events and includes them all. */
async function draftArticle(page: Page): Promise<number> {
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByLabel('Headline').fill('Closing in on the provincial capitals');
	await page.getByLabel('Publication').fill('The Dispatch');
	await page.getByLabel('Published').fill('2021-05-18/2021-05-30');
	await page.getByRole('button', { name: 'Find events' }).click();
	const found = await page.locator('ol.found > li').count();
	await page.getByRole('button', { name: 'Include all' }).click();
	return found;
}

/** How many events the preview's timeline draws: single marks plus the events in clusters. */
async function previewEventCount(page: Page): Promise<number> {
	return page.evaluate(() => {
		const marks = [...document.querySelectorAll('.preview .mark')];
		return marks.reduce((sum, mark) => sum + (mark.getAttribute('data-id') ? 1 : Number(mark.querySelector('text.count')?.textContent ?? 0)), 0);
	});
}

const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });

test('the article’s dated events are drafted, included and shown in the preview', async ({ page }) => {
	const errors = collectErrors(page);
	await openStudio(page);
	const found = await draftArticle(page);
	expect(found).toBeGreaterThanOrEqual(7);
	// Each draft shows its sentence with the date words marked, and what the date means.
	const first = page.locator('ol.found > li').first();
	await expect(first.locator('mark')).toHaveCount(1);
	await expect(first.locator('.date')).toContainText('→');
	await expect(page.getByRole('checkbox', { name: /Include/ })).toHaveCount(found);
	for (const box of await page.getByRole('checkbox', { name: /Include/ }).all()) await expect(box).toBeChecked();
	await expect(preview(page).locator('.timeline[data-ready]')).toBeVisible();
	await expect.poll(() => previewEventCount(page)).toBe(found);
	await expect(page.getByRole('button', { name: 'Download JSON' })).toBeEnabled();
	expect(errors).toEqual([]);
});

test('editing a title changes the preview’s label in place, and undo takes it back', async ({ page }) => {
	await openStudio(page);
	await draftArticle(page);
	const event = page.locator('fieldset', { has: page.locator('blockquote', { hasText: RENAMING }) });
	const id = 'that-s-the-lofty-name-chosen-for-the-war-effort';
	const label = preview(page).locator(`.mark[data-id="${id}"] text.label`);
	await expect(label).toHaveText(/^That’s the lofty name/);
	const timelineBefore = await preview(page).locator('.timeline').elementHandle();
	await event.getByLabel('Title').fill('The war effort is renamed');
	await expect(label).toHaveText('The war effort is renamed');
	// The same timeline element: the preview was updated, not mounted again.
	expect(await timelineBefore?.evaluate((el) => el.isConnected)).toBe(true);
	await event.getByLabel('Title').press('Control+z');
	await expect(label).toHaveText(/^That’s the lofty name/);
	await event.getByLabel('Title').press('Control+Shift+z');
	await expect(label).toHaveText('The war effort is renamed');
});

test('a validator problem is listed with its path, and activating it focuses the field', async ({ page }) => {
	await openStudio(page);
	await draftArticle(page);
	const event = page.locator('fieldset', { has: page.locator('blockquote', { hasText: RENAMING }) });
	await event.getByLabel('Date', { exact: true }).fill('2015-02-30');
	await expect(event.getByText('is not a valid date')).toBeVisible();
	const problems = page.getByRole('region', { name: /problems? to fix/ });
	const link = problems.getByRole('button', { name: /^events\[\d+\]\.date$/ });
	await link.click();
	await expect(event.getByLabel('Date', { exact: true })).toBeFocused();
	await expect(page.getByRole('button', { name: 'Download JSON' })).toBeDisabled();
});

test('a reload keeps the draft', async ({ page }) => {
	await openStudio(page);
	const found = await draftArticle(page);
	await expect(page.getByText(/Draft saved at/)).toBeVisible();
	// Saved with its events, not only the article typed before them (a busy machine saves in between).
	await expect(page.getByRole('region', { name: 'Saved in this browser' }).getByText(new RegExp(`^${found} events,`))).toBeVisible();
	await page.reload();
	await page.locator('main[data-ready]').waitFor();
	await expect(page.getByLabel('Headline')).toHaveValue('Closing in on the provincial capitals');
	await expect(page.locator('.editor fieldset')).toHaveCount(found);
	await expect.poll(() => previewEventCount(page)).toBe(found);
	await expect(page.getByRole('region', { name: 'Saved in this browser' }).locator('.title')).toHaveText(['Closing in on the provincial capitals']);
});

test('a TimelineJS file and a TimelineJS sheet import with their eras and groups, with notes on what was left out', async ({ page }) => {
	await openStudio(page);
	await page.getByLabel('Import', { exact: true }).setInputFiles(`${FIXTURES}bridge.json`);
	await expect(page.getByLabel('Headline')).toHaveValue('The River Bridge & its century');
	await expect(page.locator('.editor fieldset')).toHaveCount(5);
	// Its eras come along, and show behind the events.
	await expect(page.getByRole('region', { name: /^Eras/ }).locator('fieldset')).toHaveCount(2);
	await expect(page.getByRole('region', { name: 'Preview' }).locator('.eras [data-era]')).toHaveCount(2);
	await expect(page.getByText('media is not imported yet').first()).toBeVisible();
	await expect.poll(() => previewEventCount(page)).toBe(5);
	// The script in the file's text is not run, and not kept.
	await expect(page.locator('main img')).toHaveCount(0);

	await page.getByLabel('Import', { exact: true }).setInputFiles(`${FIXTURES}bridge.csv`);
	await expect(page.getByLabel('Headline')).toHaveValue('The River Bridge');
	await expect(page.locator('.editor fieldset')).toHaveCount(4);
	await expect(page.getByRole('region', { name: /^Eras/ }).locator('fieldset')).toHaveCount(1);
	await expect(page.getByRole('region', { name: /^Groups/ }).locator('#field-groups-0-title')).toHaveValue('Repairs');
	await expect.poll(() => previewEventCount(page)).toBe(4);
	// Both imports are kept as drafts.
	await expect(page.getByRole('region', { name: 'Saved in this browser' }).locator('li')).toHaveCount(2);
});

test('pasted HTML becomes plain text, and markup typed or pasted as text stays text', async ({ page }) => {
	await openStudio(page);
	const text = page.getByLabel('Article text');
	await text.focus();
	await page.evaluate(() => {
		const data = new DataTransfer();
		data.setData('text/html', '<h1>Bridge</h1><p>It opened on <b>May 1, 1931</b>.<img src=x onerror="window.pwned=1"></p><script>window.pwned=2</script>');
		data.setData('text/plain', 'Bridge It opened on May 1, 1931.');
		document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	});
	await expect(text).toHaveValue('Bridge\n\nIt opened on May 1, 1931.');
	const markup = '<img src=x onerror="window.pwned=3"> It closed on June 2, 2020.';
	await text.fill(markup);
	await page.getByLabel('Headline').fill('<img src=x onerror="window.pwned=4">');
	await page.getByLabel('Publication').fill('The Courier');
	await page.getByLabel('Published').fill('2024-03-20');
	await page.getByRole('button', { name: 'Find events' }).click();
	await page.getByRole('button', { name: 'Include all' }).click();
	const event = page.locator('.editor fieldset').first();
	await event.getByLabel('Title').fill('<img src=x onerror="window.pwned=5">');
	await expect(preview(page).locator('text.label').first()).toHaveText('<img src=x onerror="window.pwned=5">');
	await page.getByText(/The article with \d+ dates? marked/).click();
	await expect(page.locator('details.article .text')).toContainText('<img src=x onerror="window.pwned=3">');
	await expect(page.locator('main img')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('with the keyboard alone: make an event from a selected passage, merge, delete and order events', async ({ page }) => {
	await openStudio(page);
	const sentence = 'The council voted on March 12, 2024, to replace it.';
	const text = page.getByLabel('Article text');
	await text.fill(`The bridge opened in 1931. Engineers found cracks in January 2022. ${sentence}`);
	await page.getByLabel('Published').fill('2024-03-20');
	await text.press('End');
	for (let i = 0; i < sentence.length; i++) await page.keyboard.press('Shift+ArrowLeft');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Make an event' })).toBeFocused();
	await page.keyboard.press('Enter');
	const made = page.locator('.editor fieldset').first();
	await expect(made.getByLabel('Title')).toBeFocused();
	await expect(made.getByLabel('Date', { exact: true })).toHaveValue('2024-03-12');
	await expect(made.locator('blockquote')).toHaveText(sentence);

	await page.getByRole('button', { name: 'Find events' }).click();
	await page.getByRole('button', { name: 'Include all' }).click();
	const events = page.locator('.editor fieldset');
	await expect(events).toHaveCount(4);
	// The sentence made by hand and the finder's draft of it become one event.
	const drafted = events.nth(3);
	await drafted.getByLabel('Merge with').selectOption({ index: 1 });
	await drafted.getByRole('button', { name: /^Merge/ }).press('Enter');
	await expect(events).toHaveCount(3);
	await events.first().getByRole('button', { name: /^Delete/ }).press('Enter');
	await expect(events).toHaveCount(2);
	await page.keyboard.press('Control+z');
	await expect(events).toHaveCount(3);
	await page.getByRole('button', { name: 'Order by date' }).press('Enter');
	const dates = () => page.getByLabel('Date', { exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	await expect.poll(dates).toEqual(['1931', '2022-01', '2024-03-12']);
});

test('the studio with drafts and the preview open passes axe, on a phone too', async ({ page }) => {
	await openStudio(page);
	await draftArticle(page);
	await expect(preview(page).locator('.timeline[data-ready]')).toBeVisible();
	await page.locator('.editor details').first().evaluate((el) => ((el as HTMLDetailsElement).open = true));
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 375, height: 800 });
	await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await expectNoAxeViolations(page);
});

test('Download JSON gives a file that /embed?data= shows, and Copy link opens the same timeline in a new page', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openStudio(page);
	const found = await draftArticle(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
	const file = readFileSync(await download.path(), 'utf8');
	const dataset = JSON.parse(file);
	expect(dataset.version).toBe(1.1);
	expect(dataset.events).toHaveLength(found);

	// A newsroom hosts the file; here the page's own origin serves it.
	const embed = await context.newPage();
	await embed.route('**/hosted/draft.json', (route) => route.fulfill({ contentType: 'application/json', body: file }));
	await embed.goto(`/embed?data=${encodeURIComponent('/hosted/draft.json')}`);
	await expect(embed.locator('.timeline[data-ready] .mark').first()).toBeVisible();

	await page.getByRole('button', { name: 'Copy link to the full page' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied the link to the full page.' })).toBeAttached();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toContain('/#data=');
	const opened = await context.newPage();
	await opened.goto(link);
	await expect(opened.locator('h1')).toHaveText('Closing in on the provincial capitals');
	await expect(opened.locator('ol.events > li')).toHaveCount(found);
});

test('the embed dialog in the studio builds the snippet for the draft: in the link, or from the hosted file', async ({ page }) => {
	await openStudio(page);
	await draftArticle(page);
	await page.getByRole('button', { name: 'Embed this timeline' }).click();
	const loader = page.getByLabel(/With the loader script/);
	await expect(loader).toHaveValue(/\/embed#data=/);
	await expect(page.locator('dialog iframe')).toHaveAttribute('src', /\/embed#data=/);
	await page.getByRole('button', { name: 'Close' }).click();
	await page.getByLabel('Where you host the downloaded file (optional)').fill('https://news.example/story.json');
	await page.getByRole('button', { name: 'Embed this timeline' }).click();
	await expect(loader).toHaveValue(/\/embed\?data=https%3A%2F%2Fnews\.example%2Fstory\.json/);
	await expect(loader).not.toHaveValue(/#data=/);
});

test('what a producer types before the page’s script has started is kept', async ({ page }) => {
	// A slow link: the page's scripts arrive well after its fields are on screen.
	await page.route('**/_app/immutable/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 800));
		await route.continue();
	});
	await page.goto('/studio', { waitUntil: 'commit' });
	await page.getByLabel('Headline').fill('Typed before the script ran');
	await page.getByLabel('Article text').fill('On May 1, 2021, the last troops began to leave.');
	await page.locator('main[data-ready]').waitFor();
	await expect(page.getByLabel('Headline')).toHaveValue('Typed before the script ran');
	await page.getByRole('button', { name: 'Find events' }).click();
	await expect(page.getByText('“May 1, 2021”')).toBeVisible();
});
