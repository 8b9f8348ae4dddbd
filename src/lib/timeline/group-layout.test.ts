import { describe, expect, it } from 'vitest';
import { layoutRows, lanesPerRow, rowSources } from './group-layout';
import { toTimelineItems } from './items';
import type { EventRecord } from './types';

const event = (id: string, start: string, group?: string): EventRecord =>
	({ id, title: `Event ${id}`, dateText: 'then', date: start, start, end: start, quotes: [], article: 'article', ...(group && { group }) }) as EventRecord;

const groups = [
	{ id: 'council', title: 'Council' },
	{ id: 'works', title: 'Works' }
];
const items = toTimelineItems([
	event('a', '2020-01-01', 'works'),
	event('b', '2020-01-02', 'works'),
	event('c', '2020-01-03', 'works'),
	event('d', '2020-01-10', 'council'),
	event('e', '2020-01-11')
]);
const from = Date.UTC(2019, 11, 25);
const to = Date.UTC(2020, 0, 20);
const width = 800;
const x = (ms: number) => ((ms - from) / (to - from)) * width;
const options = { x, range: [from, to] as const, width, lanesPerRow: 3, laneHeight: 26, labelRoom: 18, top: 10 };

describe('rowSources(items, groups)', () => {
	it('gives one row per group in display order, then Other for events with none', () => {
		expect(rowSources(items, groups).map((r) => [r.id, r.title, r.count])).toEqual([
			['council', 'Council', 1],
			['works', 'Works', 3],
			['other', 'Other', 1]
		]);
	});
	it('leaves out a group without events', () => {
		const rows = rowSources(items.filter((i) => i.event.group !== 'council'), groups);
		expect(rows.map((r) => r.id)).toEqual(['works', 'other']);
	});
	it('keeps a row whose events a filter hides, when asked to keep the rows of all events', () => {
		const rows = rowSources(items.filter((i) => i.event.group !== 'council'), groups, { present: items });
		expect(rows.map((r) => [r.id, r.count])).toEqual([
			['council', 0],
			['works', 3],
			['other', 1]
		]);
	});
	it('gives one unlabelled row without groups, or when all in one row is asked', () => {
		expect(rowSources(items, []).map((r) => [r.id, r.count])).toEqual([['', 5]]);
		expect(rowSources(items, groups, { oneRow: true }).map((r) => [r.id, r.count])).toEqual([['', 5]]);
	});
});

describe('layoutRows(rows, options)', () => {
	const { rows, marks, bottom } = layoutRows(rowSources(items, groups), options);

	it('stacks the rows from the top, each with its label room and all its lanes', () => {
		expect(rows.map((r) => [r.id, r.top, r.baseline])).toEqual([
			['council', 10, 10 + 18 + 3 * 26 + 4],
			['works', 116, 116 + 18 + 3 * 26 + 4],
			['other', 222, 222 + 18 + 3 * 26 + 4]
		]);
		expect(bottom).toBe(222 + 18 + 3 * 26 + 4 + 6);
	});

	it('lays out each row on its own: only its events, in its own lanes', () => {
		const works = rows.find((r) => r.id === 'works')!;
		expect(works.marks.map((m) => (m.type === 'event' ? m.item.id : m.key)).sort()).toEqual(['a', 'b', 'c']);
		// Three events a day apart with long labels cannot share a lane: they take three.
		expect(new Set(works.marks.map((m) => m.lane))).toEqual(new Set([0, 1, 2]));
		expect(rows.find((r) => r.id === 'council')!.marks.map((m) => m.lane)).toEqual([0]);
	});

	it('clusters within a row when its lanes are full, never across rows', () => {
		const tight = layoutRows(rowSources(items, groups), { ...options, lanesPerRow: 1 });
		const works = tight.rows.find((r) => r.id === 'works')!;
		expect(works.marks.some((m) => m.type === 'cluster')).toBe(true);
		for (const m of works.marks) if (m.type === 'cluster') expect(m.items().every((i) => i.event.group === 'works')).toBe(true);
		expect(tight.rows.find((r) => r.id === 'council')!.marks[0]?.type).toBe('event');
	});

	it('returns every mark of every row, in row order', () => {
		expect(marks.length).toBe(rows.reduce((n, r) => n + r.marks.length, 0));
		expect(marks[0]?.type === 'event' && marks[0].item.id).toBe('d');
	});

	it('keeps one row without a label room', () => {
		const single = layoutRows(rowSources(items, []), { ...options, lanesPerRow: 6 });
		expect(single.rows[0]?.baseline).toBe(10 + 6 * 26 + 4);
	});
});

describe('lanesPerRow(rowCount, maxLanes)', () => {
	it.each([
		[1, 6, 6],
		[2, 6, 3],
		[2, 5, 2],
		[3, 6, 2],
		[4, 5, 2]
	])('%i rows of %i lanes: %i each', (rows, max, expected) => {
		expect(lanesPerRow(rows, max)).toBe(expected);
	});
});
