import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { DAY, dayToMs, dayToMs as utc, TIME_RANGE } from '$lib/time/day';
import { paddedDomain, zoomLimits } from './viewport';

const domain: [number, number] = [utc('2000-01-01'), utc('2022-01-01')];
const width = 1000;
const base = scaleUtc().domain(domain).range([0, width]);
const limits = zoomLimits(domain, width);
const [, kMax] = limits.scaleExtent;

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

	it('never pads past the first or last year the app handles', () => {
		const first = dayToMs('-9999-01-01');
		const last = dayToMs('9999-12-31') + DAY;
		expect(paddedDomain([{ start: first, end: first + DAY }, { start: last - DAY, end: last }])).toEqual([TIME_RANGE.min, TIME_RANGE.max]);
		const [lo, hi] = paddedDomain([{ start: last - DAY, end: last }]);
		expect(hi).toBe(TIME_RANGE.max);
		expect(lo).toBeLessThan(last - DAY);
	});

	it('honours a custom margin and minimum span', () => {
		const items = [{ start: utc('2021-01-01'), end: utc('2021-01-11') }];
		expect(paddedDomain(items, { margin: 0.5, minSpan: DAY })).toEqual([utc('2020-12-27'), utc('2021-01-16')]);
	});
});

describe('zoomLimits', () => {
	it('zooms out to the whole domain and in to about one day across the width', () => {
		expect(limits.scaleExtent).toEqual([1, (domain[1] - domain[0]) / DAY]);
		const [from, to] = zoomIdentity.scale(kMax).rescaleX(base).domain().map(Number) as [number, number];
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
