import { describe, expect, it } from 'vitest';
import { eraBands, eraPeriods, erasOf, eraSpans } from './eras';
import type { Era } from './types';

const DAY = 86_400_000;
const eras: Era[] = [
	{ id: 'ofs', title: 'Operation Freedom’s Sentinel', date: '2015-01-01/2021', start: '2015-01-01', end: '2021-12-31' },
	{ id: 'oef', title: 'Operation Enduring Freedom', date: '2001-10-07/2014-12-28', start: '2001-10-07', end: '2014-12-28' }
];
const spans = eraSpans(eras);

describe('eraSpans(eras)', () => {
	it('gives each era its days as UTC ms, end exclusive, in time order', () => {
		expect(spans.map((s) => [s.id, s.start, s.end])).toEqual([
			['oef', Date.UTC(2001, 9, 7), Date.UTC(2014, 11, 28) + DAY],
			['ofs', Date.UTC(2015, 0, 1), Date.UTC(2022, 0, 1)]
		]);
	});
});

describe('eraBands(spans, x, width)', () => {
	const from = Date.UTC(2014, 0, 1);
	const to = Date.UTC(2016, 0, 1);
	const x = (ms: number) => ((ms - from) / (to - from)) * 1000;
	it('clips each band to the plot and starts its label at the visible edge', () => {
		const bands = eraBands(spans, x, 1000);
		expect(bands.map((b) => [b.id, Math.round(b.x0), Math.round(b.x1), Math.round(b.labelX)])).toEqual([
			['oef', 0, 496, 4],
			['ofs', 500, 1000, 504]
		]);
	});
	it('leaves out eras outside the view', () => {
		const later = (ms: number) => x(ms) - 5000;
		expect(eraBands(spans, later, 1000)).toEqual([]);
	});
	it('gives a label the room up to the band’s edge when nothing is folded', () => {
		expect(eraBands(spans, x, 1000).map((b) => Math.round(b.labelEnd))).toEqual([496, 1000]);
	});
	it('puts a label where no fold cuts through it: in the first stretch that holds it, else the widest', () => {
		const width = () => 80;
		// 100 px before the fold hold the label: it stops at the fold.
		const [first] = eraBands(spans, x, 1000, { folds: [{ x0: 100, x1: 140 }], labelWidth: width });
		expect([first?.labelX, first?.labelEnd]).toEqual([4, 100]);
		// 30 px do not: the label goes after the fold.
		const [moved] = eraBands(spans, x, 1000, { folds: [{ x0: 30, x1: 70 }], labelWidth: width });
		expect([moved?.labelX, Math.round(moved?.labelEnd ?? 0)]).toEqual([74, 496]);
		// Folds elsewhere leave the second band's label alone.
		expect(eraBands(spans, x, 1000, { folds: [{ x0: 30, x1: 70 }], labelWidth: width })[1]).toMatchObject({ labelX: 504, labelEnd: 1000 });
		// No stretch holds it: the widest (50 px of 40, 50 and 36), where the most of it shows.
		const [narrow] = eraBands(spans, x, 1000, {
			folds: [
				{ x0: 40, x1: 80 },
				{ x0: 130, x1: 460 }
			],
			labelWidth: width
		});
		expect([narrow?.labelX, narrow?.labelEnd]).toEqual([84, 130]);
	});
});

describe('erasOf(spans, from, to)', () => {
	it('names the eras a period lies mostly in', () => {
		expect(erasOf(spans, Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)).map((s) => s.id)).toEqual(['ofs']);
		expect(erasOf(spans, Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1))).toEqual([]);
	});
});

describe('eraPeriods(spans, starts)', () => {
	it('offers each era as a shortcut around its span, with its events counted', () => {
		const periods = eraPeriods(spans, [Date.UTC(2001, 11, 1), Date.UTC(2015, 5, 1), Date.UTC(2021, 1, 1)]);
		expect(periods.map((p) => [p.id, p.label, p.count])).toEqual([
			['era-oef', 'Operation Enduring Freedom', 1],
			['era-ofs', 'Operation Freedom’s Sentinel', 2]
		]);
		expect(periods[0]!.from).toBeLessThan(spans[0]!.start);
		expect(periods[0]!.to).toBeGreaterThan(spans[0]!.end);
	});
});
