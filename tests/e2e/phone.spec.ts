import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, layoutShift, observeShifts, openTimeline, settledParams } from './support';

// A phone: 375 × 800 CSS px, touch, the mobile viewport.
test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

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

const vertical = (page: Page) => page.locator('.timeline[data-layout="vertical"][data-ready]');
const mark = (page: Page, id: string) => page.locator(`.timeline .mark[data-id="${id}"]`);

/** The mark's box in client px, or null when it is not drawn. */
async function boxOf(page: Page, id: string) {
	return mark(page, id).evaluate((el) => {
		const r = el.querySelector('circle, rect.bar, rect.band')?.getBoundingClientRect() ?? el.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom, mid: (r.top + r.bottom) / 2 };
	});
}

test('a phone gets the vertical layout, and the timeline is on the first screen', async ({ page }) => {
	const errors = collectErrors(page);
	await openTimeline(page);
	await expect(vertical(page)).toBeVisible();
	await expect(page.locator('.timeline:not([data-layout])')).toHaveCount(0);
	const plotTop = await vertical(page).locator('.plot').evaluate((el) => el.getBoundingClientRect().top);
	expect(plotTop).toBeLessThan(800 / 2);
	// The zoom buttons are within the thumb's reach, at the foot of the screen, and 44 px or more.
	const zoomIn = page.getByRole('button', { name: 'Zoom in' });
	const box = (await zoomIn.boundingBox())!;
	expect(box.height).toBeGreaterThanOrEqual(44);
	expect(box.width).toBeGreaterThanOrEqual(44);
	expect(box.y + box.height).toBeGreaterThan(800 - 80);
	expect(errors).toEqual([]);
});

test('?layout= forces either layout at any width', async ({ page }) => {
	await openTimeline(page, '/?layout=horizontal');
	await expect(page.locator('.timeline[data-ready]:not([data-layout])')).toBeVisible();
	await page.setViewportSize({ width: 1280, height: 800 });
	await openTimeline(page, '/?layout=vertical');
	await expect(vertical(page)).toBeVisible();
});

test('each of the nine events is reached by scrolling the page, labels whole and on screen', async ({ page }) => {
	await openTimeline(page);
	const seen = new Set<string>();
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0; y < height; y += 500) {
		await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForTimeout(60);
		const inView = await page.locator('.timeline .mark[data-id]').evaluateAll((els) =>
			els.flatMap((el) => {
				const r = el.getBoundingClientRect();
				const label = el.querySelector('text.label')!.getBoundingClientRect();
				const onScreen = r.bottom > 0 && r.top < innerHeight;
				return onScreen && label.left >= 0 && label.right <= innerWidth ? [el.getAttribute('data-id') ?? ''] : [];
			})
		);
		for (const id of inView) seen.add(id);
	}
	expect([...seen].sort()).toEqual([...IDS].sort());
	// Each label is drawn at full length: its lines hold the whole title.
	const lines = await mark(page, 'capitals-surrounded').locator('text.label').textContent();
	expect(lines?.replace(/\s+/g, '')).toBe('Talibansurroundfiveprovincialcapitals');
});

test('labels never overlap one another', async ({ page }) => {
	await openTimeline(page);
	const boxes = await page.locator('.timeline .mark text.label').evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			return { top: r.top + scrollY, bottom: r.bottom + scrollY };
		})
	);
	boxes.sort((a, b) => a.top - b.top);
	for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
});

test('tapping an event opens it in place under its mark, and the URL keeps it', async ({ page }) => {
	await openTimeline(page);
	await mark(page, 'doha-agreement').scrollIntoViewIfNeeded();
	const before = await boxOf(page, 'doha-agreement');
	const below = await boxOf(page, 'capitals-surrounded').catch(() => null);
	await mark(page, 'doha-agreement').locator('text.label').tap();
	const details = page.locator('.timeline .in-place');
	await expect(details.getByRole('heading', { name: 'U.S.–Taliban withdrawal deal' })).toBeVisible();
	const after = await boxOf(page, 'doha-agreement');
	expect(Math.abs(after.top - before.top)).toBeLessThan(4);
	const panelTop = await details.evaluate((el) => el.getBoundingClientRect().top);
	expect(panelTop).toBeGreaterThan(after.bottom - 1);
	// What came after is pushed down, below the panel.
	if (below) {
		const moved = await boxOf(page, 'capitals-surrounded');
		const panelBottom = await details.evaluate((el) => el.getBoundingClientRect().bottom);
		expect(moved.top).toBeGreaterThan(panelBottom);
	}
	expect((await settledParams(page, 'event')).get('event')).toBe('doha-agreement');
	// Next goes on to the next event, in place.
	await details.getByRole('button', { name: /Next/ }).tap();
	await expect(details.getByRole('heading', { name: 'Biden orders a full U.S. withdrawal' })).toBeVisible();
	await expect.poll(async () => new URL(page.url()).searchParams.get('event')).toBe('withdrawal-order');
	await expect(mark(page, 'withdrawal-order')).toBeInViewport();
});

test('/?event=doha-agreement opens with its mark on screen and its text below it', async ({ page }) => {
	await openTimeline(page, '/?event=doha-agreement');
	const heading = page.locator('.timeline .in-place').getByRole('heading', { name: 'U.S.–Taliban withdrawal deal' });
	await expect(heading).toBeInViewport();
	const box = await boxOf(page, 'doha-agreement');
	expect(box.top).toBeGreaterThanOrEqual(0);
	expect(box.bottom).toBeLessThanOrEqual(800);
	const headingTop = (await heading.boundingBox())!.y;
	expect(headingTop).toBeGreaterThan(box.bottom);
});

test('a two-finger pinch changes how much time the screen holds, keeping the event under the fingers in place', async ({ page }) => {
	await openTimeline(page);
	await mark(page, 'doha-agreement').scrollIntoViewIfNeeded();
	await page.waitForTimeout(200);
	const k0 = Number(await vertical(page).getAttribute('data-k'));
	const y0 = (await boxOf(page, 'doha-agreement')).mid;
	const cdp = await page.context().newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: type === 'touchEnd' ? [] : [
				{ x: 200, y: y0 - spread, id: 1 },
				{ x: 200, y: y0 + spread, id: 2 }
			]
		});
	await touch('touchStart', 40);
	for (const spread of [55, 70, 85, 100, 120]) await touch('touchMove', spread);
	await touch('touchEnd', 0);
	await page.waitForTimeout(200);
	const k1 = Number(await vertical(page).getAttribute('data-k'));
	expect(k1).toBeGreaterThan(k0 * 2);
	const y1 = (await boxOf(page, 'doha-agreement')).mid;
	expect(Math.abs(y1 - y0)).toBeLessThan(12);
	// Fingers closing zoom back out.
	await touch('touchStart', 120);
	for (const spread of [90, 60, 40]) await touch('touchMove', spread);
	await touch('touchEnd', 0);
	await page.waitForTimeout(200);
	expect(Number(await vertical(page).getAttribute('data-k'))).toBeLessThan(k1);
});

test('the zoom buttons change how much time a screen holds; the overview strip follows the scroll', async ({ page }) => {
	await openTimeline(page);
	const k0 = Number(await vertical(page).getAttribute('data-k'));
	await page.getByRole('button', { name: 'Zoom in' }).tap();
	await expect.poll(async () => Number(await vertical(page).getAttribute('data-k'))).toBeCloseTo(k0 * 2, 3);
	const strip = page.getByRole('slider', { name: 'Visible period in the overview' });
	const before = Number(await strip.getAttribute('aria-valuenow'));
	await page.evaluate(() => window.scrollBy(0, 600));
	await expect.poll(async () => Number(await strip.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
	// Tapping (or dragging) along the strip scrolls the page there.
	const box = (await strip.boundingBox())!;
	const scrollBefore = await page.evaluate(() => scrollY);
	await page.touchscreen.tap(box.x + 22, box.y + box.height * 0.97);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);
	const scrollLater = await page.evaluate(() => scrollY);
	await page.touchscreen.tap(box.x + 22, box.y + box.height * 0.03);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(scrollLater);
});

test('folded years are drawn as breaks, and "Time to scale" draws all time to scale', async ({ page }) => {
	await openTimeline(page);
	const breaks = vertical(page).locator('.plot .fold');
	await expect(breaks.first()).toHaveAttribute('data-fold', '2002–2014');
	await expect(page.locator('.legend')).toContainText('years without events, folded: 2002–2014');
	const toggle = page.getByRole('button', { name: 'Time to scale' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.tap();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(breaks).toHaveCount(0);
	await expect(page.locator('.legend')).not.toContainText('folded');
});

test('the horizontal layout folds and unfolds too', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openTimeline(page);
	const breaks = page.locator('.timeline .plot .fold');
	await expect(breaks).toHaveCount(2);
	await page.getByRole('button', { name: 'Time to scale' }).click();
	await expect(breaks).toHaveCount(0);
});

for (const width of [320, 375, 414]) {
	test(`no sideways scroll at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await openTimeline(page, '/?event=ofs-begins');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

test.describe('before the scripts run', () => {
	test.use({ javaScriptEnabled: false });
	// A phone widens its layout to fit anything that sticks out, and shows the first paint zoomed out.
	for (const path of ['/', '/embed']) {
		test(`${path} as prerendered has no sideways scroll at 375 px`, async ({ page }) => {
			await page.setViewportSize({ width: 375, height: 800 });
			await page.goto(path);
			const wide = await page.evaluate(() =>
				[...document.querySelectorAll('body *')]
					.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
					.map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`)
			);
			expect(wide).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		});
	}
});

test('no axe violations in the vertical layout, with an event open', async ({ page }) => {
	await openTimeline(page, '/?event=doha-agreement');
	await expect(vertical(page)).toBeVisible();
	await expectNoAxeViolations(page);
});

test('no axe violations in the horizontal layout on a phone', async ({ page }) => {
	await openTimeline(page, '/?layout=horizontal');
	await expectNoAxeViolations(page);
});

test('a phone-width embed shows its credit once the vertical layout is drawn, and nothing moves', async ({ page }) => {
	await observeShifts(page);
	await openTimeline(page, '/embed');
	await expect(page.locator('.timeline.vertical[data-ready]')).toBeVisible();
	const credit = page.locator('footer.credit');
	await expect(credit).toBeVisible();
	await expect(credit.getByRole('link', { name: /Full timeline with the article/ })).toBeVisible();
	expect(await layoutShift(page)).toBeLessThan(0.02);
});

test('the embed in the vertical layout grows to fit, or with ?height= scrolls inside a fixed box', async ({ page }) => {
	await openTimeline(page, '/embed?layout=vertical');
	await expect(vertical(page)).toBeVisible();
	// As tall as its timeline: the whole track is in the document, nothing scrolls inside.
	const [grown, plotBottom] = await page.evaluate(() => [document.documentElement.scrollHeight, document.querySelector('.plot')!.getBoundingClientRect().bottom + scrollY]);
	expect(grown).toBeGreaterThan(plotBottom);
	expect(plotBottom).toBeGreaterThan(900);
	await expect(vertical(page).locator('.scroll-box')).not.toHaveCSS('overflow-y', 'auto');
	await openTimeline(page, '/embed?layout=vertical&height=500');
	const box = vertical(page).locator('.scroll-box');
	await expect(box).toHaveCSS('height', '500px');
	const inner = await box.evaluate((el) => el.scrollHeight);
	expect(inner).toBeGreaterThan(700);
	await box.evaluate((el) => el.scrollBy(0, 800));
	await expect.poll(async () => Number(await page.getByRole('slider', { name: 'Visible period in the overview' }).getAttribute('aria-valuenow'))).toBeGreaterThan(0);
});

test('the keyboard works as in the horizontal layout: + zooms, Tab reaches the events, the arrows visit all nine', async ({ page }) => {
	await openTimeline(page);
	const plot = vertical(page).locator('.plot');
	await plot.focus();
	const k0 = Number(await vertical(page).getAttribute('data-k'));
	await page.keyboard.press('+');
	await expect.poll(async () => Number(await vertical(page).getAttribute('data-k'))).toBeCloseTo(k0 * 2, 3);
	await page.keyboard.press('0');
	await expect.poll(async () => Number(await vertical(page).getAttribute('data-k'))).toBeCloseTo(1, 3);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Home');
	const seen: string[] = [];
	for (let i = 0; i < IDS.length + 2; i++) {
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '')).not.toBe('');
		const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');
		if (!seen.includes(id)) seen.push(id);
		await expect(mark(page, id)).toBeInViewport();
		await page.keyboard.press('ArrowDown');
	}
	// In time order (the dataset lists them otherwise), from the first to the last.
	expect([...seen].sort()).toEqual([...IDS].sort());
	expect(seen[0]).toBe('overthrow-2001');
	expect(seen.at(-1)).toBe('capitals-threatened');
	await page.keyboard.press('Enter');
	await expect(vertical(page).locator('.in-place').getByRole('heading', { level: 2 })).toHaveText('17 of 34 provincial capitals under direct Taliban threat');
	await page.keyboard.press('Escape');
	await expect(vertical(page).locator('.in-place')).toHaveCount(0);
	await expect(mark(page, 'capitals-threatened')).toBeFocused();
});

test('the live region says the period shown once scrolling settles, and the years folded in it', async ({ page }) => {
	await openTimeline(page);
	await page.getByRole('button', { name: 'Show all' }).tap();
	await expect(vertical(page).locator('[aria-live="polite"]')).toHaveText(/^Showing .+2002–2014 and 2016–2019 folded, without events$/);
	await page.getByRole('button', { name: 'Zoom in' }).tap();
	await page.evaluate(() => window.scrollBy(0, 300));
	await expect(vertical(page).locator('[aria-live="polite"]')).toHaveText(/^Showing /);
});

test('turning the phone to a wide screen switches to the horizontal layout on the same event, and back', async ({ page }) => {
	const errors = collectErrors(page);
	await openTimeline(page, '/?event=doha-agreement');
	await expect(vertical(page)).toBeVisible();
	await page.setViewportSize({ width: 900, height: 500 });
	await expect(page.locator('.timeline[data-ready]:not([data-layout])')).toBeVisible();
	await expect(page.locator('.timeline .mark[data-id="doha-agreement"]')).toHaveAttribute('aria-pressed', 'true');
	await page.setViewportSize({ width: 375, height: 800 });
	await expect(vertical(page)).toBeVisible();
	await expect(vertical(page).locator('.in-place').getByRole('heading', { name: 'U.S.–Taliban withdrawal deal' })).toBeVisible();
	expect(errors).toEqual([]);
});
