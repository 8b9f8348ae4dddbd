import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetSource, PROGRESS_DELAY_MS } from './dataset-source.svelte';

/** A tick of the event loop that fake timers leave alone: lets the loader's imports and awaits run. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('DatasetSource', () => {
	it('shows the progress bar only once a load has taken longer than a moment, and hides it when the load ends', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		// A server that never answers, until the load is cancelled.
		vi.stubGlobal('fetch', (_url: string, init?: RequestInit) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
		const source = new DatasetSource();
		const loaded = source.load({ search: '?data=https://site.example/data/big.json', hash: '', href: 'https://site.example/embed' } as Location);
		for (let i = 0; i < 100 && source.loading === null; i++) await tick();
		expect(source.loading).toBe('https://site.example/data/big.json');
		expect(source.showProgress).toBe(false);
		vi.advanceTimersByTime(PROGRESS_DELAY_MS - 1);
		expect(source.showProgress).toBe(false);
		vi.advanceTimersByTime(1);
		expect(source.showProgress).toBe(true);
		source.cancel();
		let settled = false;
		void loaded.then(() => (settled = true));
		for (let i = 0; i < 100 && !settled; i++) {
			vi.advanceTimersByTime(100);
			await tick();
		}
		expect(await loaded).toBeNull();
		expect(source.loading).toBeNull();
		expect(source.showProgress).toBe(false);
		expect(source.failure?.cancelled).toBe(true);
	});
});
