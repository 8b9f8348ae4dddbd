import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	constrainTransform,
	panBy,
	paddedDomain,
	transformForRange,
	visibleRange,
	zoomAt,
	zoomLimits
} from './viewport';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const domain: [number, number] = [utc('2000-01-01'), utc('2022-01-01')];
const width = 1000;
const base = scaleUtc().domain(domain).range([0, width]);
const limits = zoomLimits(domain, width);
const [kMin, kMax] = limits.scaleExtent;

describe('paddedDomain', () => {
	it.each([
		{
			name: 'adds 4% of the span on each side',
			items: [{ start: utc('2000-01-01'), end: utc('2000-01-01') + 1000 * DAY }],
			expected: [utc('2000-01-01') - 40 * DAY, utc('2000-01-01') + 1040 * DAY]
		},
		{
			name: 'widens a short extent to 30 days around its centre',
			items: [{ start: utc('2021-05-18'), end: utc('2021-05-20') }],
			expected: [utc('2021-05-19') - 15 * DAY, utc('2021-05-19') + 15 * DAY]
		},
		{
			name: 'covers the earliest start and the latest end of unsorted items',
			items: [
				{ start: utc('2020-01-01'), end: utc('2020-01-02') },
				{ start: utc('2010-01-01'), end: utc('2010-01-02') },
				{ start: utc('2012-01-01'), end: utc('2030-01-01') }
			],
			expected: [
				utc('2010-01-01') - (utc('2030-01-01') - utc('2010-01-01')) * 0.04,
				utc('2030-01-01') + (utc('2030-01-01') - utc('2010-01-01')) * 0.04
			]
		},
		{ name: 'gives the year 2000 for no items', items: [], expected: [utc('2000-01-01'), utc('2001-01-01')] }
	])('$name', ({ items, expected }) => {
		expect(paddedDomain(items)).toEqual(expected);
	});

	it('honours a custom margin and minimum span', () => {
		const items = [{ start: utc('2021-01-01'), end: utc('2021-01-11') }];
		expect(paddedDomain(items, { margin: 0.5, minSpan: DAY })).toEqual([utc('2020-12-27'), utc('2021-01-16')]);
	});
});

describe('zoomLimits', () => {
	it('zooms out to the whole domain and in to about one day across the width', () => {
		expect(limits.scaleExtent).toEqual([1, (domain[1] - domain[0]) / DAY]);
		const t = zoomIdentity.scale(kMax);
		const [from, to] = visibleRange(t, base);
		expect(to - from).toBeCloseTo(DAY, -1);
	});

	it('keeps panning inside the base range, leaving y free', () => {
		expect(limits.translateExtent).toEqual([
			[0, -Infinity],
			[width, Infinity]
		]);
	});

	it('never lets the closest zoom be wider than the domain', () => {
		expect(zoomLimits([0, DAY / 2], width).scaleExtent).toEqual([1, 1]);
	});
});

describe('constrainTransform', () => {
	it.each([
		{ name: 'clamps k below the extent to 1', t: zoomIdentity.scale(0.25), k: 1 },
		{ name: 'clamps k above the extent to kMax', t: zoomIdentity.scale(kMax * 10), k: kMax },
		{ name: 'leaves k inside the extent alone', t: zoomIdentity.scale(3), k: 3 }
	])('$name', ({ t, k }) => {
		expect(constrainTransform(t, width, limits).k).toBe(k);
	});

	it.each([
		{ name: 'cannot pan before the start of the domain', x: 500, expected: 0 },
		{ name: 'cannot pan past the end of the domain', x: -5000, expected: -(4 - 1) * width },
		{ name: 'keeps a translation that is inside', x: -1200, expected: -1200 }
	])('$name', ({ x, expected }) => {
		expect(constrainTransform(zoomIdentity.translate(x, 0).scale(4), width, limits).x).toBe(expected);
	});

	it('shows the whole domain when zoomed out', () => {
		const t = constrainTransform(zoomIdentity.translate(300, 40).scale(0.5), width, limits);
		expect(visibleRange(t, base)).toEqual(domain);
		expect(t.y).toBe(0);
	});

	it('keeps the view inside the domain for any transform (property)', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.01, max: kMax * 4, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (k, x) => {
				const t = constrainTransform(zoomIdentity.translate(x, 0).scale(k), width, limits);
				const [from, to] = visibleRange(t, base);
				expect(t.k).toBeGreaterThanOrEqual(kMin);
				expect(t.k).toBeLessThanOrEqual(kMax);
				// Floating-point noise: translations up to 1e9 px keep about 1e-7 px, which is
				// tens of ms on a 22-year domain; a second is still far below one pixel.
				expect(from).toBeGreaterThanOrEqual(domain[0] - 1000);
				expect(to).toBeLessThanOrEqual(domain[1] + 1000);
			})
		);
	});
});

describe('zoomAt', () => {
	it('keeps the instant under the pointer fixed on screen (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: kMax, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: width, noNaN: true }),
				fc.double({ min: 0.5, max: 2, noNaN: true }),
				(k, at, pointX, factor) => {
					// A transform inside the limits, and a factor that stays inside them too.
					const t = constrainTransform(zoomIdentity.translate(-at * width * (k - 1), 0).scale(k), width, limits);
					fc.pre(t.k * factor >= kMin && t.k * factor <= kMax);
					const before = t.rescaleX(base).invert(pointX).getTime();
					const next = zoomAt(t, factor, pointX, width, limits);
					const [from, to] = visibleRange(next, base);
					// Unless the pan limit pushed the view back inside the domain.
					fc.pre(from > domain[0] + 1 && to < domain[1] - 1);
					const after = next.rescaleX(base).invert(pointX).getTime();
					expect(next.k).toBeCloseTo(t.k * factor, 6);
					expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
				}
			)
		);
	});

	it('stops at the closest zoom', () => {
		expect(zoomAt(zoomIdentity.scale(kMax / 1.5), 2, 500, width, limits).k).toBe(kMax);
	});

	it('stops at the whole domain', () => {
		const t = zoomAt(zoomIdentity.translate(-300, 0).scale(1.5), 0.25, 100, width, limits);
		expect(visibleRange(t, base)).toEqual(domain);
	});
});

describe('panBy', () => {
	it.each([
		{ name: 'moves the content right by dx', dx: 100, expected: -900 },
		{ name: 'moves the content left by a negative dx', dx: -100, expected: -1100 },
		{ name: 'stops at the start of the domain', dx: 5000, expected: 0 },
		{ name: 'stops at the end of the domain', dx: -5000, expected: -3000 }
	])('$name', ({ dx, expected }) => {
		expect(panBy(zoomIdentity.translate(-1000, 0).scale(4), dx, width, limits).x).toBe(expected);
	});
});

describe('transformForRange', () => {
	it.each([
		{ name: 'shows one year', from: utc('2014-01-01'), to: utc('2015-01-01') },
		{ name: 'shows one month', from: utc('2021-05-01'), to: utc('2021-06-01') },
		{ name: 'shows one day', from: utc('2021-05-18'), to: utc('2021-05-19') },
		{ name: 'shows the whole domain', from: domain[0], to: domain[1] },
		{ name: 'shows the first ten days', from: domain[0], to: domain[0] + 10 * DAY }
	])('$name: round-trips through visibleRange', ({ from, to }) => {
		const [a, b] = visibleRange(transformForRange(base, from, to, limits), base);
		expect(Math.abs(a - from)).toBeLessThanOrEqual(1);
		expect(Math.abs(b - to)).toBeLessThanOrEqual(1);
	});

	it('round-trips any range inside the limits (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: domain[0], max: domain[1] }), fc.integer({ min: domain[0], max: domain[1] }), (p, q) => {
				const from = Math.min(p, q);
				const to = Math.max(p, q);
				fc.pre(to - from >= DAY);
				const [a, b] = visibleRange(transformForRange(base, from, to, limits), base);
				expect(Math.abs(a - from)).toBeLessThanOrEqual(1);
				expect(Math.abs(b - to)).toBeLessThanOrEqual(1);
			})
		);
	});

	it('centres a range narrower than the closest zoom, one day wide', () => {
		const noon = utc('2021-05-18') + DAY / 2;
		const [a, b] = visibleRange(transformForRange(base, noon - 1000, noon + 1000, limits), base);
		expect(Math.abs((a + b) / 2 - noon)).toBeLessThanOrEqual(1);
		expect(Math.abs(b - a - DAY)).toBeLessThanOrEqual(1);
	});

	it('clamps a range that reaches past the domain', () => {
		const [a, b] = visibleRange(transformForRange(base, domain[1] - 100 * DAY, domain[1] + 100 * DAY, limits), base);
		expect(b).toBeCloseTo(domain[1], -1);
		expect(Math.abs(b - a - 200 * DAY)).toBeLessThanOrEqual(1);
	});
});
