import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_FETCH_SCRIPT, earlyFetch } from './early-fetch';

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
