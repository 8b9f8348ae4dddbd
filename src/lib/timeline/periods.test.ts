import { describe, expect, it } from 'vitest';
import { DAY } from '$lib/time/day';
import { naturalPeriods } from './periods';
import { realItems } from './real-dataset';
import type { MarkKind, TimelineItem } from './types';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function item(id: string, kind: MarkKind, from: string, to: string): TimelineItem {
	const event = { id, title: id, summary: '', dateText: '', date: '', start: '', end: '', quotes: [], article: 'article' };
	return { id, event, kind, start: utc(from), end: utc(to) };
}
const day = (id: string, iso: string) => item(id, 'point', iso, new Date(utc(iso) + DAY).toISOString().slice(0, 10));

/** The article's events, as the page draws them. */
const article = realItems();

describe('naturalPeriods', () => {
	it("finds the article's three periods, leaving out the twenty-year band", () => {
		const periods = naturalPeriods(article);
		expect(periods.map(({ id, label, count }) => ({ id, label, count }))).toEqual([
			{ id: '2001', label: '2001', count: 1 },
			{ id: '2015', label: '2015', count: 1 },
			{ id: '2020-2021', label: '2020–2021', count: 6 }
		]);
	});

	it.each([
		{ id: '2001', first: '2001-10-01', last: '2002-01-01' },
		{ id: '2015', first: '2015-01-01', last: '2016-01-01' },
		{ id: '2020-2021', first: '2020-02-29', last: '2022-01-01' }
	])('pads period $id so its events are not on the edge', ({ id, first, last }) => {
		const period = naturalPeriods(article).find((p) => p.id === id);
		expect(period?.from).toBeLessThan(utc(first));
		expect(period?.to).toBeGreaterThan(utc(last));
		expect(utc(first) - (period?.from ?? 0)).toBeLessThan((utc(last) - utc(first)) * 0.2 + 4 * DAY);
	});

	it('does not depend on the order of the items', () => {
		expect(naturalPeriods(article.slice().reverse())).toEqual(naturalPeriods(article));
	});

	it.each([
		{
			name: 'one cluster of events a day apart',
			items: ['2021-05-01', '2021-05-02', '2021-05-03', '2021-05-04', '2021-05-06'].map((d, i) => day(`e${i}`, d)),
			labels: ['2021']
		},
		{
			name: 'events spread evenly over a year',
			items: Array.from({ length: 12 }, (_, m) => day(`m${m}`, `2019-${String(m + 1).padStart(2, '0')}-15`)),
			labels: ['2019']
		},
		{ name: 'a single event', items: [day('doha', '2020-02-29')], labels: ['2020'] },
		{
			name: 'two clusters in one year, told apart by month',
			items: [day('a', '2021-01-05'), day('b', '2021-01-06'), day('c', '2021-01-08'), day('d', '2021-11-20'), day('e', '2021-11-21')],
			labels: ['January 2021', 'November 2021']
		},
		{
			name: 'a cluster across the new year',
			items: [day('a', '2014-12-28'), day('b', '2015-01-02'), day('c', '2018-06-01'), day('d', '2018-06-02')],
			labels: ['2014–2015', '2018']
		}
	])('gives $labels for $name', ({ items, labels }) => {
		expect(naturalPeriods(items).map((p) => p.label)).toEqual(labels);
	});

	it('keeps at most maxPeriods, splitting at the largest gaps', () => {
		const items = ['2000-01-01', '2004-01-01', '2010-01-01', '2011-01-01', '2020-01-01'].map((d, i) => day(`e${i}`, d));
		expect(naturalPeriods(items, { maxPeriods: 2 }).map((p) => [p.label, p.count])).toEqual([
			['2000–2011', 4],
			['2020', 1]
		]);
	});

	it('gives no periods for no events', () => {
		expect(naturalPeriods([])).toEqual([]);
	});
});
