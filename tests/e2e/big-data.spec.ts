/**
 * A large `?data=` file (20,000 events, about 6 MB): it is parsed, checked and indexed in a
 * worker while the page shows a progress bar that names each step, and Cancel (or Esc) stops
 * the load and leaves the page usable, with Try again.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { encodeDataset } from '../../src/lib/share/data-fragment';
import { syntheticDataset } from '../bench/dataset';
import { collectErrors, expectNoAxeViolations, HOST, layoutShift, observeShifts, openTimeline, visibleRange } from './support';

const EVENTS = 20_000;
const body = JSON.stringify(syntheticDataset(EVENTS));
const DATA = `${HOST}/data/big-${EVENTS}.json`;

/** Answers the big file, readable by the app's origin, after `delay` ms (so the bar is seen waiting). */
function answer(route: Route, delay = 0): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, delay)).then(() =>
		route.fulfill({ status: 200, body, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' } })
	);
}

/** Records every text the progress box shows, and every worker the page starts. */
async function recordProgress(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { progressSeen: string[] }).progressSeen = seen;
		new MutationObserver(() => {
			const box = document.querySelector('[data-testid="load-progress"]');
			const text = box?.textContent?.replace(/\s+/g, ' ').trim();
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document, { childList: true, subtree: true, characterData: true });
	});
}
const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

for (const path of ['/', '/embed']) {
	test(`${path}?data= with ${EVENTS.toLocaleString('en')} events shows a progress bar through each step, then the timeline`, async ({ page }) => {
		test.setTimeout(120_000);
		const errors = collectErrors(page);
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await recordProgress(page);
		await observeShifts(page);
		// Long enough for the bar, which loads on demand, to be drawn on a busy machine before the file arrives.
		await page.route(DATA, (route) => answer(route, 2000));
		await page.goto(`${path}?data=${encodeURIComponent(DATA)}`);
		const bar = page.getByRole('progressbar');
		await expect(bar).toBeVisible();
		await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
		// The page does not bring the prerendered built-in timeline to life only to replace it.
		await expect(page.locator('.timeline')).toHaveCount(0);
		await page.locator('.timeline[data-ready] .mark[data-key*=":event-"]').first().waitFor({ timeout: 90_000 });
		await expect(bar).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('20,000 events');
		const seen = (await progressSeen(page)).join('\n');
		expect(seen).toContain('Waiting for the file…');
		expect(seen).toMatch(/Checking 20,000 events… \d+%/);
		expect(seen).toContain('Laying out…');
		// The work ran in the app's own worker script, under the page's CSP, which carries
		// nothing of the built-in dataset.
		const worker = workers.find((url) => /\/_app\/immutable\/workers\/prepare\.worker-[\w-]+\.js$/.test(url));
		expect(worker).toBeDefined();
		expect(await (await page.request.get(worker!)).text()).not.toContain('Taliban');
		// The progress box sits over the room the timeline keeps in the embed: nothing moves.
		if (path === '/embed') expect(await layoutShift(page)).toBeLessThan(0.02);
		expect(errors).toEqual([]);
	});
}

test('Cancel while a big file downloads stops the load; the page stays usable and Try again loads it', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = collectErrors(page);
	let held: Route | undefined;
	let requests = 0;
	await page.route(DATA, (route) => {
		requests++;
		// The first request hangs, as on a slow line; the next one is answered.
		if (requests === 1) held = route;
		else void answer(route);
	});
	await page.goto(`/?data=${encodeURIComponent(DATA)}`);
	await expect(page.getByRole('progressbar', { name: 'Waiting for the file…' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Cancel' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('was cancelled');
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	// Focus moves from the Cancel button, now gone, to Try again.
	const retry = page.getByRole('button', { name: 'Try again' });
	await expect(retry).toBeFocused();
	await expectNoAxeViolations(page);
	await held?.abort().catch(() => {});
	await retry.click();
	await page.locator('.timeline[data-ready]').waitFor({ timeout: 90_000 });
	await expect(page.getByRole('heading', { level: 1 })).toContainText('20,000 events');
	const before = await visibleRange(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(() => visibleRange(page)).not.toEqual(before);
	expect(errors.filter((e) => !/ERR_FAILED|net::/.test(e))).toEqual([]);
});

test('Esc cancels the load in the embed, which then offers Try again', async ({ page }) => {
	await page.route(DATA, () => {});
	await page.goto(`/embed?data=${encodeURIComponent(DATA)}`);
	await expect(page.getByRole('progressbar')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('alert')).toContainText('was cancelled');
	await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a small ?data= file starts no worker', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await openTimeline(page, `/embed?data=${encodeURIComponent(`${HOST}/data/other.json`)}`);
	await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Taliban');
	expect(workers).toEqual([]);
});

test('a #data= link that carries a large timeline is read in the worker behind the progress bar too', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = collectErrors(page);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await recordProgress(page);
	await page.goto(`/embed#data=${encodeDataset(syntheticDataset(EVENTS))}`);
	await page.locator('.timeline[data-ready] .mark[data-key*=":event-"]').first().waitFor({ timeout: 90_000 });
	await expect(page.getByRole('heading', { level: 1 })).toContainText('20,000 events');
	expect((await progressSeen(page)).join('\n')).toMatch(/Loading the timeline from this link…[^]*Checking 20,000 events…/);
	expect(workers).toHaveLength(1);
	await expect(page.getByTestId('data-notice')).toContainText('Data in this link, not published by this site.');
	expect(errors).toEqual([]);
});

test('the full page builds a long article as it goes, and “Read in the article” reaches its last sentence', async ({ page }) => {
	test.setTimeout(120_000);
	const errors = collectErrors(page);
	await page.route(DATA, (route) => answer(route));
	const last = `event-${EVENTS - 1}`;
	await page.goto(`/?data=${encodeURIComponent(DATA)}&event=${last}`);
	await page.locator('.timeline[data-ready] .mark[data-key*=":event-"]').first().waitFor({ timeout: 90_000 });
	// The sentence is found whether or not the article has been built that far yet.
	await page.getByRole('link', { name: 'Read in the article' }).first().click();
	const sentence = page.locator(`article.article a.quote[data-event="${last}"]`);
	await expect(sentence).toBeInViewport();
	await expect(sentence).toBeFocused();
	// In the end every quoted sentence is in the page, each once.
	await expect(page.locator('article.article a.quote')).toHaveCount(EVENTS, { timeout: 60_000 });
	expect(await page.locator('article.article a.quote[id]').evaluateAll((links) => new Set(links.map((a) => a.id)).size)).toBe(EVENTS);
	expect(errors).toEqual([]);
});
