import { describe, expect, it } from 'vitest';
import { articleDataset } from './article';
import { loadDataset } from './load';

const BASE = 'https://timeline.example/';

/** A fetch that answers every request with `body` and `status`, and records what was asked. */
function answering(body: string, status = 200) {
	const asked: string[] = [];
	const fetchFn = (async (url: string) => {
		asked.push(url);
		return new Response(body, { status });
	}) as unknown as typeof fetch;
	return { fetchFn, asked };
}

describe('loadDataset(source, base, fetch)', () => {
	it('loads and validates a dataset, resolving a relative address against the page', async () => {
		const { fetchFn, asked } = answering(JSON.stringify(articleDataset));
		const result = await loadDataset('data/other.json', BASE, fetchFn);
		expect(asked).toEqual(['https://timeline.example/data/other.json']);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.dataset.events).toHaveLength(articleDataset.events.length);
	});

	it('reports every validation problem with its path', async () => {
		const broken = structuredClone(articleDataset) as unknown as { events: { date: string; id: string }[] };
		broken.events[0]!.date = '2021-02-30';
		broken.events[1]!.id = 'Not a slug';
		const result = await loadDataset('x.json', BASE, answering(JSON.stringify(broken)).fetchFn);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toMatch(/has \d+ problems, so it cannot be shown/);
		expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['events[0].date', 'events[1].id']));
	});

	it.each([
		{ name: 'a non-http address', source: 'javascript:alert(1)', body: '{}', status: 200, message: /Only http and https/ },
		{ name: 'an HTTP error', source: 'missing.json', body: 'nope', status: 404, message: /answered 404/ },
		{ name: 'a file that is not JSON', source: 'page.html', body: '<html>', status: 200, message: /not valid JSON/ },
		{ name: 'JSON that is not a dataset', source: 'list.json', body: '[1, 2]', status: 200, message: /cannot be shown/ }
	])('explains $name instead of throwing', async ({ source, body, status, message }) => {
		const result = await loadDataset(source, BASE, answering(body, status).fetchFn);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});

	it('explains a network or CORS failure', async () => {
		const failing = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		const result = await loadDataset('https://elsewhere.example/x.json', BASE, failing);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/could not be fetched.*CORS/);
	});
});
