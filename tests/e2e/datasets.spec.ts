import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeDataset } from '../../src/lib/share/data-fragment';
import { collectErrors, openTimeline, HOST } from './support';

// The host server (another origin) publishes datasets of other articles, as a newsroom would.
const DATA = `${HOST}/data`;

test('?data= shows another article’s timeline, validated, from another origin', async ({ page }) => {
	const errors = collectErrors(page);
	await openTimeline(page, `/?data=${encodeURIComponent(`${DATA}/other.json`)}`);
	await expect(page.locator('h1')).toHaveText('A town votes on its bridge');
	await expect(page.locator('ol.events > li')).toHaveCount(3);
	await expect(page.locator('.mark[data-id="council-vote"]')).toBeVisible();
	await page.locator('.mark[data-id="council-vote"] circle').click();
	await expect(page.locator('.panel blockquote').first()).toHaveText('The council voted on March 12, 2024, to replace it.');
	// The data parameter stays in the URL beside the view.
	await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('council-vote');
	expect(new URL(page.url()).searchParams.get('data')).toBe(`${DATA}/other.json`);
	expect(errors).toEqual([]);
});

test('a broken dataset gets a clear message with every problem and where it is', async ({ page }) => {
	await page.goto(`/?data=${encodeURIComponent(`${DATA}/broken.json`)}`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('cannot be shown');
	await expect(alert).toContainText('events[0].date');
	await expect(alert).toContainText('"1931-02-30"');
	await expect(alert).toContainText('events[1].quotes[0]');
	await expect(alert).toContainText('events[2].id');
	await expect(page.locator('.timeline')).toHaveCount(0);
});

test('a dataset another site may not read is explained, not a blank page', async ({ page }) => {
	await page.goto(`/?data=${encodeURIComponent(`${DATA}/private.json`)}`);
	await expect(page.getByRole('alert')).toContainText('CORS');
	await page.goto('/?data=javascript%3Aalert(1)');
	await expect(page.getByRole('alert')).toContainText('Only http and https');
});

test('the embed shows another article’s timeline too', async ({ page }) => {
	await page.goto(`/embed?data=${encodeURIComponent(`${DATA}/other.json`)}&event=cracks-found`);
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.locator('.panel h2')).toHaveText('Engineers find cracks');
	await expect(page.locator('.panel')).toContainText('“in early 2022”: early 2022');
});

test('a #data= link carries a whole timeline to the full page and the embed, sent to no server', async ({ page }) => {
	const dataset = JSON.parse(readFileSync(new URL('../fixtures/other-article.json', import.meta.url), 'utf8'));
	const fragment = encodeDataset(dataset);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	const errors = collectErrors(page);
	await openTimeline(page, `/#data=${fragment}`);
	await expect(page.locator('h1')).toHaveText('A town votes on its bridge');
	await expect(page.locator('.mark[data-id="council-vote"]')).toBeVisible();
	await page.goto(`/embed#data=${fragment}`);
	await expect(page.locator('.mark[data-id="council-vote"]')).toBeVisible();
	expect(requests.some((url) => url.includes(fragment.slice(0, 40)))).toBe(false);
	expect(errors).toEqual([]);
});

test('a damaged #data= link says so instead of showing the built-in timeline', async ({ page }) => {
	await page.goto('/#data=not-a-timeline');
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.locator('.timeline')).toHaveCount(0);
});
