import { describe, expect, it } from 'vitest';
import { placeOn, trackSpan, unplaceFrom } from './vertical-track';

describe('placeOn and unplaceFrom', () => {
	const cut = { top: 16, lead: 100, insertAt: 500, extra: 300 };
	it('moves everything after the open panel down by its height', () => {
		expect(placeOn(cut, 100)).toBe(16);
		expect(placeOn(cut, 500)).toBe(416);
		expect(placeOn(cut, 501)).toBe(717);
	});
	it('unplaceFrom(placeOn(y)) returns y, before and after the panel', () => {
		for (const y of [-50, 0, 100, 499, 500, 501, 2000]) expect(unplaceFrom(cut, placeOn(cut, y))).toBe(y);
	});
	it('reads a px inside the panel as the panel\'s top', () => {
		expect(unplaceFrom(cut, 600)).toBe(500);
	});
	it('with no panel is a shift by top and lead', () => {
		const plain = { top: 16, lead: 40, insertAt: Infinity, extra: 0 };
		expect(placeOn(plain, 1000)).toBe(976);
		expect(unplaceFrom(plain, 976)).toBe(1000);
	});
});

describe('trackSpan', () => {
	it('cuts the empty margins before the first event and after the last', () => {
		expect(trackSpan(400, 3000, 5000, 36)).toEqual({ lead: 364, end: 3054 });
	});
	it('stays inside the track', () => {
		expect(trackSpan(10, 4990, 5000, 36)).toEqual({ lead: 0, end: 5000 });
	});
	it('draws the whole track when there are no events', () => {
		expect(trackSpan(Infinity, -Infinity, 800, 36)).toEqual({ lead: 0, end: 800 });
	});
});
