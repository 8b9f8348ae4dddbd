/**
 * Datasets at the edges of what the format allows: the first and last years the app
 * handles, dates before the common era, and sizes meant to freeze a page.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeDataset } from '../../src/lib/share/data-fragment';
import { collectErrors, openTimeline, visibleRange } from './support';

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
