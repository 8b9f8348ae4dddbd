/**
 * Format 1.1 in the page: a story told in several articles, events that no article quotes,
 * and an article known by its headline only (tests/tools/host-server.mjs makes the datasets).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeDataset } from '../../src/lib/share/data-fragment';
import { collectErrors, openTimeline, HOST } from './support';

const DATA = `${HOST}/data`;
const withData = (name: string, query = '') => `/?data=${encodeURIComponent(`${DATA}/${name}`)}${query}`;

test('the article beside the timeline is the selected event’s own, headline and publication first', async ({ page }) => {
	const errors = collectErrors(page);
	await openTimeline(page, withData('story.json'));
	const article = page.locator('article.article');
	await expect(article.locator('h2')).toHaveText('A town votes on its bridge');
	await expect(article.locator('.credit')).toContainText('The Example Gazette');

	await page.locator('ol.events a', { hasText: 'Work begins' }).click();
	await expect(article.locator('h2')).toHaveText('Work on the new bridge begins');
	await expect(article.locator('.credit')).toContainText('The Example Courier');
	await expect(article.locator('a.quote.current')).toHaveText('Builders arrived on April 1, 2025, a year after the vote.');
	await expect(page.locator('.panel blockquote')).toHaveText('Builders arrived on April 1, 2025, a year after the vote.');

	// Back to an event of the first article: its text comes back.
	await page.getByRole('button', { name: 'Previous event' }).click();
	await expect(article.locator('h2')).toHaveText('A town votes on its bridge');
	expect(errors).toEqual([]);
});

test('an event that no article quotes says so instead of showing quotations', async ({ page }) => {
	await openTimeline(page, withData('story.json', '&event=design-chosen'));
	const panel = page.locator('.panel');
	await expect(panel.locator('h2')).toHaveText('A design is chosen');
	await expect(panel).toContainText('This event is not quoted from the article.');
	await expect(panel.locator('blockquote')).toHaveCount(0);
	await expect(panel.getByRole('link', { name: 'Read in the article' })).toHaveCount(0);
});

test('an article without text leaves out the article column, and the timeline still works', async ({ page }) => {
	const errors = collectErrors(page);
	await openTimeline(page, withData('no-text.json'));
	await expect(page.locator('h1')).toHaveText('A town votes on its bridge');
	await expect(page.locator('article.article')).toHaveCount(0);
	await expect(page.locator('ol.events > li')).toHaveCount(3);
	await page.locator('.mark[data-id="council-vote"] circle').click();
	await expect(page.locator('.panel h2')).toHaveText('The council votes to replace it');
	// The quotation stays, without a link to a text that is not there.
	await expect(page.locator('.panel blockquote')).toHaveText('The council voted on March 12, 2024, to replace it.');
	await expect(page.getByRole('link', { name: 'Read in the article' })).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('council-vote');
	expect(errors).toEqual([]);
});

test('the rarer EDTF forms, read by edtf in the built page, keep the words of their type', async ({ page }) => {
	// The built bundle renames classes; edtf tells a season, a set and a date apart by name.
	const dataset = JSON.parse(readFileSync('src/lib/data/afghanistan-2021.json', 'utf8'));
	const byId = (id: string) => dataset.events.find((event: { id: string }) => event.id === id);
	byId('ofs-begins').date = '2015-21';
	byId('insurgency').date = '[2019-01,2019-03]';
	const errors = collectErrors(page);
	await openTimeline(page, `/?event=ofs-begins#data=${encodeDataset(dataset)}`);
	const panel = page.locator('section.panel');
	await expect(panel).toContainText('spring 2015');
	await page.goto('about:blank');
	await openTimeline(page, `/?event=insurgency#data=${encodeDataset(dataset)}`);
	await expect(panel).toContainText('January 2019 or March 2019');
	expect(errors).toEqual([]);
});
