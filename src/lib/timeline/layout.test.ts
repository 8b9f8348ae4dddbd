import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY } from '$lib/time/day';
import { createItemIndex } from './item-index';
import { clusterName, fitLabel, layoutMarks, markLabel } from './layout';
import { membersOf } from './marks';
import type { MarkKind, TimelineItem } from './types';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function item(id: string, start: string, end: string, kind: MarkKind = 'point'): TimelineItem {
	const title = `Event ${id} with a longish headline`;
	return {
		id,
		start: utc(start),
		end: utc(end) + DAY,
		kind,
		event: { id, title, summary: '', dateText: '', date: start, start, end, quotes: [], article: 'article' }
	};
}

function layout(items: TimelineItem[], from: string, to: string, width = 1000, maxLanes = 5) {
	const range: [number, number] = [utc(from), utc(to)];
	const x = scaleUtc().domain(range).range([0, width]);
	return layoutMarks(createItemIndex(items), { x: (ms) => x(ms), range, width, maxLanes });
}

describe('layoutMarks(index, options)', () => {
	const sameDay = [item('a', '2021-05-18', '2021-05-18'), item('b', '2021-05-18', '2021-05-18'), item('c', '2021-05-19', '2021-05-19')];

	it('gives events on the same day a lane each instead of merging them when there is room', () => {
		const { marks } = layout(sameDay, '2021-05-01', '2021-06-01');
		expect(marks.map((m) => m.type)).toEqual(['event', 'event', 'event']);
		expect(new Set(marks.map((m) => m.lane)).size).toBe(3);
	});

	it('merges crowded events into a cluster when they do not fit in the lanes', () => {
		const { marks } = layout(sameDay, '2021-05-01', '2021-06-01', 1000, 1);
		expect(marks).toHaveLength(1);
		expect(marks[0]?.type).toBe('cluster');
		// The dot shows the count; the label says when.
		expect(marks[0]?.label).toBe('18 May to 19 May 2021');
	});

	it('draws many overflowing bands as one cluster per overlapping run, so every event is still reached once', () => {
		// 300 year-long bands around the view (too long to cluster) and two days of points.
		const bands = Array.from({ length: 300 }, (_, i) => item(`band${i}`, '2021-01-01', '2021-12-31', 'band'));
		const points = Array.from({ length: 20 }, (_, i) => item(`p${i}`, `2021-05-${String(10 + (i % 2)).padStart(2, '0')}`, `2021-05-${String(10 + (i % 2)).padStart(2, '0')}`));
		const { marks, laneCount } = layout([...bands, ...points], '2021-05-01', '2021-06-01', 1000, 5);
		// Five lanes of labelled marks and one mark for the run of bands they had no room for.
		expect(marks.length).toBeLessThanOrEqual(5 * 12 + 1);
		expect(laneCount).toBe(5);
		const ids = marks.flatMap((m) => (m.type === 'event' ? [m.item.id] : m.items().map((i) => i.id)));
		expect(ids.sort()).toEqual([...bands, ...points].map((i) => i.id).sort());
		const run = marks.find((m) => m.type === 'cluster' && m.count > 100);
		expect(run?.lane).toBe(4);
		// Its dot is in view even though its events' anchors are not.
		expect(run?.x).toBeGreaterThanOrEqual(0);
		expect(run?.x).toBeLessThanOrEqual(1000);
	});

	it('draws only the events in the visible period', () => {
		const items = [item('old', '2001-10-01', '2001-10-01'), ...sameDay];
		const { marks } = layout(items, '2021-05-01', '2021-06-01');
		expect(marks.some((m) => m.type === 'event' && m.item.id === 'old')).toBe(false);
	});

	it('never lets two labels in one lane overlap, nor a label leave the plot (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom<MarkKind>('point', 'bar', 'band')), { minLength: 1, maxLength: 60 }),
				fc.integer({ min: 320, max: 1400 }),
				(specs, width) => {
					const t0 = utc('2010-01-01');
					const items = specs
						.map(([d, len, kind], i) => {
							const start = new Date(t0 + d * DAY).toISOString().slice(0, 10);
							const end = new Date(t0 + (d + (kind === 'point' ? 0 : len)) * DAY).toISOString().slice(0, 10);
							return item(`e${i}`, start, end, kind);
						})
						.sort((a, b) => a.start - b.start);
					const { marks } = layout(items, '2009-06-01', '2021-06-01', width, 5);
					const labelled = marks.filter((m) => m.label);
					for (const m of labelled) {
						expect(m.labelX).toBeGreaterThanOrEqual(0);
						expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(width + 0.5);
					}
					for (const a of labelled) {
						for (const b of labelled) {
							if (a === b || a.lane !== b.lane) continue;
							const apart = a.labelX + a.labelWidth <= b.labelX || b.labelX + b.labelWidth <= a.labelX;
							expect(apart).toBe(true);
						}
					}
				}
			),
			{ numRuns: 150 }
		);
	});
});

describe('fitLabel(text, maxWidth)', () => {
	it('keeps a label that fits', () => {
		expect(fitLabel('Doha deal', 300).label).toBe('Doha deal');
	});

	it('shortens a long label at a word boundary with an ellipsis', () => {
		const { label, labelWidth } = fitLabel('Operation Enduring Freedom ends; Operation Freedom’s Sentinel begins', 300);
		expect(label).toBe('Operation Enduring Freedom ends…');
		expect(labelWidth).toBeLessThanOrEqual(300);
	});

	/** The plain way: drop a word at a time, then a character at a time, until it fits. */
	function naiveFit(text: string, maxWidth: number): string {
		const width = (t: string) => Math.ceil((t.length * 7.2 + 12) * (13 / 12));
		if (width(text) <= maxWidth) return text;
		const words = text.split(' ');
		while (words.length > 1) {
			words.pop();
			const label = `${words.join(' ').replace(/[,;:–—-]$/, '')}…`;
			if (width(label) <= maxWidth) return label;
		}
		let chars = text.length;
		let label: string;
		do {
			chars -= 1;
			label = `${text.slice(0, chars)}…`;
		} while (chars > 1 && width(label) > maxWidth);
		return label;
	}

	it('gives what dropping a word, then a character, at a time would give (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '—', 'Z'), maxLength: 60 }), fc.integer({ min: 0, max: 500 }), (text, maxWidth) => {
				expect(fitLabel(text, maxWidth).label).toBe(naiveFit(text, maxWidth));
			}),
			{ seed: 42, numRuns: 3000 }
		);
	});

	it('fits a title of a million characters, with words or without', () => {
		for (const title of ['word '.repeat(200_000), 'x'.repeat(1_000_000)]) {
			const { label, labelWidth } = fitLabel(title, 300);
			expect(labelWidth).toBeLessThanOrEqual(300);
			expect(label.endsWith('…')).toBe(true);
			expect(label.length).toBeGreaterThan(25);
		}
	});

	it('cuts a single long word when nothing else fits', () => {
		const { label, labelWidth } = fitLabel('Supercalifragilisticexpialidocious', 100);
		expect(label.endsWith('…')).toBe(true);
		expect(labelWidth).toBeLessThanOrEqual(100);
	});
});

describe('clusterName(mark)', () => {
	const cluster = (n: number) => {
		const items = Array.from({ length: n }, (_, i) => item(`e${i}`, '2001-10-07', '2001-10-07'));
		items[n - 1] = item(`e${n - 1}`, '2001-12-07', '2001-12-07');
		return { type: 'cluster' as const, key: 'c', ...membersOf(items), start: items[0]!.start, end: items[n - 1]!.end, x: 0, x0: 0, x1: 10 };
	};

	it('starts with what the cluster shows, its count and its period, then says it in full', () => {
		const mark = cluster(3);
		const name = clusterName(mark);
		expect(name.startsWith(`3 ${markLabel(mark)}: 3 events, starting with Event e0`)).toBe(true);
		expect(name.endsWith('Press Enter to show them')).toBe(true);
	});

	it('carries the abbreviated count the dot shows and the exact one', () => {
		expect(clusterName(cluster(10_234))).toMatch(/^10k .+: 10,234 events, /);
	});
});
