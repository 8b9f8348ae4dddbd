import { expect, test, type Page } from '@playwright/test';
import { allShifts, HOST, layoutShift, observeShifts, openTimeline } from './support';

/**
 * What a page loads first and whether it holds still: the built-in dataset stays out of the
 * scripts of a page that shows another one, edtf's grammar loads only for the rare dates, and
 * neither hydration nor opening the panel moves anything (cumulative layout shift).
 */

const BUILT_IN_TITLE = 'U.S. and allies overthrow the Taliban’s Islamic Emirate';

/** Records every script the page loads, with its text. */
function recordScripts(page: Page): { url: string; body: Promise<string> }[] {
	const scripts: { url: string; body: Promise<string> }[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: response.text() });
	});
	return scripts;
}

test('/embed?data= loads no script with the built-in dataset in it, and not edtf for common dates', async ({ page }) => {
	const scripts = recordScripts(page);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await openTimeline(page, `/embed?data=${encodeURIComponent(`${HOST}/data/other.json`)}`);
	await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Taliban');
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(3);
	// Nor is the built-in dataset fetched as data.
	expect(requests.filter((path) => /article\.json$|__data\.json$/.test(path))).toEqual([]);
	for (const script of scripts) {
		const body = await script.body;
		expect(body.includes(BUILT_IN_TITLE), `${script.url} carries the built-in dataset`).toBe(false);
		// edtf's grammar names its rules; none of the dates here needs it.
		expect(body.includes('nearley'), `${script.url} is edtf's parser`).toBe(false);
	}
});

for (const width of [1000, 600]) {
	test(`/embed at ${width} px holds still while it loads and when the panel opens`, async ({ page }) => {
		await page.setViewportSize({ width, height: 700 });
		await observeShifts(page);
		await openTimeline(page, '/embed');
		await page.waitForLoadState('networkidle');
		expect(await layoutShift(page)).toBeLessThan(0.02);
		const panel = page.getByRole('complementary', { name: 'Event details' });
		const before = await panel.boundingBox();
		const shiftsBefore = await allShifts(page);
		await page.locator('.mark[data-id="doha-agreement"] circle').click();
		await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
		await page.waitForTimeout(600);
		expect(await layoutShift(page)).toBeLessThan(0.02);
		// Beside the timeline even the shifts the browser excuses as following the click are
		// counted: the panel's box is reserved, so there are none. Below it, the panel grows and
		// the credit line under it moves down, as the reader asked.
		if (width >= 760) expect((await allShifts(page)) - shiftsBefore).toBeLessThan(0.02);
		// Beside the timeline the panel's box is kept as it was; below it, only its height may
		// grow, which moves nothing above or beside it.
		const after = await panel.boundingBox();
		if (width >= 760) expect(after).toEqual(before);
		else expect({ ...after, height: 0 }).toEqual({ ...before, height: 0 });
		await expect(page.locator('.timeline[data-ready]')).toBeVisible();
	});
}

test('/embed?data= holds still while it loads another dataset and shows it', async ({ page }) => {
	await page.setViewportSize({ width: 1000, height: 700 });
	await observeShifts(page);
	await openTimeline(page, `/embed?data=${encodeURIComponent(`${HOST}/data/other.json`)}`);
	await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Taliban');
	await page.waitForLoadState('networkidle');
	expect(await layoutShift(page)).toBeLessThan(0.02);
});

test('the full page holds still while it loads, with room kept for the embed button', async ({ page }) => {
	await page.setViewportSize({ width: 1200, height: 800 });
	await observeShifts(page);
	await openTimeline(page, '/');
	await expect(page.getByRole('button', { name: 'Embed this timeline' })).toBeVisible();
	expect(await layoutShift(page)).toBeLessThan(0.02);
});

/** When the page asked for its first script, and when it first painted, in ms from navigation. */
function bootTimes(page: Page): Promise<{ script: number; paint: number; parsed: number; preloads: number }> {
	return page.evaluate(() => {
		const script = performance.getEntriesByType('resource').find((e) => /\/_app\/immutable\/.*\.js$/.test(e.name));
		const paint = performance.getEntriesByName('first-contentful-paint')[0];
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return {
			script: script?.startTime ?? NaN,
			paint: paint?.startTime ?? NaN,
			parsed: navigation.domInteractive,
			preloads: document.head.querySelectorAll('link[rel="modulepreload"]').length
		};
	});
}

for (const path of ['/', '/embed']) {
	test(`${path} is painted before its scripts start downloading, and then comes to life`, async ({ page }) => {
		await openTimeline(page, path);
		const times = await bootTimes(page);
		expect(times.paint).toBeGreaterThan(0);
		expect(times.script).toBeGreaterThan(times.paint);
		// All the first load's modules are asked for together, not one import after another.
		expect(times.preloads).toBeGreaterThan(5);
		await page.getByRole('button', { name: 'Zoom in' }).first().click();
		await expect(page.locator('.timeline[data-ready]').first()).toHaveAttribute('data-from', /\d{4}-\d\d-\d\d/);
	});
}

test('/studio is painted before its scripts start downloading, and then comes to life', async ({ page }) => {
	await page.goto('/studio');
	await page.locator('main[data-ready]').waitFor();
	const times = await bootTimes(page);
	expect(times.script).toBeGreaterThan(times.paint);
	expect(times.preloads).toBeGreaterThan(5);
});

test('/embed?data= starts its scripts while the page is still being read, since it has nothing to show before them', async ({ page }) => {
	await openTimeline(page, `/embed?data=${encodeURIComponent(`${HOST}/data/other.json`)}`);
	const times = await bootTimes(page);
	expect(times.script).toBeLessThan(times.parsed);
	expect(times.preloads).toBeGreaterThan(5);
});
