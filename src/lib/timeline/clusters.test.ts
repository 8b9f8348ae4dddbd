import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY } from '$lib/time/day';
import { zoomIdentity } from 'd3-zoom';
import { clusterRange, clusterVisible } from './clusters';
import { findFolds, openRate, scaleFolded } from './folded-scale';
import { createItemIndex, visibleItems } from './item-index';
import type { Mark } from './marks';
import { realItems } from './real-dataset';
import type { MarkKind, TimelineItem } from './types';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function item(id: string, kind: MarkKind, start: number, end: number): TimelineItem {
	const event = { id, title: id, summary: '', dateText: '', date: '', start: '', end: '', quotes: [], article: 'article' };
	return { id, event, kind, start, end };
}
const day = (id: string, iso: string) => item(id, 'point', utc(iso), utc(iso) + DAY);
const span = (id: string, kind: MarkKind, from: string, to: string) => item(id, kind, utc(from), utc(to));

/** The article's events, as the page draws them. */
const article = realItems();

/** Marks as [key, member ids]. */
const summary = (marks: Mark[]): [string, string[]][] =>
	marks.map((m) => [m.key, m.type === 'event' ? [m.item.id] : m.items().map((i) => i.id)]);
const containing = (marks: Mark[], id: string) => summary(marks).find(([, ids]) => ids.includes(id))?.[1];

function view(from: string, to: string, width = 1280) {
	const scale = scaleUtc().domain([utc(from), utc(to)]).range([0, width]);
	return { from: utc(from), to: utc(to), x: (ms: number) => scale(ms), width };
}

/** Marks with each cluster's events listed, so two sets of marks compare by what they hold. */
const listed = (marks: Mark[]) => marks.map((m) => (m.type === 'cluster' ? { ...m, items: m.items() } : m));

describe('clusterVisible', () => {
	it.each([
		{
			zoom: 'the whole story',
			from: '2001-01-01',
			to: '2022-06-01',
			minGap: 24,
			together: ['capitals-surrounded', 'withdrawal-order', 'ig-report', 'khalilzad-hearing', 'capitals-threatened']
		},
		{ zoom: 'the year 2021', from: '2021-01-01', to: '2022-01-01', minGap: 24, together: ['ig-report', 'khalilzad-hearing', 'capitals-threatened'] },
		// The report's thirteen days are too wide a band in May to cluster.
		{ zoom: 'May 2021', from: '2021-05-01', to: '2021-06-01', minGap: 24, together: ['khalilzad-hearing'] },
		{ zoom: 'May 2021 with no merging', from: '2021-05-01', to: '2021-06-01', minGap: -1, together: ['khalilzad-hearing'] }
	])('groups the hearing with $together when showing $zoom', ({ from, to, minGap, together }) => {
		const v = view(from, to);
		const marks = clusterVisible(visibleItems(createItemIndex(article), v.from, v.to), v.x, { minGap, width: v.width });
		expect(containing(marks, 'khalilzad-hearing')?.slice().sort()).toEqual(together.slice().sort());
	});

	it('never clusters a band wider than a third of the plot', () => {
		const v = view('2001-01-01', '2022-06-01');
		const marks = clusterVisible(article, v.x, { minGap: 1000, width: v.width });
		expect(containing(marks, 'insurgency')).toEqual(['insurgency']);
		expect(marks.find((m) => m.key === 'e:insurgency')?.type).toBe('event');
		expect(marks).toHaveLength(2);
	});

	it('describes a cluster by its members, in anchor order and then input order', () => {
		const v = view('2021-05-01', '2021-06-01');
		const marks = clusterVisible([day('ig-report', '2021-05-18'), day('hearing', '2021-05-18')], v.x, { minGap: 24 });
		expect(marks.map((m) => (m.type === 'cluster' ? m.items().map((i) => i.id) : []))).toEqual([['ig-report', 'hearing']]);
		expect(marks).toEqual([
			{
				type: 'cluster',
				key: 'c:ig-report…hearing',
				first: expect.objectContaining({ id: 'ig-report' }),
				last: expect.objectContaining({ id: 'hearing' }),
				count: 2,
				items: expect.any(Function),
				x: v.x(utc('2021-05-18')),
				x0: v.x(utc('2021-05-18')),
				x1: v.x(utc('2021-05-18')),
				start: utc('2021-05-18'),
				end: utc('2021-05-19')
			}
		]);
	});

	it('places an event at its start, a bar at its middle', () => {
		const v = view('2021-01-01', '2021-04-01');
		const [point, bar] = clusterVisible([day('a', '2021-01-10'), span('b', 'bar', '2021-02-01', '2021-03-01')], v.x, { minGap: 8 });
		expect(point).toMatchObject({ key: 'e:a', x: v.x(utc('2021-01-10')), x0: v.x(utc('2021-01-10')) });
		expect(bar).toMatchObject({ key: 'e:b', x: v.x(utc('2021-02-15')), x0: v.x(utc('2021-02-01')), x1: v.x(utc('2021-03-01')) });
	});

	it('keeps a cluster key while the view pans and its members stay together', () => {
		const keys = ['2021-01-01', '2021-01-08', '2021-01-15'].map((from) => {
			const v = view(from, '2021-12-31');
			return clusterVisible(article, v.x, { minGap: 24 }).map((m) => m.key);
		});
		expect(keys[0]).toContain('c:khalilzad-hearing…capitals-threatened');
		expect(keys[1]).toEqual(keys[0]);
		expect(keys[2]).toEqual(keys[0]);
	});

	it('returns nothing for nothing', () => {
		expect(clusterVisible([], (ms) => ms, { minGap: 10 })).toEqual([]);
	});
});

/** Random datasets: mostly points, some month bars, some bands of any length, over 30 years. */
const t0 = utc('2000-01-01');
const arbItem = fc
	.record({
		kind: fc.constantFrom<MarkKind>('point', 'point', 'point', 'bar', 'band'),
		day: fc.integer({ min: 0, max: 30 * 365 }),
		days: fc.integer({ min: 1, max: 8 * 365 })
	})
	.map(({ kind, day: d, days }) => ({ kind, start: t0 + d * DAY, days: kind === 'point' ? 1 : kind === 'bar' ? 28 + (days % 4) : days }));
const arbItems = fc
	.array(arbItem, { maxLength: 120 })
	.map((list) => list.map((it, i) => item(`e${i}`, it.kind, it.start, it.start + it.days * DAY)));
const arbView = fc.record({
	from: fc.integer({ min: -2 * 365, max: 32 * 365 }).map((d) => t0 + d * DAY),
	days: fc.double({ min: 1, max: 35 * 365, noNaN: true }),
	width: fc.integer({ min: 320, max: 1600 }),
	minGap: fc.constantFrom(-1, 0, 8, 24, 120)
});

describe('visibleItems', () => {
	it('finds what a brute-force filter finds, in start order (property)', () => {
		fc.assert(
			fc.property(arbItems, arbView, (items, { from, days }) => {
				const to = from + days * DAY;
				const expected = items
					.filter((i) => i.start < to && i.end > from)
					.sort((a, b) => a.start - b.start)
					.map((i) => i.start);
				expect(visibleItems(createItemIndex(items), from, to).map((i) => i.start)).toEqual(expected);
				expect(new Set(visibleItems(createItemIndex(items), from, to))).toEqual(new Set(items.filter((i) => i.start < to && i.end > from)));
			}),
			{ numRuns: 300 }
		);
	});

	it.each([
		{ name: 'a band that started years before the view', from: '2021-05-18', to: '2021-05-19', ids: ['insurgency', 'withdrawal-order', 'ig-report', 'khalilzad-hearing', 'capitals-threatened'] },
		{ name: 'nothing when the view is empty', from: '2021-05-19', to: '2021-05-19', ids: [] },
		{ name: 'nothing after the last event', from: '2023-01-01', to: '2024-01-01', ids: [] }
	])('finds $name', ({ from, to, ids }) => {
		const found = visibleItems(createItemIndex(article), utc(from), utc(to)).map((i) => i.id);
		expect(found.sort()).toEqual(ids.slice().sort());
	});
});

describe('clusterRange', () => {
	it('gives the same marks as clustering the visible items (property)', () => {
		fc.assert(
			fc.property(arbItems, arbView, (items, { from, days, width, minGap }) => {
				const to = from + days * DAY;
				const scale = scaleUtc().domain([from, to]).range([0, width]);
				const x = (ms: number) => scale(ms);
				const index = createItemIndex(items);
				const expected = clusterVisible(visibleItems(index, from, to), x, { minGap, width });
				expect(listed(clusterRange(index, from, to, x, { minGap, width }))).toEqual(listed(expected));
			}),
			{ numRuns: 500 }
		);
	});

	it('puts every visible item in exactly one mark and leaves long ones alone (property)', () => {
		fc.assert(
			fc.property(arbItems, arbView, (items, { from, days, width, minGap }) => {
				const to = from + days * DAY;
				const scale = scaleUtc().domain([from, to]).range([0, width]);
				const marks = clusterRange(createItemIndex(items), from, to, (ms) => scale(ms), { minGap, width });
				const ids = marks.flatMap((m) => (m.type === 'event' ? [m.item.id] : m.items().map((i) => i.id)));
				const visible = items.filter((i) => i.start < to && i.end > from);
				expect(ids.slice().sort()).toEqual(visible.map((i) => i.id).sort());
				for (const m of marks) {
					if (m.type === 'cluster') {
						expect(m.count).toBeGreaterThan(1);
						for (const i of m.items()) expect(i.kind === 'point' || scale(i.end) - scale(i.start) <= width / 3).toBe(true);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});

	it.each([
		{ name: 'merges anchors exactly minGap apart', minGap: 100, marks: 1 },
		{ name: 'keeps apart anchors just over minGap apart', minGap: 99.999, marks: 2 }
	])('$name, as clusterVisible does', ({ minGap, marks }) => {
		const items = [day('a', '2021-05-02'), day('b', '2021-05-03')];
		const x = (ms: number) => ((ms - utc('2021-05-01')) / DAY) * 100;
		const from = utc('2021-05-01');
		const to = utc('2021-05-11');
		expect(x(utc('2021-05-03')) - x(utc('2021-05-02'))).toBe(100);
		expect(clusterRange(createItemIndex(items), from, to, x, { minGap, width: 1000 })).toHaveLength(marks);
		expect(clusterVisible(items, x, { minGap, width: 1000 })).toHaveLength(marks);
	});

	it('merges the May events when zoomed out and splits them in May 2021', () => {
		const index = createItemIndex(article);
		const out = view('2001-01-01', '2022-06-01');
		const may = view('2021-05-01', '2021-06-01');
		const wide = clusterRange(index, out.from, out.to, out.x, { minGap: 24, width: out.width });
		const close = clusterRange(index, may.from, may.to, may.x, { minGap: 24, width: may.width });
		expect(containing(wide, 'capitals-threatened')).toContain('khalilzad-hearing');
		expect(containing(close, 'capitals-threatened')).toEqual(['capitals-threatened']);
	});
});

describe('clusterRange on a folded scale', () => {
	const items = article;
	const index = createItemIndex(items);
	const extent: [number, number] = [utc('2000-06-01'), utc('2022-01-01')];
	const folds = findFolds(extent, items.flatMap((i) => [i.start, i.end]), { length: 1000, foldLength: 44 });
	it.each([-1, 8, 24, 56, 120])('gives the marks clusterVisible gives, minGap %d', (minGap) => {
		for (const k of [1, 3, 20]) {
			const x = zoomIdentity.scale(k).rescaleX(scaleFolded({ extent, length: 1000, folds, foldLength: 44 }));
			const [from, to] = x.domain().map(Number) as [number, number];
			const expected = clusterVisible(visibleItems(index, from, to), (ms) => x(ms), { minGap, width: 1000 });
			expect(summary(clusterRange(index, from, to, (ms) => x(ms), { minGap, width: 1000, pxPerMs: openRate(x) }))).toEqual(summary(expected));
		}
	});
});
