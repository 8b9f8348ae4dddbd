import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANOTHER_DATASET_ATTRIBUTE, EARLY_FETCH_SCRIPT, earlyFetch, showsAnotherDataset } from './early-fetch';

const g = globalThis as { __timelineData?: { url: string; response: Promise<Response> } };

afterEach(() => {
	delete g.__timelineData;
	vi.unstubAllGlobals();
});

describe('earlyFetch(url)', () => {
	it('answers the head script’s request for the same address once, then fetches as usual', async () => {
		const early = new Response('{"early":true}');
		const fetched = vi.fn(async () => new Response('{"late":true}'));
		vi.stubGlobal('fetch', fetched);
		g.__timelineData = { url: 'https://example.org/a.json', response: Promise.resolve(early) };
		expect(await earlyFetch('https://example.org/a.json')).toBe(early);
		expect(fetched).not.toHaveBeenCalled();
		expect(await (await earlyFetch('https://example.org/a.json')).json()).toEqual({ late: true });
		expect(fetched).toHaveBeenCalledTimes(1);
	});

	it('fetches another address itself, and again when the early request failed', async () => {
		const fetched = vi.fn(async () => new Response('{}'));
		vi.stubGlobal('fetch', fetched);
		g.__timelineData = { url: 'https://example.org/a.json', response: Promise.reject(new TypeError('offline')) };
		await earlyFetch('https://example.org/b.json');
		expect(fetched).toHaveBeenLastCalledWith('https://example.org/b.json', undefined);
		await earlyFetch('https://example.org/a.json');
		expect(fetched).toHaveBeenCalledTimes(2);
	});
});

describe('EARLY_FETCH_SCRIPT', () => {
	it('is one inline script of code only, fetching http(s) addresses alone', () => {
		expect(EARLY_FETCH_SCRIPT.match(/<script>/g)).toHaveLength(1);
		expect(EARLY_FETCH_SCRIPT).toContain('u.protocol!=="http:"&&u.protocol!=="https:"');
	});
});

describe('showsAnotherDataset(location)', () => {
	it('is true for a `data` parameter or a `#data=` link, as the head script marks the page', () => {
		expect(showsAnotherDataset({ search: '?data=https%3A%2F%2Fexample.org%2Fa.json', hash: '' })).toBe(true);
		expect(showsAnotherDataset({ search: '?lang=fr', hash: '#data=v1.abc' })).toBe(true);
		expect(showsAnotherDataset({ search: '?data=', hash: '' })).toBe(false);
		expect(showsAnotherDataset({ search: '?view=2001', hash: '#e:overthrow' })).toBe(false);
		expect(EARLY_FETCH_SCRIPT).toContain(`setAttribute("${ANOTHER_DATASET_ATTRIBUTE}","")`);
	});

	it('agrees with the head script, run on the same addresses', () => {
		const code = EARLY_FETCH_SCRIPT.replace(/^<script>/, '').replace(/<\/script>$/, '');
		const addresses: [string, string][] = [['?data=https%3A%2F%2Fexample.org%2Fa.json', ''], ['', '#data=v1.abc'], ['?data=', ''], ['?theme=dark', '#x']];
		for (const [search, hash] of addresses) {
			const marked: string[] = [];
			const location = { search, hash, href: `https://site.example/embed${search}${hash}` };
			const document = { documentElement: { setAttribute: (name: string) => marked.push(name) } };
			const window: Record<string, unknown> = {};
			new Function('location', 'document', 'window', 'fetch', code)(location, document, window, () => new Promise(() => {}));
			expect(marked.length === 1, `${search}${hash}`).toBe(showsAnotherDataset({ search, hash }));
		}
	});
});
