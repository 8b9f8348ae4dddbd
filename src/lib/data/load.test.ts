import { describe, expect, it } from 'vitest';
import { articleDataset } from './article';
import { loadDataset, type Prepare } from './load';

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

describe('loadDataset(source, base, { prepare, signal })', () => {
	const big = JSON.stringify({ ...articleDataset, padding: undefined }) + ' '.repeat(1_000_000);

	it('hands a file of a million characters or more to `prepare` (the worker), and a small one not', async () => {
		const handed: string[] = [];
		const prepare: Prepare = async (text, url) => {
			handed.push(url);
			const { prepareDataset } = await import('./prepare');
			return prepareDataset(text, url);
		};
		const large = await loadDataset('big.json', BASE, { fetch: answering(big).fetchFn, prepare });
		expect(large.ok && large.prepared?.items).toHaveLength(articleDataset.events.length);
		const small = await loadDataset('small.json', BASE, { fetch: answering(JSON.stringify(articleDataset)).fetchFn, prepare });
		expect(small.ok && small.prepared).toBe(undefined);
		expect(handed).toEqual(['https://timeline.example/big.json']);
	});

	it('starts the worker while a large file downloads, and ends it unused when the download breaks off', async () => {
		const events: string[] = [];
		const warm = () => (events.push('warm'), () => events.push('cool'));
		const prepare: Prepare = async (text, url) => (events.push('prepare'), (await import('./prepare')).prepareDataset(text, url));
		await loadDataset('big.json', BASE, { fetch: answering(big).fetchFn, prepare, warm });
		expect(events).toEqual(['warm', 'prepare']);

		events.length = 0;
		let sent = false;
		const breaking = (async () =>
			new Response(
				new ReadableStream({
					pull(controller) {
						if (sent) return controller.error(new Error('connection reset'));
						sent = true;
						controller.enqueue(new TextEncoder().encode(big.slice(0, 1_200_000)));
					}
				})
			)) as unknown as typeof fetch;
		const result = await loadDataset('big.json', BASE, { fetch: breaking, prepare, warm });
		expect(result.ok).toBe(false);
		expect(events).toEqual(['warm', 'cool']);
	});

	it('does the work itself when no worker can run', async () => {
		const result = await loadDataset('big.json', BASE, { fetch: answering(big).fetchFn, prepare: async () => null });
		expect(result.ok).toBe(true);
	});

	it('reports a load the reader cancelled as such, with Try again', async () => {
		const controller = new AbortController();
		const prepare: Prepare = async () => {
			controller.abort();
			return 'cancelled';
		};
		const result = await loadDataset('big.json', BASE, { fetch: answering(big).fetchFn, prepare, signal: controller.signal });
		expect(result).toEqual({
			ok: false,
			url: 'https://timeline.example/big.json',
			message: 'Loading the dataset at https://timeline.example/big.json was cancelled.',
			issues: [],
			retry: true,
			cancelled: true
		});
	});

	it('reports the download, then the checking, to onProgress', async () => {
		const phases: string[] = [];
		await loadDataset('small.json', BASE, { fetch: answering(JSON.stringify(articleDataset)).fetchFn, onProgress: (p) => phases.push(p.phase) });
		expect(phases[0]).toBe('download');
		expect(phases.at(-1)).toBe('checking');
	});
});
