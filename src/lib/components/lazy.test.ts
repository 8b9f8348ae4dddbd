import { describe, expect, it, vi } from 'vitest';
import { Lazy } from './lazy.svelte';

describe('Lazy', () => {
	it('loads the component once, however often it is wanted', async () => {
		const load = vi.fn(async () => ({ default: 'Panel' }));
		const lazy = new Lazy(load);
		expect(lazy.component).toBeUndefined();
		lazy.want();
		lazy.want();
		await vi.waitFor(() => expect(lazy.component).toBe('Panel'));
		lazy.want();
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('tries again after a load that failed', async () => {
		const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ default: 'Panel' });
		const lazy = new Lazy<string>(load);
		lazy.want();
		await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
		await Promise.resolve();
		expect(lazy.component).toBeUndefined();
		lazy.want();
		await vi.waitFor(() => expect(lazy.component).toBe('Panel'));
		expect(load).toHaveBeenCalledTimes(2);
	});
});
