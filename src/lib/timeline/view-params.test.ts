import { describe, expect, it } from 'vitest';
import { DAY, dayToMs as utc } from '$lib/time/day';
import { parseViewParams, writeViewParams } from './view-params';

describe('parseViewParams', () => {
	it.each([
		{ query: 'from=2021-05-01&to=2021-05-31', expected: { from: utc('2021-05-01'), to: utc('2021-06-01') } },
		{ query: 'from=2021-05-18&to=2021-05-18', expected: { from: utc('2021-05-18'), to: utc('2021-05-19') } },
		{ query: 'from=2020-02-29&to=2024-02-29', expected: { from: utc('2020-02-29'), to: utc('2024-03-01') } },
		{ query: 'from=1000-01-01&to=9999-12-31', expected: { from: utc('1000-01-01'), to: utc('9999-12-31') + DAY } },
		{ query: 'from=0001-01-01&to=0099-12-31', expected: { from: utc('0001-01-01'), to: utc('0099-12-31') + DAY } },
		{ query: 'event=hearing', expected: { event: 'hearing' } },
		{ query: 'event=ig-report-2021&from=2001-10-01&to=2001-12-31', expected: { event: 'ig-report-2021', from: utc('2001-10-01'), to: utc('2002-01-01') } },
		{ query: 'from=2021-02-30&to=2021-03-31', expected: {} },
		{ query: 'from=2021-02-29&to=2021-03-31', expected: {} },
		{ query: 'from=2021-13-01&to=2021-12-31', expected: {} },
		{ query: 'from=2021-05-19&to=2021-05-18', expected: {} },
		{ query: 'from=2021-01-01&to=10000-01-01', expected: {} },
		{ query: 'from=2021-05-01', expected: {} },
		{ query: 'to=2021-05-01', expected: {} },
		{ query: 'from=2021-5-1&to=2021-06-01', expected: {} },
		{ query: 'from=2021-05-01T00:00&to=2021-06-01', expected: {} },
		{ query: 'from=&to=', expected: {} },
		{ query: 'event=Hearing', expected: {} },
		{ query: 'event=ig--report', expected: {} },
		{ query: 'event=-hearing', expected: {} },
		{ query: 'event=hearing%2F..', expected: {} },
		{ query: `event=${'a'.repeat(201)}`, expected: {} },
		{ query: 'event=', expected: {} },
		{ query: '', expected: {} }
	])('reads "$query" as $expected', ({ query, expected }) => {
		expect(parseViewParams(new URLSearchParams(query))).toEqual(expected);
	});
});

describe('writeViewParams', () => {
	it.each([
		{
			name: 'writes the first and last day shown',
			query: '',
			view: { from: utc('2021-05-01'), to: utc('2021-06-01') },
			expected: 'from=2021-05-01&to=2021-05-31'
		},
		{
			name: 'writes the days that contain a view that is not day-aligned',
			query: '',
			view: { from: utc('2021-05-01') + 5 * 3600_000, to: utc('2021-05-03') + 1 },
			expected: 'from=2021-05-01&to=2021-05-03'
		},
		{ name: 'sets the event', query: 'embed=1', view: { event: 'hearing' }, expected: 'embed=1&event=hearing' },
		{ name: 'deletes the event for null', query: 'event=hearing&embed=1', view: { event: null }, expected: 'embed=1' },
		{ name: 'deletes an event that is not a slug', query: 'event=hearing', view: { event: 'Not a slug' }, expected: '' },
		{
			name: 'replaces the dates and keeps other parameters',
			query: 'embed=1&from=2000-01-01&to=2000-01-02',
			view: { from: utc('2014-12-28'), to: utc('2015-01-05') },
			expected: 'embed=1&from=2014-12-28&to=2015-01-04'
		},
		{
			name: 'deletes the dates for an empty range',
			query: 'from=2000-01-01&to=2000-01-02',
			view: { from: utc('2021-05-01'), to: utc('2021-05-01') },
			expected: ''
		},
		{
			name: 'leaves the dates alone when the view does not mention them',
			query: 'from=2000-01-01&to=2000-01-02',
			view: { event: 'doha' },
			expected: 'from=2000-01-01&to=2000-01-02&event=doha'
		}
	])('$name', ({ query, view, expected }) => {
		const params = new URLSearchParams(query);
		expect(writeViewParams(params, view).toString()).toBe(expected);
		expect(params.toString()).toBe(query);
	});

	it('round-trips a day-aligned view through the URL', () => {
		const view = { from: utc('2001-10-01'), to: utc('2002-01-01'), event: 'late-2001' };
		expect(parseViewParams(writeViewParams(new URLSearchParams(), view))).toEqual(view);
	});
});
