import { describe, expect, it } from 'vitest';
import { DAY, dayToMs } from '$lib/time/day';
import { realDataset, withoutEvents } from '$lib/timeline/real-dataset';
import { TimelineState, type SelectionCause } from './timeline-state.svelte';

const day = (iso: string) => dayToMs(iso);
/** How far two instants may differ after a round trip through pixels: well under a day. */
const CLOSE = DAY / 24;

function expectRange(state: TimelineState, from: number, to: number) {
	const [a, b] = state.view.range;
	expect(Math.abs(a - from)).toBeLessThan(CLOSE);
	expect(Math.abs(b - to)).toBeLessThan(CLOSE);
}

describe('TimelineState before the zoom behaviour is attached', () => {
	it.each([
		{ from: '2020-01-01', to: '2021-07-01' },
		{ from: '2001-10-01', to: '2002-01-01' },
		{ from: '2021-05-01', to: '2021-06-01' }
	])('showRange($from, $to) shows that period', ({ from, to }) => {
		const state = new TimelineState(realDataset());
		state.showRange(day(from), day(to));
		expect(state.view.ready).toBe(false);
		expectRange(state, day(from), day(to));
		expect(state.view.settled).toEqual(state.view.range);
	});

	it('keeps a period within the data: a view past the last event is moved back inside', () => {
		const state = new TimelineState(realDataset());
		const [, end] = state.view.domain;
		state.showRange(end + 100 * DAY, end + 465 * DAY);
		const [from, to] = state.view.range;
		expect(to).toBeCloseTo(end, -3);
		expect(to - from).toBeCloseTo(365 * DAY, -3);
	});

	it.each([
		{ name: 'zooming in past one day stops at one day', factor: 1e9, span: DAY },
		{ name: 'zooming out past everything stops at everything', factor: 1e-9, span: 0 }
	])('$name', ({ factor, span }) => {
		const state = new TimelineState(realDataset());
		state.showRange(day('2020-01-01'), day('2021-01-01'));
		state.view.zoomBy(factor);
		const [from, to] = state.view.range;
		const [d0, d1] = state.view.domain;
		expect(to - from).toBeCloseTo(span || d1 - d0, -3);
	});

	it.each([
		{ dx: 400, later: true },
		{ dx: -400, later: false }
	])('panBy($dx) moves the view later: $later', ({ dx, later }) => {
		const state = new TimelineState(realDataset());
		state.showRange(day('2010-01-01'), day('2012-01-01'));
		const [before] = state.view.range;
		state.view.panBy(dx);
		expect(state.view.range[0] > before).toBe(later);
	});
});

describe('TimelineState.view.resize', () => {
	it.each([
		{ width: 375, height: 176 },
		{ width: 1246, height: 202 },
		{ width: 958, height: 202 }
	])('keeps the visible period at $width px', ({ width, height }) => {
		const state = new TimelineState(realDataset());
		state.showRange(day('2020-01-01'), day('2021-07-01'));
		state.view.resize(width, height);
		expect(state.view.width).toBe(width);
		expectRange(state, day('2020-01-01'), day('2021-07-01'));
	});
});

describe('TimelineState.setDataset', () => {
	it('keeps the visible period and the selection while the selected event exists', () => {
		const state = new TimelineState(realDataset());
		state.select('doha-agreement', { reveal: false });
		state.showRange(day('2019-07-01'), day('2020-07-01'));
		state.setDataset(withoutEvents(['overthrow-2001', 'capitals-threatened']));
		expect(state.items.map((i) => i.id)).not.toContain('overthrow-2001');
		expect(state.selectedId).toBe('doha-agreement');
		expectRange(state, day('2019-07-01'), day('2020-07-01'));
	});

	it('clears a selection whose event is gone, and says so to listeners', () => {
		const state = new TimelineState(realDataset());
		const heard: [string | null, SelectionCause][] = [];
		state.onSelectionChange((id, cause) => heard.push([id, cause]));
		state.select('doha-agreement', { reveal: false });
		state.cue('ig-report');
		state.setDataset(withoutEvents(['doha-agreement', 'ig-report']));
		expect(state.selectedId).toBeNull();
		expect(state.cueId).toBeNull();
		expect(heard).toEqual([
			['doha-agreement', 'reader'],
			[null, 'data']
		]);
	});

	it('keeps showing everything when it showed everything', () => {
		const state = new TimelineState(realDataset());
		state.setDataset(withoutEvents(['overthrow-2001']));
		expect(state.view.k).toBeCloseTo(1, 6);
		expect(state.view.range).toEqual(state.view.domain);
	});

	it('derives the periods and the marks from the new events', () => {
		const state = new TimelineState(realDataset());
		const before = state.layout.marks.length;
		state.setDataset(withoutEvents(['doha-agreement']));
		const ids = state.layout.marks.flatMap((m) => (m.type === 'event' ? [m.item.id] : m.items().map((i) => i.id)));
		expect(ids).not.toContain('doha-agreement');
		expect(state.index.items).toHaveLength(realDataset().events.length - 1);
		expect(state.layout.marks.length).toBeLessThanOrEqual(before);
	});
});

describe('TimelineState selection', () => {
	it.each([
		{ steps: [1], id: 'overthrow-2001', status: 'Event 1 of 9: ' },
		{ steps: [-1], id: 'capitals-threatened', status: 'Event 9 of 9: ' },
		{ steps: [1, 1, 1, 1], id: 'doha-agreement', status: 'Event 4 of 9: ' }
	])('step($steps) selects $id and says where it is', ({ steps, id, status }) => {
		const state = new TimelineState(realDataset());
		for (const delta of steps) state.step(delta);
		expect(state.selectedId).toBe(id);
		expect(state.status.startsWith(status)).toBe(true);
	});

	it('select() of an unknown id changes nothing', () => {
		const state = new TimelineState(realDataset());
		state.select('doha-agreement');
		expect(state.select('no-such-event')).toBe(false);
		expect(state.selectedId).toBe('doha-agreement');
	});

	it('close() clears the selection and asks for focus on the event’s mark', () => {
		const state = new TimelineState(realDataset());
		state.select('ig-report');
		state.close();
		expect(state.selectedId).toBeNull();
		expect(state.focusId).toBe('ig-report');
		expect(state.status).toBe('Panel closed');
	});

	it('select() reveals the event as a mark of its own', () => {
		const state = new TimelineState(realDataset());
		state.select('ig-report', { animate: false });
		const mark = state.layout.marks.find((m) => m.type === 'event' && m.item.id === 'ig-report');
		expect(mark?.label).not.toBe('');
	});
});

describe('TimelineState articles', () => {
	it('reads beside the timeline the article of the selected event, the main one otherwise', () => {
		const dataset = realDataset();
		const second = { ...dataset.article, id: 'follow-up', title: 'A later article' };
		const state = new TimelineState({
			...dataset,
			articles: [dataset.article, second],
			events: dataset.events.map((e) => (e.id === 'ig-report' ? { ...e, article: 'follow-up' } : e))
		});
		expect(state.article.id).toBe(dataset.article.id);
		state.select('ig-report', { reveal: false });
		expect(state.article.title).toBe('A later article');
		expect(state.articleEvents.map((e) => e.id)).toEqual(['ig-report']);
		state.select('doha-agreement', { reveal: false });
		expect(state.article.id).toBe(dataset.article.id);
		expect(state.articleEvents.map((e) => e.id)).not.toContain('ig-report');
	});
});
