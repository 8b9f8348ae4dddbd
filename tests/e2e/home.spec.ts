import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, openTimeline } from './support';

const IDS = [
	'overthrow-2001',
	'insurgency',
	'ofs-begins',
	'doha-agreement',
	'capitals-surrounded',
	'withdrawal-order',
	'ig-report',
	'khalilzad-hearing',
	'capitals-threatened'
];

test('the home page shows the article’s events as a list and a timeline, with no console errors', async ({ page }) => {
	const errors = collectErrors(page);
	await openTimeline(page);
	await expect(page.locator('h1')).toContainText('Taliban');
	const items = page.locator('ol.events > li');
	await expect(items).toHaveCount(IDS.length);
	await expect(items.locator('time[datetime]')).toHaveCount(IDS.length);
	await expect(page.locator('.plot svg .mark').first()).toBeVisible();
	await expect(page.locator('.axis .tick text').first()).toBeVisible();
	expect(errors).toEqual([]);
});

test('the list is in time order and links every event', async ({ page }) => {
	await openTimeline(page);
	const hrefs = await page.locator('ol.events > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(hrefs).toHaveLength(IDS.length);
	expect(new Set(hrefs)).toEqual(new Set(IDS.map((id) => `?event=${id}`)));
	const datetimes = await page.locator('ol.events time').evaluateAll((els) => els.map((t) => t.getAttribute('datetime') ?? ''));
	expect(datetimes[0]?.startsWith('2001')).toBe(true);
	expect(datetimes.at(-1)?.startsWith('2021')).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the events, their dates and the article still read as HTML', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('ol.events > li')).toHaveCount(IDS.length);
		await expect(page.locator('ol.events')).toContainText('As of February 2021');
		await expect(page.locator('article.article a.quote').first()).toBeVisible();
		await expect(page.locator('.plot svg')).toBeVisible();
	});
});

test('the dataset is published at /data/article.json', async ({ request }) => {
	const response = await request.get('/data/article.json');
	expect(response.ok()).toBe(true);
	const data = await response.json();
	expect(data.events.map((e: { id: string }) => e.id).sort()).toEqual([...IDS].sort());
});

test('axe finds no accessibility violations on the home page', async ({ page }) => {
	await openTimeline(page);
	await expectNoAxeViolations(page);
});
