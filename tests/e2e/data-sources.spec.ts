import { expect, test } from '@playwright/test';
import { HOST_PORT } from '../playwright.config';
import { collectErrors, openTimeline, HOST } from './support';

// The host server (another origin) publishes datasets, good and hostile; the suite's build
// allows that origin (DATA_ORIGINS in playwright.config.ts) and no other.
const DATA = `${HOST}/data`;
const at = (path: string) => `/?data=${encodeURIComponent(`${DATA}/${path}`)}`;

test('a file from an allowed origin is shown with its host named, and its source link shows its domain', async ({ page }) => {
	const errors = collectErrors(page);
	await openTimeline(page, at('other.json'));
	await expect(page.getByTestId('data-notice')).toContainText(`Data from localhost:${HOST_PORT}`);
	await page.goto(`/embed?data=${encodeURIComponent(`${DATA}/other.json`)}`);
	await expect(page.getByTestId('data-notice')).toContainText(`Data from localhost:${HOST_PORT}`);
	expect(errors).toEqual([]);
});

test('a file from an origin the site was not built for is refused with a message', async ({ page }) => {
	const foreign = `http://127.0.0.1:${HOST_PORT}/data/other.json`;
	await page.goto(`/embed?data=${encodeURIComponent(foreign)}`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(`This site does not load timelines from 127.0.0.1:${HOST_PORT}`);
	await expect(alert).toContainText(foreign);
	await expect(page.locator('.timeline')).toHaveCount(0);
	// The built-in article's identity is not worn by the error page.
	await expect(page.locator('footer.credit')).not.toContainText('Source:');
});

test('one bad event among 20 leaves 19 on the timeline and a notice that lists the problem', async ({ page }) => {
	const errors = collectErrors(page);
	await openTimeline(page, at('one-bad.json'));
	await expect(page.locator('ol.events > li')).toHaveCount(19);
	const notice = page.getByTestId('data-notice');
	await expect(notice).toContainText('1 of 20 events has problems');
	await notice.getByText('1 of 20 events has problems').click();
	await expect(notice).toContainText('events[6].date');
	expect(errors).toEqual([]);
});

test('an HTML page and a body that breaks off are named as such, and the built-in headline stays away', async ({ page }) => {
	await page.goto(at('page.json'));
	await expect(page.getByRole('alert')).toContainText('gives a web page (HTML), not a dataset file (JSON)');
	await expect(page.locator('h1')).not.toContainText('Afghanistan');
	await page.goto(at('cut.json'));
	await expect(page.getByRole('alert')).toContainText('the connection broke off before the whole file arrived');
	await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a URL that never answers gives up with a message, and Try again loads it', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto(at(`hang-once.json?key=${test.info().testId}-${test.info().retry}`));
	await expect(page.getByRole('status')).toContainText('Loading the timeline from');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('its server sent nothing for 20 seconds', { timeout: 40_000 });
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('h1')).toHaveText('A town votes on its bridge');
	await expect(page.locator('ol.events > li')).toHaveCount(3);
});

test('the embed dialog on a ?data= page builds the snippet for that dataset', async ({ page }) => {
	await openTimeline(page, at('other.json'));
	await page.getByRole('button', { name: 'Embed this timeline' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await expect.poll(() => dialog.locator('textarea').first().inputValue()).toContain(encodeURIComponent(`${DATA}/other.json`));
});
