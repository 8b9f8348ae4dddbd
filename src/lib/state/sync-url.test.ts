import { describe, expect, it } from 'vitest';
import { DAY, dayToMs } from '$lib/time/day';
import { parseViewParams } from '$lib/timeline/view-params';
import { realDataset } from '$lib/timeline/real-dataset';
import { syncUrl, viewQuery } from './sync-url.svelte';
import { TimelineState } from './timeline-state.svelte';

/** A page opened at `/?search`: its state after the URL was read, and the URLs written. */
function open(search: string, initial?: boolean) {
	const state = new TimelineState(realDataset());
	const written: string[] = [];
	const location = { pathname: '/', search: search ? `?${search}` : '', hash: '' };
	const stop = syncUrl(state, {
		replace: (url) => written.push(url),
		location,
		initial: initial ? parseViewParams(new URLSearchParams(search)) : undefined
	});
	stop();
	return { state, written };
}

describe('syncUrl(state) on opening the page', () => {
	it.each([
		{ search: 'from=2020-01-01&to=2021-06-30', from: '2020-01-01', to: '2021-07-01' },
		{ search: 'from=2001-10-01&to=2001-12-31&other=1', from: '2001-10-01', to: '2002-01-01' }
	])('shows the period of "$search"', ({ search, from, to }) => {
		for (const initial of [false, true]) {
			const { state } = open(search, initial);
			const [a, b] = state.view.range;
			expect(Math.abs(a - dayToMs(from))).toBeLessThan(DAY / 24);
			expect(Math.abs(b - dayToMs(to))).toBeLessThan(DAY / 24);
		}
	});

	it('selects the event of the link and opens on its part of the story', () => {
		const { state } = open('event=doha-agreement');
		expect(state.selectedId).toBe('doha-agreement');
		const [a, b] = state.view.range;
		const [d0, d1] = state.view.domain;
		expect(a < dayToMs('2020-02-29') && b > dayToMs('2020-03-01')).toBe(true);
		expect(b - a).toBeLessThan((d1 - d0) / 4);
		expect(state.status).toMatch(/^Event 4 of 9: /);
	});

	it('keeps the period of the link when it also names an event', () => {
		const { state } = open('event=doha-agreement&from=2010-01-01&to=2021-12-31');
		expect(state.selectedId).toBe('doha-agreement');
		expect(Math.abs(state.view.range[0] - dayToMs('2010-01-01'))).toBeLessThan(DAY / 24);
	});

	it.each([
		{ search: 'event=no-such-event', notice: 'There is no event “no-such-event” in this timeline, so none is selected.' },
		{ search: 'event=Not%20an%20id', notice: 'The event in the link is not a valid event id, so none is selected.' },
		{ search: 'from=2021-02-30&to=nonsense', notice: '' }
	])('leaves a notice "$notice" for "$search", and selects nothing', ({ search, notice }) => {
		const { state, written } = open(search);
		expect(state.selectedId).toBeNull();
		expect(state.notice).toBe(notice);
		expect(state.view.k).toBe(1);
		expect(written).toEqual([]);
	});
});

describe('viewQuery(state)', () => {
	it.each([
		{ search: '', query: '' },
		{ search: 'event=doha-agreement&from=2019-07-01&to=2020-06-30', query: 'event=doha-agreement&from=2019-07-01&to=2020-06-30' },
		{ search: 'from=2020-01-01&to=2021-06-30', query: 'from=2020-01-01&to=2021-06-30' }
	])('gives "$query" for a page opened with "$search"', ({ search, query }) => {
		expect(viewQuery(open(search).state)).toBe(query);
	});
});
