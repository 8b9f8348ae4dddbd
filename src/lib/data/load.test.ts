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

	it("reads the file's relative media addresses against the file, not the site", async () => {
		const file = structuredClone(articleDataset) as unknown as { events: { media?: unknown[] }[] };
		file.events[0]!.media = [
			{ type: 'image', url: 'images/lens.svg', alt: 'The lens' },
			{ type: 'link', url: 'https://vimeo.com/76979871', poster: '/stills/lens.jpg' }
		];
		const result = await loadDataset('https://news.example/timelines/lens.json', BASE, {
			fetch: answering(JSON.stringify(file)).fetchFn,
			allowedOrigins: ['https://news.example']
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const media = result.dataset.events.find((e) => e.media)?.media;
		expect(media).toEqual([
			{ type: 'image', url: 'https://news.example/timelines/images/lens.svg', alt: 'The lens' },
			{ type: 'link', url: 'https://vimeo.com/76979871', poster: 'https://news.example/stills/lens.jpg' }
		]);
	});

	it('keeps the sound events and reports the broken ones with their paths', async () => {
		const broken = structuredClone(articleDataset) as unknown as { events: { date: string; id: string }[] };
		broken.events[0]!.date = '2021-02-30';
		broken.events[1]!.id = 'Not a slug';
		const result = await loadDataset('x.json', BASE, answering(JSON.stringify(broken)).fetchFn);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.dataset.events).toHaveLength(articleDataset.events.length - 2);
		expect(result.events).toEqual({ total: articleDataset.events.length, skipped: 2 });
		expect(result.problems.map((i) => i.path)).toEqual(expect.arrayContaining(['events[0].date', 'events[1].id']));
	});

	it('refuses a file whose article is broken, with every problem and its path', async () => {
		const broken = structuredClone(articleDataset) as unknown as { article: { title: unknown }; events: { date: string }[] };
		broken.article.title = 42;
		broken.events[0]!.date = '2021-02-30';
		const result = await loadDataset('x.json', BASE, answering(JSON.stringify(broken)).fetchFn);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toMatch(/has 3 problems, so it cannot be shown/);
		expect(result.issues.map((i) => i.path)).toEqual(['article.title', 'articles[0].title', 'events[0].date']);
	});

	it('refuses another origin unless the site was built to allow it', async () => {
		const refused = await loadDataset('https://news.example/x.json', BASE, { fetch: answering(JSON.stringify(articleDataset)).fetchFn, allowedOrigins: [] });
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.message).toBe('This site does not load timelines from news.example. Only data from timeline.example can be shown here.');
		const allowed = await loadDataset('https://news.example/x.json', BASE, { fetch: answering(JSON.stringify(articleDataset)).fetchFn, allowedOrigins: ['https://news.example'] });
		expect(allowed.ok).toBe(true);
		const any = await loadDataset('https://other.example/x.json', BASE, { fetch: answering(JSON.stringify(articleDataset)).fetchFn, allowedOrigins: ['*'] });
		expect(any.ok).toBe(true);
	});

	it.each([
		{ name: 'a non-http address', source: 'javascript:alert(1)', body: '{}', status: 200, message: /Only http and https/ },
		{ name: 'an HTTP error', source: 'missing.json', body: 'nope', status: 404, message: /answered 404/ },
		{ name: 'an HTML page', source: 'page.html', body: '<!doctype html><html>', status: 200, message: /gives a web page \(HTML\), not a dataset file/ },
		{ name: 'a file that is not JSON', source: 'bad.json', body: '{"a": 1,\n "b": }', status: 200, message: /not valid JSON: unexpected "}" at line 2, column 7/ },
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
		const result = await loadDataset('https://elsewhere.example/x.json', BASE, { fetch: failing, allowedOrigins: ['*'] });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/could not be downloaded.*CORS/);
	});
});
