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

	it('shows the valid events of a sound file and says which were left out', async () => {
		const broken = structuredClone(articleDataset) as unknown as { events: { date: string; id: string }[] };
		broken.events[0]!.date = '2021-02-30';
		broken.events[1]!.id = 'Not a slug';
		const result = await loadDataset('x.json', BASE, answering(JSON.stringify(broken)).fetchFn);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.dataset.events).toHaveLength(articleDataset.events.length - 2);
		expect(result.skipped?.count).toBe(2);
		expect(result.skipped?.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['events[0].date', 'events[1].id']));
	});

	it('refuses a file whose article is broken, with every problem and its path', async () => {
		const broken = structuredClone(articleDataset) as unknown as { article: { published: string } };
		broken.article.published = 'soon';
		const result = await loadDataset('x.json', BASE, answering(JSON.stringify(broken)).fetchFn);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toMatch(/has \d+ problems?, so it cannot be shown/);
		expect(result.issues.map((i) => i.path)).toContain('article.published');
	});

	it('names a JSON syntax error by line and column, and shows the line', async () => {
		const result = await loadDataset('x.json', BASE, answering('{\n  "version": 1.1,\n  "article": {"title": "A" "b"}\n}').fetchFn);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toMatch(/line 3, column \d+/);
		expect(result.excerpt).toContain('"article": {"title": "A" "b"}');
		expect(result.excerpt).toMatch(/\n\s*\^$/);
	});

	it('says a file that ends too early may have been cut off', async () => {
		const json = JSON.stringify(articleDataset);
		const result = await loadDataset('x.json', BASE, answering(json.slice(0, json.length / 2)).fetchFn);
		expect(!result.ok && result.message).toMatch(/ends too early/);
	});

	it('refuses data from an origin the site does not allow, without fetching it', async () => {
		const { fetchFn, asked } = answering(JSON.stringify(articleDataset));
		const result = await loadDataset('https://anyone.example/fake.json', BASE, fetchFn);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toBe('This site does not show data from anyone.example. Its publisher chooses the sites it shows data from (DATA_ORIGINS).');
		expect(asked).toEqual([]);
		const allowed = await loadDataset('https://news.example/x.json', BASE, fetchFn, { allowedOrigins: ['https://news.example'] });
		expect(allowed.ok).toBe(true);
		expect((await loadDataset('https://other.example/x.json', BASE, fetchFn, { allowedOrigins: ['*'] })).ok).toBe(true);
	});

	it('gives up on a server that never answers, saying so, and may be tried again', async () => {
		const never = ((_: string, init: RequestInit) =>
			new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
		const result = await loadDataset('x.json', BASE, never, { stallMs: 20 });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.message).toMatch(/did not arrive: nothing came for 0 seconds/);
			expect(result.retry).toBe(true);
		}
	});

	it('reports a body that breaks off as a failed download, not as bad JSON, and reports progress', async () => {
		let pulls = 0;
		const body = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (pulls++ === 0) controller.enqueue(new TextEncoder().encode('{"version": 1.1, "art'));
				else controller.error(new TypeError('network error'));
			}
		});
		const progress: number[] = [];
		const fetchFn = (async () => new Response(body, { status: 200 })) as unknown as typeof fetch;
		const result = await loadDataset('x.json', BASE, fetchFn, { onProgress: (loaded) => progress.push(loaded) });
		expect(!result.ok && result.message).toMatch(/could not be downloaded: the connection broke off/);
		expect(progress).toEqual([21]);
	});

	it.each([
		{ name: 'a non-http address', source: 'javascript:alert(1)', body: '{}', status: 200, message: /Only http and https/ },
		{ name: 'an HTTP error', source: 'missing.json', body: 'nope', status: 404, message: /answered 404/ },
		{ name: 'an HTML page instead of JSON', source: 'page.html', body: '<!doctype html><html>', status: 200, message: /is a web page \(HTML\), not a dataset/ },
		{ name: 'an empty file', source: 'empty.json', body: '', status: 200, message: /is empty/ },
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
		const result = await loadDataset('https://elsewhere.example/x.json', BASE, failing, { allowedOrigins: ['*'] });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/could not be fetched.*CORS/);
	});
});
