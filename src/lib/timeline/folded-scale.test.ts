import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { findFolds, foldGain, foldLabel, isFolded, openRate, scaleFolded, scaleOver, scaleTime, type FoldFrame } from './folded-scale';

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);
const extent: [number, number] = [utc('2001-01-01'), utc('2021-01-01')];
// Two events early, seven in the last fifteen months, as in the article's dataset.
const times = [utc('2001-10-07'), utc('2001-12-05'), ...[0, 2, 4, 6, 8, 10, 12].map((m) => Date.UTC(2019, 9 + m, 15))];
const folds = findFolds(extent, times, { length: 1000, foldLength: 24 });
const first = folds[0] ?? { from: 0, to: 0 };
const frame: FoldFrame = { extent, length: 1000, folds, foldLength: 24 };

describe('findFolds', () => {
	it('folds the long gap between the early and the late events, keeping a margin', () => {
		expect(folds).toHaveLength(1);
		expect(first.from).toBeGreaterThan(utc('2001-12-05'));
		expect(first.to).toBeLessThan(Date.UTC(2019, 9, 15));
		expect(foldLabel(first)).toBe('2002–2018');
	});
	it('folds nothing when events are spread evenly', () => {
		const even = Array.from({ length: 20 }, (_, i) => Date.UTC(2001 + i, 5, 1));
		expect(findFolds(extent, even, { length: 1000, foldLength: 24 })).toEqual([]);
	});
	it('folds nothing over an empty span', () => {
		expect(findFolds([5, 5], [5], { length: 100, foldLength: 10 })).toEqual([]);
	});
	it('finds the gaps between the times in any order, from an array or a typed array', () => {
		// The gaps between the times and the extent's ends, sorted: the definition, written plainly.
		const plain = (span: [number, number], ts: number[]) => {
			const sorted = [...ts, ...span].sort((a, b) => a - b);
			const size = span[1] - span[0];
			return sorted.slice(1).flatMap((next, i) => {
				const gap = next - sorted[i]!;
				const pad = Math.max(gap * 0.05, size * 0.01);
				return gap > size * 0.15 ? [{ from: sorted[i]! + pad, to: next - pad }] : [];
			});
		};
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 40 }), (ts) => {
				const span: [number, number] = [0, 1000];
				const expected = plain(span, ts);
				expect(findFolds(span, ts, { length: 500, foldLength: 20 })).toEqual(expected);
				expect(findFolds(span, Float64Array.from(ts), { length: 500, foldLength: 20 })).toEqual(expected);
			})
		);
	});
});

describe('scaleFolded(frame)', () => {
	const x = scaleFolded(frame);
	it('maps the extent onto the frame length', () => {
		expect(x(extent[0])).toBeCloseTo(0, 6);
		expect(x(extent[1])).toBeCloseTo(1000, 6);
	});
	it('gives each fold exactly its fixed px', () => {
		const f = x.folds()[0] ?? { x0: 0, x1: 0 };
		expect(f.x1 - f.x0).toBeCloseTo(24, 6);
	});
	it('is strictly monotonic across the whole span', () => {
		let prev = -Infinity;
		for (let t = extent[0]; t <= extent[1]; t += (extent[1] - extent[0]) / 997) {
			const px = x(t);
			expect(px).toBeGreaterThan(prev);
			prev = px;
		}
	});
	it('scale.invert(scale(t)) returns t, inside and outside folds', () => {
		for (const t of [extent[0], utc('2001-11-01'), utc('2010-06-01'), ...times, extent[1]]) {
			expect(+x.invert(x(t))).toBeCloseTo(t, -1);
		}
	});
	it('with many folds, gives each its fixed px, the open time one rate, and inverts (property)', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 2, maxLength: 40 }), fc.integer({ min: 0, max: 1000 }), (cuts, probe) => {
				// Cuts of a span of 1,000 days paired into folds: [c0, c1], [c2, c3], …
				const D = 86_400_000;
				const sorted = cuts.sort((a, b) => a - b).map((c) => c * D);
				const many = Array.from({ length: sorted.length >> 1 }, (_, i) => ({ from: sorted[2 * i] as number, to: sorted[2 * i + 1] as number }));
				const s = scaleFolded({ extent: [0, 1000 * D], length: 5000, folds: many, foldLength: 10 }).domain([100 * D, 900 * D]).range([0, 4000]);
				const widths = s.folds().map((f) => f.x1 - f.x0);
				for (const w of widths) expect(w).toBeCloseTo(widths[0] as number, 6);
				const open = (t: number) => !many.some((f) => t > f.from && t < f.to);
				const rate = openRate(s);
				const gaps = [0, ...many.flatMap((f) => [f.from, f.to]), 1000 * D];
				for (let i = 0; i < gaps.length; i += 2) {
					const [a, b] = [gaps[i] as number, gaps[i + 1] as number];
					if (b > a) expect((s(b) - s(a)) / (b - a)).toBeCloseTo(rate, 6);
				}
				if (open(probe * D)) expect(+s.invert(s(probe * D))).toBe(probe * D);
				expect(s(s.invert(1234.5))).toBeCloseTo(1234.5, 3);
			})
		);
	});
	it('scale(scale.invert(px)) returns px', () => {
		for (const px of [0, 3.5, 120, 500, 777, 1000]) expect(x(x.invert(px))).toBeCloseTo(px, 6);
	});
	it('gives the events at least twice the room of a plain scale', () => {
		expect(foldGain(frame)).toBeGreaterThan(2);
		const plain = (Date.UTC(2020, 9, 15) - Date.UTC(2019, 9, 15)) * (1000 / (extent[1] - extent[0]));
		expect(x(Date.UTC(2020, 9, 15)) - x(Date.UTC(2019, 9, 15))).toBeGreaterThan(2 * plain);
	});
	it('ticks skip the folded years', () => {
		const ticks = x.ticks(10).map(Number);
		expect(ticks.length).toBeGreaterThan(3);
		const f = first;
		expect(ticks.filter((t) => t > f.from && t < f.to)).toEqual([]);
		expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
	});
	it('copy() is independent of the original', () => {
		const y = x.copy().range([0, 500]);
		expect(x.range()).toEqual([0, 1000]);
		expect(y(extent[1])).toBeCloseTo(500, 6);
	});
});

describe('zoom through folds', () => {
	const x = scaleFolded(frame);
	it('transform.rescaleX zooms around a point, keeping the point fixed', () => {
		const at = 600;
		const t = +x.invert(at);
		const zoomed = zoomIdentity.translate(at, 0).scale(4).translate(-at, 0).rescaleX(x);
		expect(zoomed(t)).toBeCloseTo(at, 4);
		expect(+zoomed.invert(at)).toBeCloseTo(t, -1);
	});
	it('a pan across a fold moves every date by the same px', () => {
		const panned = zoomIdentity.scale(3).translate(-200, 0).rescaleX(x);
		const f = panned.folds()[0] ?? { x0: 0, x1: 0 };
		expect(f.x1 - f.x0).toBeCloseTo(72, 4);
		const before = utc('2001-11-01');
		const after = Date.UTC(2020, 0, 1);
		expect(panned(after) - panned(before)).toBeCloseTo(3 * (x(after) - x(before)), 4);
	});
	it('ticks of a zoomed-in window inside one piece are that window\'s own', () => {
		const zoomed = x.copy().domain([Date.UTC(2020, 0, 1), Date.UTC(2020, 6, 1)]);
		const ticks = zoomed.ticks(6).map((d) => d.toISOString().slice(0, 7));
		expect(ticks[0]).toBe('2020-01');
		expect(ticks).toContain('2020-04');
	});
});

describe('isFolded(scale) and openRate(scale)', () => {
	it('tells a folded scale from d3\'s own', async () => {
		const { scaleUtc } = await import('d3-scale');
		expect(isFolded(scaleFolded(frame))).toBe(true);
		expect(isFolded(scaleUtc())).toBe(false);
	});
	it('gives a plain scale its only rate, and a folded one its unfolded rate', async () => {
		const { scaleUtc } = await import('d3-scale');
		const plain = scaleUtc().domain(extent).range([0, 1000]);
		expect(openRate(plain)).toBeCloseTo(1000 / (extent[1] - extent[0]), 15);
		const x = scaleFolded(frame);
		const a = Date.UTC(2020, 0, 1);
		expect(openRate(x)).toBeCloseTo((x(a + 86_400_000) - x(a)) / 86_400_000, 15);
		expect(openRate(x) / openRate(plain)).toBeCloseTo(foldGain(frame), 6);
	});
	it('zooms with the scale: twice the zoom, twice the rate', () => {
		const x = scaleFolded(frame);
		expect(openRate(zoomIdentity.scale(2).rescaleX(x))).toBeCloseTo(2 * openRate(x), 15);
	});
});

describe('scaleOver(scale, range, length)', () => {
	it('shows the range over the length, folded where the scale was', () => {
		const x = scaleOver(scaleFolded(frame), [extent[0], Date.UTC(2021, 0, 1)], 500);
		expect(x(extent[0])).toBeCloseTo(0, 6);
		expect(x(Date.UTC(2021, 0, 1))).toBeCloseTo(500, 6);
		expect(isFolded(x)).toBe(true);
	});
});

describe('axisTicks on a folded scale', () => {
	it('labels none of the folded years, on both rows', async () => {
		const { axisTicks } = await import('./ticks');
		const { minor, major } = axisTicks(scaleFolded(frame), 1000);
		for (const tick of [...minor, ...major]) {
			if (tick.key === 'sticky') continue;
			expect(tick.date > first.from && tick.date < first.to).toBe(false);
		}
		expect(minor.length).toBeGreaterThan(5);
	});
	it('is as fine as a plain scale over the unfolded time would be', async () => {
		const { axisTicks } = await import('./ticks');
		// Two years unfolded in 1000 px: months, where the plain twenty years would give years.
		expect(axisTicks(scaleFolded(frame), 1000).level).toBe('quarter');
	});
});

describe('scaleTime(extent, length)', () => {
	it('places, inverts, zooms and ticks as d3-scale\'s scaleUtc does, and folds nothing', async () => {
		const { scaleUtc } = await import('d3-scale');
		const fc = await import('fast-check');
		const day = 86_400_000;
		fc.assert(
			fc.property(
				fc.integer({ min: -60_000, max: 3_000_000 }),
				fc.integer({ min: 1, max: 400_000 }),
				fc.integer({ min: 200, max: 2000 }),
				fc.double({ min: 1, max: 5000, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(startDay, lengthDays, width, k, at) => {
					const domain: [number, number] = [startDay * day, (startDay + lengthDays) * day];
					const ours = scaleTime(domain, width);
					const theirs = scaleUtc().domain(domain).range([0, width]);
					const t = domain[0] + at * (domain[1] - domain[0]);
					expect(ours(t)).toBeCloseTo(theirs(t), 6);
					expect(Math.abs(+ours.invert(at * width) - +theirs.invert(at * width))).toBeLessThanOrEqual(1);
					const zoom = zoomIdentity.translate(-at * width * (k - 1), 0).scale(k);
					const [a, b] = [zoom.rescaleX(ours as never), zoom.rescaleX(theirs)] as [typeof ours, typeof theirs];
					a.domain().forEach((d, i) => expect(Math.abs(+d - +(b.domain()[i] ?? NaN))).toBeLessThanOrEqual(1));
					expect(a.ticks(8).map(Number)).toEqual(b.ticks(8).map(Number));
					expect(isFolded(ours)).toBe(false);
				}
			),
			{ numRuns: 300 }
		);
	});
});
