/**
 * Datasets at the edges of what the format allows: the first and last years the app
 * handles, dates before the common era, and sizes meant to freeze a page.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeDataset } from '../../src/lib/share/data-fragment';
import { collectErrors, HOST, openTimeline, visibleRange } from './support';

const article = JSON.parse(readFileSync(new URL('../../src/lib/data/afghanistan-2021.json', import.meta.url), 'utf8'));
const unquoted = (id: string, date: string, title: string) => ({ id, title, dateText: date, date, quotes: [] });

/** The article's dataset with more events, as a #data= link. */
function withEvents(...events: ReturnType<typeof unquoted>[]): string {
	const { $schema: _, ...rest } = article;
	return encodeDataset({ ...rest, version: 1.1, events: [...article.events, ...events] });
}

test('events in the year 0000, in 9999 and in 44 BCE are drawn on a sane axis, without a page error', async ({ page }) => {
	const errors = collectErrors(page);
	const fragment = withEvents(
		unquoted('year-zero', '0000-06-01', 'A day in the year zero'),
		unquoted('last-day', '9999-12-31', 'The last day the app knows'),
		unquoted('ides-of-march', '-0043-03-15', 'Caesar is killed')
	);
	await openTimeline(page, `/#data=${fragment}`);
	const [from, to] = await visibleRange(page);
	// The padded view stops at the edges of the years the app handles.
	expect(from.startsWith('-0')).toBe(true);
	expect(to).toBe('9999-12-31');
	const labels = await page.locator('.plot .axis text').allTextContents();
	expect(labels.filter((l) => l.trim()).length).toBeGreaterThan(3);
	expect(labels.join(' ')).not.toMatch(/\b0\d{3}\b/);
	await expect(page.locator('.mark[data-id="last-day"]')).toHaveCount(1);

	// Open the event of 44 BCE: the view moves there and the axis counts years back.
	await openTimeline(page, `/?event=ides-of-march#data=${fragment}`);
	await expect(page.locator('.panel h2')).toHaveText('Caesar is killed');
	await expect(page.locator('.panel')).toContainText('15 March 44 BCE');
	await expect.poll(async () => (await page.locator('.plot .axis text').allTextContents()).join(' ')).toContain('BCE');
	expect(errors).toEqual([]);
});

test('a 300-character word as titles breaks inside the panel heading, the list and the header, and nothing scrolls sideways', async ({ page }) => {
	const word = `Unbroken${'x'.repeat(292)}`;
	const { $schema: _, ...rest } = article;
	const fragment = encodeDataset({
		...rest,
		version: 1.1,
		article: { ...article.article, title: word },
		events: [...article.events, unquoted('long-word', '2019-05-01', word)]
	});
	const overflow = () =>
		page.evaluate(() => {
			const wide = [...document.querySelectorAll<HTMLElement>('h1, h2, li, summary, .notice')].filter(
				// Text kept for screen readers only sits in a 1 px box on purpose.
				(el) => !el.closest('.visually-hidden') && el.scrollWidth > el.clientWidth + 1
			);
			return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, wide: wide.map((el) => `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 30)}`) };
		});
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 800 });
		await openTimeline(page, `/?event=long-word#data=${fragment}`);
		await expect(page.locator('.panel h2')).toHaveText(word);
		expect(await overflow()).toEqual({ page: 0, wide: [] });
		await openTimeline(page, `/embed?event=long-word#data=${fragment}`);
		await expect(page.locator('.panel h2')).toHaveText(word);
		expect(await overflow()).toEqual({ page: 0, wide: [] });
	}
});

test('a 1 MB title leaves its event out within seconds, and a 1 MB headline is refused with a message', async ({ page }) => {
	const errors = collectErrors(page);
	const huge = 'A'.repeat(1_000_000);
	const { $schema: _, ...rest } = article;
	const files: Record<string, unknown> = {
		'title.json': { ...rest, events: [...article.events, unquoted('huge-title', '2019-05-01', huge)] },
		'headline.json': { ...rest, article: { ...article.article, title: huge } }
	};
	await page.route(`${HOST}/data/huge-*`, (route) => {
		const name = new URL(route.request().url()).pathname.replace('/data/huge-', '');
		return route.fulfill({ body: JSON.stringify(files[name]), headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' } });
	});
	await page.goto(`/?data=${encodeURIComponent(`${HOST}/data/huge-title.json`)}`);
	await page.locator('.timeline[data-ready]').waitFor({ timeout: 10_000 });
	const notice = page.getByTestId('data-notice');
	await expect(notice).toContainText(`1 of ${article.events.length + 1} events has problems`);
	await notice.locator('summary').click();
	await expect(notice).toContainText(`events[${article.events.length}].title`);
	expect((await notice.textContent())!.length).toBeLessThan(5_000);

	await page.goto(`/embed?data=${encodeURIComponent(`${HOST}/data/huge-headline.json`)}`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('article.title', { timeout: 10_000 });
	expect((await alert.textContent())!.length).toBeLessThan(5_000);
	expect(errors).toEqual([]);
});
