import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, dayToMs as utc } from '$lib/time/day';
import { TimelineView } from './timeline-view.svelte';

const domain: [number, number] = [utc('2000-01-01'), utc('2022-01-01')];
const WIDTH = 1000;

/** A view of the domain, 1000 px wide, optionally showing [from, to) first. */
function viewOf(from?: number, to?: number): TimelineView {
	const view = new TimelineView(domain);
	view.resize(WIDTH, 200);
	if (from !== undefined && to !== undefined) view.showRange(from, to, { animate: false });
	return view;
}

describe('TimelineView.showRange', () => {
	it.each([
		{ name: 'one year', from: utc('2014-01-01'), to: utc('2015-01-01') },
		{ name: 'one month', from: utc('2021-05-01'), to: utc('2021-06-01') },
		{ name: 'one day', from: utc('2021-05-18'), to: utc('2021-05-19') },
		{ name: 'the whole domain', from: domain[0], to: domain[1] },
		{ name: 'the first ten days', from: domain[0], to: domain[0] + 10 * DAY }
	])('shows $name', ({ from, to }) => {
		const [a, b] = viewOf(from, to).range;
		expect(Math.abs(a - from)).toBeLessThanOrEqual(1);
		expect(Math.abs(b - to)).toBeLessThanOrEqual(1);
	});

	it('shows any period of a day or more inside the domain (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: domain[0], max: domain[1] }), fc.integer({ min: domain[0], max: domain[1] }), (p, q) => {
				const [from, to] = [Math.min(p, q), Math.max(p, q)];
				fc.pre(to - from >= DAY);
				const [a, b] = viewOf(from, to).range;
				expect(Math.abs(a - from)).toBeLessThanOrEqual(1);
				expect(Math.abs(b - to)).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 200 }
		);
	});

	it('centres a period narrower than the closest zoom, one day wide', () => {
		const noon = utc('2021-05-18') + DAY / 2;
		const [a, b] = viewOf(noon - 1000, noon + 1000).range;
		expect(Math.abs((a + b) / 2 - noon)).toBeLessThanOrEqual(1);
		expect(Math.abs(b - a - DAY)).toBeLessThanOrEqual(1);
	});

	it('moves a period that reaches past the domain back inside it', () => {
		const [a, b] = viewOf(domain[1] - 100 * DAY, domain[1] + 100 * DAY).range;
		expect(b).toBeCloseTo(domain[1], -1);
		expect(Math.abs(b - a - 200 * DAY)).toBeLessThanOrEqual(1);
	});

	it('keeps the view inside the domain and the zoom limits for any request (property)', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.double({ min: 1, max: 1e13, noNaN: true }), (from, span) => {
				const view = viewOf(from, from + span);
				const [a, b] = view.range;
				expect(view.k).toBeGreaterThanOrEqual(1);
				expect(view.k).toBeLessThanOrEqual(view.limits.scaleExtent[1] + 1e-9);
				expect(a).toBeGreaterThanOrEqual(domain[0] - 1000);
				expect(b).toBeLessThanOrEqual(domain[1] + 1000);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('TimelineView.zoomBy', () => {
	it('keeps the instant under the pointer where it is (property)', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: WIDTH, noNaN: true }), fc.double({ min: 0.5, max: 2, noNaN: true }), (x, factor) => {
				const view = viewOf(utc('2010-01-01'), utc('2012-01-01'));
				const before = +view.scale.invert(x);
				view.zoomBy(factor, { x, animate: false });
				expect(Math.abs(+view.scale.invert(x) - before)).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 200 }
		);
	});

	it.each([
		{ name: 'stops at the closest zoom, one day', factor: 1e6, span: DAY },
		{ name: 'stops at the whole domain', factor: 1e-6, span: domain[1] - domain[0] }
	])('$name', ({ factor, span }) => {
		const view = viewOf(utc('2010-01-01'), utc('2012-01-01'));
		view.zoomBy(factor, { x: 100, animate: false });
		const [a, b] = view.range;
		expect(Math.abs(b - a - span)).toBeLessThanOrEqual(1000);
	});
});

describe('TimelineView.panBy', () => {
	it.each([
		{ name: 'a positive dx shows later times', dx: 100, shift: 100 },
		{ name: 'a negative dx shows earlier times', dx: -100, shift: -100 },
		{ name: 'stops at the start of the domain', dx: -1e6, shift: null },
		{ name: 'stops at the end of the domain', dx: 1e6, shift: null }
	])('$name', ({ dx, shift }) => {
		const view = viewOf(utc('2010-01-01'), utc('2012-01-01'));
		const [a, b] = view.range;
		const msPerPx = (b - a) / WIDTH;
		view.panBy(dx, { animate: false });
		const [c, d] = view.range;
		if (shift !== null) expect(Math.abs(c - a - shift * msPerPx)).toBeLessThanOrEqual(1);
		else if (dx < 0) expect(Math.abs(c - domain[0])).toBeLessThanOrEqual(1000);
		else expect(Math.abs(d - domain[1])).toBeLessThanOrEqual(1000);
		expect(Math.abs(d - c - (b - a))).toBeLessThanOrEqual(1000);
	});
});

describe('TimelineView.centreOn', () => {
	it('centres the view on an instant at the same zoom', () => {
		const view = viewOf(utc('2010-01-01'), utc('2012-01-01'));
		const k = view.k;
		view.centreOn(utc('2015-06-01'), { animate: false });
		const [a, b] = view.range;
		expect(Math.abs((a + b) / 2 - utc('2015-06-01'))).toBeLessThanOrEqual(1000);
		expect(view.k).toBe(k);
	});
});

describe('TimelineView at a limit', () => {
	it('keeps the same transform, and so the same layout, when a pan cannot move the view', () => {
		const view = viewOf();
		view.panBy(-200, { animate: false });
		// Everything drawn is derived from the transform: the same value recomputes nothing.
		const held = view.transform;
		// Showing everything, a pan either way meets the domain's edge.
		view.panBy(-200, { animate: false });
		view.panBy(300, { animate: false });
		expect(view.transform).toBe(held);
	});
});

describe('TimelineView with folds', () => {
	const folds = [{ from: utc('2003-01-01'), to: utc('2018-01-01') }];
	function folded(): TimelineView {
		const view = viewOf();
		view.setFoldCandidates(folds);
		return view;
	}

	it('folds when it gives the events at least twice the room, and says so', () => {
		const view = folded();
		expect(view.foldable).toBe(true);
		expect(view.folded).toBe(true);
		const f = (view.base as unknown as { folds(): { x0: number; x1: number }[] }).folds()[0]!;
		expect(f.x1 - f.x0).toBeCloseTo(view.foldLength, 6);
	});

	it('does not fold a stretch too short to be worth it', () => {
		const view = viewOf();
		view.setFoldCandidates([{ from: utc('2003-01-01'), to: utc('2004-01-01') }]);
		expect(view.foldable).toBe(false);
		expect(view.folded).toBe(false);
	});

	it('keeps the visible period when folding is switched off and on', () => {
		const view = folded();
		view.showRange(utc('2019-01-01'), utc('2020-01-01'), { animate: false });
		const before = view.range;
		view.setFolding(false);
		expect(view.folded).toBe(false);
		expect(Math.abs(view.range[0] - before[0])).toBeLessThan(DAY / 24);
		expect(Math.abs(view.range[1] - before[1])).toBeLessThan(DAY / 24);
		view.setFolding(true);
		expect(Math.abs(view.range[0] - before[0])).toBeLessThan(DAY / 24);
	});

	it('zooms in no further than a day of unfolded time', () => {
		const view = folded();
		view.zoomBy(1e9, { animate: false });
		const [a, b] = view.range;
		expect(b - a).toBeGreaterThan(DAY * 0.99);
		expect(b - a).toBeLessThan(DAY * 1.01);
	});

	it('panTo(offset) puts the view that many px of the zoomed span after its start, inside the span', () => {
		const view = folded();
		view.zoomBy(4, { animate: false });
		view.panTo(1500);
		expect(view.transform.x).toBeCloseTo(-1500, 6);
		view.panTo(-300);
		expect(view.transform.x).toBe(0);
		view.panTo(1e9);
		expect(view.transform.x).toBeCloseTo(WIDTH - 4 * WIDTH, 6);
	});

	it('in the vertical layout, zooms no further than its whole length can be drawn', () => {
		const view = new TimelineView([utc('1000-01-01'), utc('2000-01-01')]);
		view.resize(800, 200);
		const free = view.limits.scaleExtent[1];
		view.setVertical(true);
		expect(free * view.width).toBeGreaterThan(4_000_000);
		expect(view.limits.scaleExtent[1] * view.width).toBeCloseTo(4_000_000, 0);
	});
});
