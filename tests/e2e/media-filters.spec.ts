import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { APP, expectNoAxeViolations, openTimeline, settledParams, visibleRange } from './support';

const ARTICLE = readFileSync(new URL('../../src/lib/data/article.txt', import.meta.url), 'utf8');
const EXAMPLE = `/?data=${encodeURIComponent('/examples/kestrel-point.json')}`;

test.describe('media, eras and groups', () => {
	test('the example shows one labelled row per group, its era, and images sized before they load', async ({ page }) => {
		await openTimeline(page, EXAMPLE);
		const rows = page.locator('.plot g.row[data-row]');
		await expect(rows).toHaveCount(4);
		for (const name of ['Community', 'Council', 'Harbour board', 'Restoration works']) {
			await expect(page.getByRole('group', { name })).toBeVisible();
		}
		// Each row holds only its own events.
		await expect(page.getByRole('group', { name: 'Council' }).locator('[data-id]')).toHaveCount(2);
		// The era: a band behind the events, words for screen readers, and a shortcut.
		await expect(page.locator('.eras [data-era="dark"] text')).toHaveText('The dark years');
		await expect(page.getByText(/divided into one era/)).toBeAttached();
		await expect(page.getByRole('group', { name: 'Eras' }).getByRole('button', { name: 'The dark years' })).toBeVisible();

		await page.getByRole('button', { name: 'All in one row', pressed: false }).click();
		await expect(page.getByRole('button', { name: 'All in one row', pressed: true })).toBeVisible();
		await expect(rows).toHaveCount(0);
		await expect(page.locator('.plot [data-id]')).toHaveCount(8);

		await page.locator('[data-id="lamp-switched-off"]').click();
		const image = page.getByRole('img', { name: /The unlit lighthouse/ });
		await expect(image).toBeVisible();
		await expect(image).toHaveAttribute('width', '600');
		await expect(image).toHaveAttribute('height', '400');
		await expect(image).toHaveAttribute('loading', 'lazy');
		await expect(page.locator('.panel .media figcaption')).toContainText('Illustration made for this example');
		await expectNoAxeViolations(page);
	});

	test('a video card makes no request to another site until the reader asks', async ({ page }) => {
		const elsewhere: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(APP) && !request.url().startsWith('data:')) elsewhere.push(request.url());
		});
		// Nothing may leave this machine during the test: requests elsewhere are answered empty.
		await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
		await openTimeline(page, `${EXAMPLE}&event=council-vote`);
		const panel = page.locator('.panel');
		await expect(panel.getByText('youtube.com · video')).toBeVisible();
		await expect(panel.getByRole('link', { name: /Open on youtube\.com/ })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ');
		await page.waitForLoadState('networkidle');
		expect(elsewhere).toEqual([]);
		await expectNoAxeViolations(page);

		await panel.getByRole('button', { name: 'Load video from youtube.com' }).click();
		await expect(panel.locator('iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
		await expect.poll(() => elsewhere.some((url) => url.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true);
	});
});

test('the article’s eras are bands behind its events and shortcuts to their periods', async ({ page }) => {
	await openTimeline(page);
	await expect(page.locator('.eras [data-era]')).toHaveCount(2);
	await expect(page.getByText('Operation Enduring Freedom, 7 October 2001 to 28 December 2014.', { exact: false })).toBeAttached();
	await page.getByRole('group', { name: 'Eras' }).getByRole('button', { name: 'Operation Freedom’s Sentinel' }).click();
	await expect.poll(async () => (await visibleRange(page))[0] >= '2014-10-01').toBe(true);
	const [from, to] = await visibleRange(page);
	expect(from < '2015-01-01' && to >= '2021-12-31').toBe(true);
	await expect(page.locator('.timeline [aria-live="polite"]').last()).toContainText('in Operation Freedom’s Sentinel');
});

test.describe('filters and search', () => {
	test('filtering by a tag keeps the period, the panel steps through the filtered events, and the link keeps it', async ({ page }) => {
		// Two axe runs and a reload: more than the default time on a busy two-core machine.
		test.slow();
		await openTimeline(page, '/?from=2019-06-01&to=2021-12-31');
		await expect.poll(() => visibleRange(page)).toEqual(['2019-06-01', '2021-12-31']);
		await page.getByRole('button', { name: 'Filter', expanded: false }).click();
		const chip = page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: /^diplomacy, 2 events/ });
		await chip.click();
		await expect(chip).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('[aria-live="polite"]').getByText('2 of 9 events shown')).toBeAttached();
		expect(await visibleRange(page)).toEqual(['2019-06-01', '2021-12-31']);
		await expect(page.locator('.plot [data-id]')).toHaveCount(2);
		await expect((await settledParams(page, 'tags')).get('tags')).toBe('diplomacy');

		await page.locator('[data-id="doha-agreement"]').click();
		await expect(page.locator('.panel .position')).toHaveText('Event 1 of 2');
		await page.getByRole('button', { name: 'Next event' }).click();
		await expect(page.locator('.panel h2')).toHaveText('Khalilzad testifies to the House Foreign Affairs Committee');
		await expect(page.locator('.panel .position')).toHaveText('Event 2 of 2');
		await expect(page.getByRole('button', { name: 'Next event' })).toBeDisabled();
		expect(await visibleRange(page)).toEqual(['2019-06-01', '2021-12-31']);
		await expectNoAxeViolations(page);

		await page.reload();
		await page.locator('.timeline[data-ready]').waitFor();
		await expect(page.locator('.plot [data-id]')).toHaveCount(2);
		await expect(page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: /^diplomacy/ })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page.locator('[aria-live="polite"]').getByText('All 9 events shown')).toBeAttached();
	});

	test('search finds an event by a word of its quote, lists it with its date, and Enter opens it', async ({ page }) => {
		await openTimeline(page);
		const box = page.getByRole('searchbox', { name: 'Search events' });
		await box.fill('horizon');
		const hits = page.getByRole('list', { name: 'Events found' });
		await expect(hits.getByRole('button')).toHaveCount(1);
		await expect(hits).toContainText('Biden orders a full U.S. withdrawal');
		await expect(hits).toContainText('2021');
		await expectNoAxeViolations(page);
		await box.press('Enter');
		await expect(page.locator('.panel h2')).toHaveText('Biden orders a full U.S. withdrawal');
		await expect((await settledParams(page, 'q')).get('q')).toBe('horizon');
	});

	test('the embed takes the filter and the search words as URL options', async ({ page }) => {
		await openTimeline(page, '/embed?group=works&q=lens&data=%2Fexamples%2Fkestrel-point.json');
		await expect(page.getByRole('button', { name: 'Filter: 3 of 8' })).toBeVisible();
		await expect(page.getByRole('group', { name: 'Restoration works' }).locator('.mark')).not.toHaveCount(0);
		await expect(page.getByRole('group', { name: 'Council' }).locator('.mark')).toHaveCount(0);
		await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('lens');
		// Only the events the filter shows are searched: both are restoration works.
		await expect(page.getByRole('list', { name: 'Events found' }).getByRole('button')).toHaveText([/The lens comes home/, /Masons replace/]);
		await expectNoAxeViolations(page);

		await openTimeline(page, '/embed?tags=withdrawal&actors=Joe%20Biden');
		await expect(page.locator('.plot [data-id]')).toHaveCount(1);
		await openTimeline(page, '/?tags=nothing-has-this');
		await expect(page.getByRole('status').filter({ hasText: 'No event has the tag “nothing-has-this”' })).toBeVisible();
		await expect(page.locator('.plot [data-id], .plot .cluster')).not.toHaveCount(0);
	});
});

test('the studio edits an event’s images and links, and an image needs its description', async ({ page }) => {
	// Drafting the whole article and running axe on the studio takes longer than the default.
	test.slow();
	await page.goto('/studio');
	await page.locator('main[data-ready]').waitFor();
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByLabel('Headline').fill('Closing in on the provincial capitals');
	await page.getByLabel('Publication').fill('The Dispatch');
	await page.getByLabel('Published').fill('2021-05-18/2021-05-30');
	await page.getByRole('button', { name: 'Find events' }).click();
	await page.getByRole('button', { name: 'Include all' }).click();
	const editor = page.locator('.media-editor').first();
	await page.getByText('Images and links').first().click();
	await editor.getByRole('button', { name: 'Add an image' }).click();
	await editor.getByLabel('Image address').fill('/examples/kestrel-point/lens.svg');
	const problems = page.getByRole('region', { name: /problems? to fix/ });
	const alt = problems.getByRole('button', { name: /^events\[\d+\]\.media\[0\]\.alt$/ });
	await alt.click();
	await expect(editor.getByLabel('Description (alt text)')).toBeFocused();
	await editor.getByLabel('Description (alt text)').fill('The lens on a workbench');
	await expect(alt).toHaveCount(0);
	await expect(editor.getByRole('img', { name: 'The lens on a workbench' })).toBeVisible();
	await editor.getByRole('button', { name: 'Add a link' }).click();
	await editor.getByLabel('Link address').fill('https://vimeo.com/76979871');
	await expect(editor.getByRole('button', { name: 'Load video from vimeo.com' })).toBeVisible();
	await expectNoAxeViolations(page);
});
