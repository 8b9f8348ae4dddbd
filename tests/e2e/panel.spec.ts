import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, openTimeline, settledParams } from './support';

const panel = (page: import('@playwright/test').Page) => page.getByRole('region', { name: /.+/ }).filter({ has: page.locator('.position') });

test('clicking a mark opens its panel with the article’s sentence, verbatim', async ({ page }) => {
	await openTimeline(page, '/?from=2019-06-01&to=2020-06-30');
	await page.locator('.mark[data-id="doha-agreement"] circle').click();
	const region = panel(page);
	await expect(region.getByRole('heading', { level: 2 })).toBeVisible();
	await expect(region.locator('blockquote').first()).toContainText(
		'Khalilzad negotiated the February 29, 2020, withdrawal deal between the Trump administration and the Taliban.'
	);
	await expect(region).toContainText('29 February 2020');
	const params = await settledParams(page, 'event');
	expect(params.get('event')).toBe('doha-agreement');
});

test('the keyboard alone selects an event, steps through all of them, and Esc returns to the mark', async ({ page }) => {
	await openTimeline(page);
	await page.locator('.plot').focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Home');
	await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('overthrow-2001');
	await page.keyboard.press('Enter');
	const region = panel(page);
	await expect(region.locator('.position')).toHaveText('Event 1 of 9');

	// The panel's buttons step forward in time order …
	const next = page.getByRole('button', { name: 'Next event' });
	await next.focus();
	const titles: string[] = [];
	for (let i = 2; i <= 9; i++) {
		await page.keyboard.press('Enter');
		await expect(region.locator('.position')).toHaveText(`Event ${i} of 9`);
		titles.push((await region.getByRole('heading', { level: 2 }).textContent()) ?? '');
	}
	expect(new Set(titles).size).toBe(8);
	await expect(next).toBeDisabled();

	// … and so do the arrow keys while focus is in the panel.
	await page.getByRole('button', { name: 'Previous event' }).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(region.locator('.position')).toHaveText('Event 8 of 9');
	await page.keyboard.press('ArrowLeft');
	await expect(region.locator('.position')).toHaveText('Event 7 of 9');
	await page.keyboard.press('ArrowRight');
	await expect(region.locator('.position')).toHaveText('Event 8 of 9');
	const eighth = await region.getAttribute('data-event');

	await page.keyboard.press('Escape');
	await expect(region).toHaveCount(0);
	await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(eighth);
});

test('/?event=ofs-begins opens with the article’s 2015 and the record’s 2014/2015 dates', async ({ page }) => {
	await openTimeline(page, '/?event=ofs-begins');
	const region = panel(page);
	await expect(region.getByRole('heading', { level: 2 })).toBeVisible();
	await expect(region).toContainText('ended in 2015');
	await expect(region).toContainText('28 December 2014');
	await expect(region).toContainText('1 January 2015');
	await expect(region.locator('.relation')).toContainText('differs');
	await expect(page.locator('.mark[data-id="ofs-begins"]')).toHaveAttribute('aria-pressed', 'true');
});

test('clicking a highlighted sentence in the article selects its event', async ({ page }) => {
	await openTimeline(page);
	const sentence = page.locator('article.article a.quote[data-event="capitals-surrounded"]').first();
	// As a reader would: scrolled into the part of the screen below the sticky timeline.
	await sentence.evaluate((el) => el.scrollIntoView({ block: 'end' }));
	await sentence.click();
	await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
	await expect(page.locator('.mark[data-id="capitals-surrounded"]')).toHaveAttribute('aria-pressed', 'true');
});

test('“Read in the article” scrolls to the sentence and highlights it', async ({ page }) => {
	await openTimeline(page, '/?event=khalilzad-hearing');
	await page.getByRole('link', { name: 'Read in the article' }).first().click();
	const sentence = page.locator('article.article a.quote.flash');
	await expect(sentence).toBeInViewport();
	await expect(sentence).toBeFocused();
});

test('the Start from the beginning control selects the first event', async ({ page }) => {
	await openTimeline(page);
	await page.getByRole('button', { name: 'Start from the beginning' }).click();
	await expect(panel(page).locator('.position')).toHaveText('Event 1 of 9');
});

test('an unknown event id gets a quiet notice, not an error page', async ({ page }) => {
	await openTimeline(page, '/?event=no-such-event');
	await expect(page.getByRole('status').filter({ hasText: 'no-such-event' })).toBeVisible();
	await expect(page.locator('ol.events > li')).toHaveCount(9);
	await expect(panel(page)).toHaveCount(0);
});

test('bad theme, from and to in the link are named in a polite notice, shown as text, that can be dismissed', async ({ page }) => {
	const errors = collectErrors(page);
	const hostile = `<img src=x onerror=alert(1)>${'y'.repeat(500)}`;
	await openTimeline(page, `/?theme=${encodeURIComponent(hostile)}&from=2021-02-30&to=2021-06-30`);
	const notice = page.getByRole('status').filter({ hasText: 'theme=' });
	await expect(notice).toContainText('The link’s theme=“<img src=x onerror=alert(1)>');
	await expect(notice).toContainText('is not one of light, dark, auto');
	await expect(notice).toContainText('from=“2021-02-30” and to=“2021-06-30” are not a period');
	expect((await notice.textContent())!.length).toBeLessThan(400);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	// The page fell back as it says: its system's colour scheme, and the whole timeline.
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a link with good options gets no notice', async ({ page }) => {
	await openTimeline(page, '/?theme=dark&from=2020-01-01&to=2021-06-30');
	await expect(page.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
});

test('scrolling the article cues the event whose sentence is in the middle', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openTimeline(page);
	// Into the middle of what the reader sees of the article: the window below the sticky timeline.
	await page.locator('article.article a.quote[data-event="doha-agreement"]').first().evaluate((el) => {
		const stage = document.querySelector('.stage');
		const inset = stage && getComputedStyle(stage).position === 'sticky' ? stage.getBoundingClientRect().bottom : 0;
		const box = el.getBoundingClientRect();
		window.scrollBy(0, box.top + box.height / 2 - (inset + (innerHeight - inset) / 2));
	});
	await expect(page.locator('.mark.cued').first()).toBeVisible();
	// A cue is not a selection.
	await expect(page.locator('.mark[aria-pressed="true"]')).toHaveCount(0);
});

test('axe finds no violations with the panel open', async ({ page }) => {
	await openTimeline(page, '/?event=ofs-begins');
	await expect(panel(page)).toBeVisible();
	await expectNoAxeViolations(page);
});

for (const width of [1280, 375]) {
	test(`screenshot with the panel open at ${width} px wide`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await openTimeline(page, '/?event=ofs-begins');
		await expect(panel(page)).toBeVisible();
		await page.screenshot({ path: `tests/.artifacts/panel-${width}.png` });
		const box = await panel(page).boundingBox();
		expect(box?.width ?? 0).toBeLessThanOrEqual(width);
	});
}
