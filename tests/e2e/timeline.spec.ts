import { expect, test, type Page } from '@playwright/test';
import { days, expectNoAxeViolations, openTimeline, settledParams, visibleRange } from './support';

const ALL_IDS = 9;

/** The x (in page coordinates) of the axis label `text`, and the plot's vertical middle. */
async function pointAtLabel(page: Page, text: string): Promise<{ x: number; y: number }> {
	const label = page.locator('.axis .tick text', { hasText: new RegExp(`^${text}$`) }).first();
	const box = await label.boundingBox();
	const plot = await page.locator('.plot svg').boundingBox();
	if (!box || !plot) throw new Error(`no axis label ${text}`);
	return { x: box.x, y: plot.y + plot.height / 2 };
}

async function minorLabels(page: Page): Promise<string[]> {
	return page.locator('.axis .tick text').allTextContents();
}

const MONTH = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;

/**
 * Draws all time to scale: the tests that measure a zoom or a pan in days need every year at
 * its length (by default the article's empty years are folded, see tests/e2e/phone.spec.ts).
 */
async function timeToScale(page: Page): Promise<void> {
	const toggle = page.getByRole('button', { name: 'Time to scale' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

test('the wheel over 2020 zooms in there, and the axis goes from years to months', async ({ page }) => {
	await openTimeline(page);
	await timeToScale(page);
	expect((await minorLabels(page)).some((l) => /^20\d\d$/.test(l))).toBe(true);
	const at = await pointAtLabel(page, '2020');
	await page.mouse.move(at.x, at.y);
	// d3-zoom handles each wheel event as it arrives: no pause is needed between them.
	for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -240);
	await expect.poll(async () => (await minorLabels(page)).filter((l) => MONTH.test(l)).length).toBeGreaterThan(2);
	expect(await page.locator('.axis').getAttribute('data-level')).toBe('month');
	const params = await settledParams(page, 'from');
	const from = params.get('from') ?? '';
	const to = params.get('to') ?? '';
	expect(days(from, to)).toBeLessThan(800);
	// Zoomed toward the pointer: 2020 is still in view.
	expect(from <= '2020-12-31' && to >= '2020-01-01').toBe(true);
});

test('dragging pans the view, and from/to in the URL follow', async ({ page }) => {
	await openTimeline(page, '/?from=2019-01-01&to=2021-12-31');
	await timeToScale(page);
	const before = await visibleRange(page);
	const plot = await page.locator('.plot svg').boundingBox();
	if (!plot) throw new Error('no plot');
	const y = plot.y + 30;
	await page.mouse.move(plot.x + plot.width * 0.6, y);
	await page.mouse.down();
	await page.mouse.move(plot.x + plot.width * 0.4, y, { steps: 8 });
	await page.mouse.up();
	await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(before[0]);
	const params = await settledParams(page, 'from');
	expect((params.get('from') ?? '') > before[0]).toBe(true);
	expect(Math.abs(days(params.get('from') ?? '', params.get('to') ?? '') - days(before[0], before[1]))).toBeLessThan(3);
});

test('Zoom in, Zoom out and Show all change the visible period', async ({ page }) => {
	await openTimeline(page);
	await timeToScale(page);
	const all = await visibleRange(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(async () => days(...(await visibleRange(page)))).toBeLessThan(days(...all) * 0.6);
	const zoomed = days(...(await visibleRange(page)));
	await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await expect.poll(async () => days(...(await visibleRange(page)))).toBeGreaterThan(zoomed * 1.5);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.getByRole('button', { name: 'Show all', exact: true }).click();
	await expect.poll(() => visibleRange(page)).toEqual(all);
	const params = await settledParams(page);
	expect(params.has('from')).toBe(false);
});

test('the keyboard alone zooms, pans and reaches every event', async ({ page }) => {
	await openTimeline(page);
	await timeToScale(page);
	const plot = page.locator('.plot');
	await plot.focus();
	await expect(plot).toBeFocused();
	const all = await visibleRange(page);
	await page.keyboard.press('+');
	await expect.poll(async () => days(...(await visibleRange(page)))).toBeLessThan(days(...all) * 0.6);
	const zoomed = await visibleRange(page);
	await page.keyboard.press('ArrowLeft');
	await expect.poll(async () => (await visibleRange(page))[0] < zoomed[0]).toBe(true);
	await page.keyboard.press('0');
	await expect.poll(() => visibleRange(page)).toEqual(all);

	// Tab enters the events; the arrow keys visit all of them in time order.
	await page.keyboard.press('Tab');
	const first = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
	expect(first).toBeTruthy();
	await page.keyboard.press('Home');
	const seen: string[] = [];
	for (let i = 0; i < ALL_IDS + 2; i++) {
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '')).not.toBe('');
		const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');
		if (!seen.includes(id)) seen.push(id);
		await page.keyboard.press('ArrowRight');
	}
	expect(seen).toHaveLength(ALL_IDS);
	expect(seen[0]).toBe('overthrow-2001');
	expect(seen.at(-1)).toBe('capitals-threatened');
});

test('a live region says the visible period once the view settles', async ({ page }) => {
	await openTimeline(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	const live = page.locator('.timeline [aria-live="polite"]');
	await expect(live).toHaveText(/^Showing .+ to .+/);
});

test('the overview window drags to pan and resizes to zoom', async ({ page }) => {
	await openTimeline(page, '/?from=2010-01-01&to=2014-12-31');
	await timeToScale(page);
	const start = await visibleRange(page);
	const selection = page.locator('.overview .brush .selection');
	const box = await selection.boundingBox();
	if (!box) throw new Error('no overview window');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 6 });
	await page.mouse.up();
	await expect.poll(async () => (await visibleRange(page))[0] > start[0]).toBe(true);
	const moved = await visibleRange(page);
	expect(Math.abs(days(...moved) - days(...start))).toBeLessThan(40);

	const handle = page.locator('.overview .brush .handle--e');
	const hb = await handle.boundingBox();
	if (!hb) throw new Error('no resize handle');
	await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
	await page.mouse.down();
	await page.mouse.move(hb.x + hb.width / 2 + 120, hb.y + hb.height / 2, { steps: 6 });
	await page.mouse.up();
	await expect.poll(async () => days(...(await visibleRange(page)))).toBeGreaterThan(days(...moved) * 1.3);

	// The window works from the keyboard too.
	const before = await visibleRange(page);
	await page.getByRole('slider', { name: 'Visible period in the overview' }).focus();
	await page.keyboard.press('ArrowLeft');
	await expect.poll(async () => (await visibleRange(page))[0] < before[0]).toBe(true);
});

test('zoomed in to a few weeks, the overview window is wide enough to grab, and dragging it pans without zooming', async ({ page }) => {
	await openTimeline(page, '/?from=2021-04-01&to=2021-04-20');
	await timeToScale(page);
	const start = await visibleRange(page);
	const selection = page.locator('.overview .brush .selection');
	const box = await selection.boundingBox();
	if (!box) throw new Error('no overview window');
	// Twenty days of twenty years would be a pixel or two; it is drawn at least 24 px wide.
	expect(box.width).toBeGreaterThanOrEqual(23.5);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 8 });
	await page.mouse.up();
	await expect.poll(async () => (await visibleRange(page))[0] < start[0]).toBe(true);
	const moved = await visibleRange(page);
	expect(Math.abs(days(...moved) - days(...start))).toBeLessThanOrEqual(1);
	expect(days(moved[0], start[0])).toBeGreaterThan(365);
	// The window still covers the view it stands for.
	const after = await selection.boundingBox();
	expect(after?.width).toBeGreaterThanOrEqual(23.5);
});

test('a row of shortcuts too long for its room fades where buttons are hidden, and brings the one the keyboard reaches into view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openTimeline(page, '/embed');
	const eras = page.getByRole('group', { name: 'Eras' });
	await expect(eras).toHaveAttribute('data-more-right', '');
	await expect(eras).not.toHaveAttribute('data-more-left', '');
	const last = eras.getByRole('button').last();
	await last.focus();
	await expect(eras).toHaveAttribute('data-more-left', '');
	await expect(eras).not.toHaveAttribute('data-more-right', '');
	const row = await eras.boundingBox();
	const button = await last.boundingBox();
	if (!row || !button) throw new Error('no boxes');
	expect(button.x).toBeGreaterThanOrEqual(row.x);
	expect(button.x + button.width).toBeLessThanOrEqual(row.x + row.width);
});

test('a URL with from and to opens on that period', async ({ page }) => {
	await openTimeline(page, '/?from=2020-01-01&to=2021-06-30');
	const [from, to] = await visibleRange(page);
	expect(Math.abs(days('2020-01-01', from))).toBeLessThanOrEqual(1);
	expect(Math.abs(days('2021-06-30', to))).toBeLessThanOrEqual(1);
	await expect(page.locator('.toolbar .range')).toHaveText('January 2020 to June 2021');
});

test('a URL with bad from/to values is ignored and shows everything', async ({ page }) => {
	await openTimeline(page);
	const all = await visibleRange(page);
	await openTimeline(page, '/?from=2021-02-30&to=nonsense');
	expect(await visibleRange(page)).toEqual(all);
});

test('period shortcuts derived from the data jump to each period', async ({ page }) => {
	await openTimeline(page);
	const shortcuts = page.getByRole('group', { name: 'Periods' }).getByRole('button');
	await expect(shortcuts).toHaveCount(3);
	await shortcuts.last().click();
	await expect.poll(async () => (await visibleRange(page))[0] >= '2019-01-01').toBe(true);
	await expect(page.locator('.mark[data-id="doha-agreement"]')).toBeVisible();
});

test('the timeline keeps its period when the window is resized', async ({ page }) => {
	await openTimeline(page, '/?from=2020-01-01&to=2021-06-30');
	const before = await visibleRange(page);
	const plot = page.locator('.plot svg');
	const wide = await plot.getAttribute('width');
	await page.setViewportSize({ width: 900, height: 800 });
	await expect(plot).not.toHaveAttribute('width', wide ?? '');
	const after = await visibleRange(page);
	expect(Math.abs(days(before[0], after[0]))).toBeLessThanOrEqual(2);
	expect(Math.abs(days(before[1], after[1]))).toBeLessThanOrEqual(2);
});

test('axe finds no violations after zooming in', async ({ page }) => {
	await openTimeline(page, '/?from=2021-01-01&to=2021-06-30');
	await expectNoAxeViolations(page);
});

for (const width of [1280, 375]) {
	test(`screenshot at ${width} px wide`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await openTimeline(page);
		await page.screenshot({ path: `tests/.artifacts/timeline-${width}.png`, fullPage: false });
		const box = await page.locator('.plot svg').boundingBox();
		expect(box?.width).toBeGreaterThan(width * 0.8);
		// No label runs off the plot.
		const overflow = await page.locator('.plot svg text.label').evaluateAll((texts, w) => texts.filter((t) => {
			const b = (t as SVGTextElement).getBBox();
			return b.x < -1 || b.x + b.width > (w as number) + 1;
		}).length, box?.width ?? 0);
		expect(overflow).toBe(0);
	});
}

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('the buttons change the view at once, without animating', async ({ page }) => {
		await openTimeline(page);
		await timeToScale(page);
		const all = await visibleRange(page);
		// No waiting: without an animation the view has settled by the time the click returns.
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		const zoomed = await visibleRange(page);
		expect(days(...zoomed)).toBeLessThan(days(...all) * 0.6);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	// A phone gets the vertical layout (tests/e2e/phone.spec.ts); asked for, the horizontal one keeps its bottom sheet.
	test('tapping a mark opens the panel as a bottom sheet with the timeline still in view above it', async ({ page }) => {
		await openTimeline(page, '/?from=2019-12-01&to=2022-02-28&layout=horizontal');
		await page.locator('.mark[data-id="doha-agreement"] circle').tap();
		const sheet = page.locator('.panel-col');
		await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(/withdrawal deal/);
		const mark = page.locator('.mark[data-id="doha-agreement"] circle');
		// The sheet rises and the timeline is moved above it: measure once both have settled.
		await expect
			.poll(async () => {
				const [sheetBox, markBox] = [await sheet.boundingBox(), await mark.boundingBox()];
				return sheetBox!.y + sheetBox!.height >= 843 && markBox!.y + markBox!.height < sheetBox!.y;
			})
			.toBe(true);
		await expect(page.locator('.mark[data-id="doha-agreement"] circle')).toBeInViewport();
	});
});
