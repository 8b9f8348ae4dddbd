import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/timeline/real-dataset';
import { TimelineState } from '$lib/state/timeline-state.svelte';
import type { PlacedMark } from '$lib/timeline/layout';
import { I18n } from '$lib/i18n/i18n.svelte';
import { arrowStep, markKey, plotKey, zoomKey } from './timeline-keys';

const key = (key: string, shiftKey = false) => ({ key, shiftKey }) as KeyboardEvent;

/** The state, and the mark of event `id` as drawn in the whole view. */
function markOf(id: string, timeDirection?: 'ltr' | 'rtl'): { timeline: TimelineState; mark: PlacedMark } {
	const timeline = new TimelineState(realDataset(), new I18n(undefined, timeDirection));
	const item = timeline.items.find((i) => i.id === id)!;
	const mark = { type: 'event', key: `e:${id}`, item, x: 100, x0: 100, x1: 100, lane: 0, label: '', labelX: 0, textX: 0, textAnchor: 'start', labelWidth: 0 } as PlacedMark;
	return { timeline, mark };
}

describe('markKey(timeline, event, mark)', () => {
	it.each([
		{ from: 'overthrow-2001', key: 'ArrowRight', to: 'insurgency' },
		{ from: 'insurgency', key: 'ArrowDown', to: 'ofs-begins' },
		{ from: 'insurgency', key: 'ArrowLeft', to: 'overthrow-2001' },
		{ from: 'overthrow-2001', key: 'ArrowUp', to: 'overthrow-2001' },
		{ from: 'capitals-threatened', key: 'ArrowRight', to: 'capitals-threatened' },
		{ from: 'doha-agreement', key: 'Home', to: 'overthrow-2001' },
		{ from: 'doha-agreement', key: 'End', to: 'capitals-threatened' }
	])('$key on $from focuses $to', ({ from, key: name, to }) => {
		const { timeline, mark } = markOf(from);
		expect(markKey(timeline, key(name), mark)).toBe(true);
		expect(timeline.focusId).toBe(to);
	});

	it.each([
		{ from: 'insurgency', key: 'ArrowRight', to: 'overthrow-2001' },
		{ from: 'insurgency', key: 'ArrowLeft', to: 'ofs-begins' },
		{ from: 'insurgency', key: 'ArrowDown', to: 'ofs-begins' },
		{ from: 'insurgency', key: 'ArrowUp', to: 'overthrow-2001' }
	])('when time runs right to left, $key on $from focuses $to', ({ from, key: name, to }) => {
		const { timeline, mark } = markOf(from, 'rtl');
		expect(markKey(timeline, key(name), mark)).toBe(true);
		expect(timeline.focusId).toBe(to);
	});

	it('leaves other keys alone', () => {
		const { timeline, mark } = markOf('doha-agreement');
		expect(markKey(timeline, key('a'), mark)).toBe(false);
		expect(timeline.focusId).toBeNull();
	});
});

describe('arrowStep(key, direction)', () => {
	it.each([
		{ key: 'ArrowRight', ltr: 1, rtl: -1 },
		{ key: 'ArrowLeft', ltr: -1, rtl: 1 },
		{ key: 'ArrowDown', ltr: 1, rtl: 1 },
		{ key: 'ArrowUp', ltr: -1, rtl: -1 },
		{ key: 'Home', ltr: 0, rtl: 0 }
	] as const)('$key goes $ltr in time left to right, $rtl right to left', ({ key: name, ltr, rtl }) => {
		expect(arrowStep(name, 'ltr')).toBe(ltr);
		expect(arrowStep(name, 'rtl')).toBe(rtl);
		expect(arrowStep(name)).toBe(ltr);
	});
});

describe('plotKey when time runs right to left', () => {
	it.each([
		{ key: 'ArrowRight', later: false },
		{ key: 'ArrowLeft', later: true }
	])('$key shows a later period: $later', ({ key: name, later }) => {
		const timeline = new TimelineState(realDataset());
		timeline.view.resize(1000, 300);
		timeline.view.zoomBy(4, { animate: false });
		const [a] = timeline.view.range;
		expect(plotKey(timeline.view, key(name), 'rtl')).toBe(true);
		const [c] = timeline.view.range;
		expect(c > a).toBe(later);
	});
});

describe('zoomKey and plotKey', () => {
	it.each([
		{ key: '+', narrower: true },
		{ key: '=', narrower: true },
		{ key: '-', narrower: false },
		{ key: '0', narrower: false }
	])('"$key" zooms in: $narrower', ({ key: name, narrower }) => {
		const timeline = new TimelineState(realDataset());
		timeline.view.zoomBy(4, { animate: false });
		const [a, b] = timeline.view.range;
		expect(zoomKey(timeline.view, name)).toBe(true);
		const [c, d] = timeline.view.range;
		expect(d - c < b - a).toBe(narrower);
	});

	it.each([
		{ key: 'ArrowRight', shift: false, later: true, share: 0.15 },
		{ key: 'ArrowLeft', shift: false, later: false, share: 0.15 },
		{ key: 'ArrowRight', shift: true, later: true, share: 0.5 }
	])('$key (Shift: $shift) pans by $share of the view', ({ key: name, shift, later, share }) => {
		const timeline = new TimelineState(realDataset());
		// Time to scale, so a share of the view's width is the same share of its time.
		timeline.setTimeToScale(true);
		timeline.view.zoomBy(8, { animate: false });
		const [a, b] = timeline.view.range;
		expect(plotKey(timeline.view, key(name, shift))).toBe(true);
		const moved = timeline.view.range[0] - a;
		expect(moved > 0).toBe(later);
		expect(Math.abs(moved) / (b - a)).toBeCloseTo(share, 6);
	});

	it('pans by a share of the width through folded years', () => {
		const timeline = new TimelineState(realDataset());
		expect(timeline.folded).toBe(true);
		timeline.view.zoomBy(2, { animate: false });
		const before = timeline.view.scale(Date.UTC(2020, 0, 1));
		plotKey(timeline.view, key('ArrowRight'));
		expect(before - timeline.view.scale(Date.UTC(2020, 0, 1))).toBeCloseTo(timeline.view.width * 0.15, 3);
	});
});
