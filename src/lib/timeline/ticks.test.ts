import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, dayToMs, TIME_RANGE } from '$lib/time/day';
import { scaleFolded } from './folded-scale';
import { axisTicks, clearFoldYears, chooseTickLevel, estimateLabelWidth, type AxisTick } from './ticks';

const YEAR = 365.25 * DAY;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const view = (from: number, to: number, width: number) => scaleUtc().domain([from, to]).range([0, width]);

/** Each labelled tick starts after the previous labelled tick's estimated end. */
function overlaps(ticks: AxisTick[]): string[] {
	const found: string[] = [];
	let prev: AxisTick | undefined;
	for (const tick of ticks.filter((t) => t.label)) {
		if (prev && tick.x < prev.x + estimateLabelWidth(prev.label)) found.push(`${prev.label} / ${tick.label}`);
		prev = tick;
	}
	return found;
}

describe('estimateLabelWidth', () => {
	it.each([
		{ label: '', width: 12 },
		{ label: '2015', width: 40.8 },
		{ label: 'May 2021', width: 69.6 }
	])('estimates "$label" as $width px', ({ label, width }) => {
		expect(estimateLabelWidth(label)).toBeCloseTo(width, 9);
	});
});

describe('chooseTickLevel', () => {
	it.each([
		{ span: '400 years', ms: 400 * YEAR, narrow: 'fifty-years', wide: 'twenty-years' },
		{ span: '25 years', ms: 25 * YEAR, narrow: 'five-years', wide: 'year' },
		{ span: '6 years', ms: 6 * YEAR, narrow: 'year', wide: 'quarter' },
		{ span: '2 years', ms: 2 * YEAR, narrow: 'quarter', wide: 'month' },
		{ span: '1 year', ms: YEAR, narrow: 'quarter', wide: 'month' },
		{ span: '2 months', ms: 61 * DAY, narrow: 'week', wide: 'week' },
		{ span: '1 month', ms: 31 * DAY, narrow: 'week', wide: 'day' },
		{ span: '10 days', ms: 10 * DAY, narrow: 'day', wide: 'day' },
		{ span: '1 day', ms: DAY, narrow: 'day', wide: 'day' }
	])('shows $span as $narrow at 375 px and $wide at 1280 px', ({ ms, narrow, wide }) => {
		expect(chooseTickLevel(ms, 375)).toBe(narrow);
		expect(chooseTickLevel(ms, 1280)).toBe(wide);
	});
});

describe('axisTicks', () => {
	it('counts years before the common era as a reader does, with unique keys', () => {
		const ticks = axisTicks(view(dayToMs('-0060-01-01'), dayToMs('0031-01-01'), 640), 640);
		expect(ticks.level).toBe('decade');
		expect(ticks.minor.map((t) => t.label)).toEqual(['60 BCE', '50 BCE', '40 BCE', '30 BCE', '20 BCE', '10 BCE', '10', '20', '30']);
		expect(new Set(ticks.minor.map((t) => t.key)).size).toBe(ticks.minor.length);
	});

	it('names the day of a date before the common era, and never pads a year', () => {
		const ticks = axisTicks(view(dayToMs('-0043-03-10'), dayToMs('-0043-03-20'), 1280), 1280);
		expect(ticks.minor.map((t) => t.label)).toContain('15');
		expect(ticks.major[0]?.label).toBe('March 44 BCE');
		const early = axisTicks(view(dayToMs('0080-01-01'), dayToMs('0090-01-01'), 1280), 1280);
		expect(early.minor.map((t) => t.label)).toContain('82');
	});

	it('spans the whole range of years the app handles', () => {
		const ticks = axisTicks(view(TIME_RANGE.min, TIME_RANGE.max, 1280), 1280);
		expect(ticks.minor.length).toBeGreaterThan(3);
		expect(ticks.minor.every((t) => /^\d+( BCE)?$/.test(t.label) || t.label === '')).toBe(true);
		expect(overlaps(ticks.minor)).toEqual([]);
	});

	it('labels months above the years in the one-year view', () => {
		const ticks = axisTicks(view(utc('2020-06-01'), utc('2021-06-01'), 1280), 1280);
		expect(ticks.level).toBe('month');
		expect(ticks.minor.map((t) => t.label)).toEqual(
			'Jun Jul Aug Sept Oct Nov Dec Jan Feb Mar Apr May Jun'.split(' ')
		);
		expect(ticks.major.map((t) => [t.key, t.label])).toEqual([
			['sticky', '2020'],
			['major:2021-01-01', '2021']
		]);
		const january = ticks.minor.find((t) => t.key === '2021-01-01');
		expect(ticks.major[1]?.x).toBe(january?.x);
	});

	it.each([
		{ name: 'years', from: '1997-01-01', to: '2022-01-01' },
		{ name: 'decades', from: '1600-01-01', to: '2022-01-01' }
	])('has no context row for $name', ({ from, to }) => {
		expect(axisTicks(view(utc(from), utc(to), 1280), 1280).major).toEqual([]);
	});

	it('says which month it is when no month boundary is in view', () => {
		const ticks = axisTicks(view(utc('2021-05-10'), utc('2021-05-20'), 375), 375);
		expect(ticks.level).toBe('day');
		expect(ticks.minor.map((t) => t.label)).toEqual('10 11 12 13 14 15 16 17 18 19 20'.split(' '));
		expect(ticks.major).toEqual([{ key: 'sticky', x: 0, label: 'May 2021', date: utc('2021-05-01') }]);
	});

	it('puts month and year under days at the month boundary', () => {
		const ticks = axisTicks(view(utc('2021-04-20'), utc('2021-05-10'), 1280), 1280);
		expect(ticks.major.map((t) => t.label)).toEqual(['April 2021', 'May 2021']);
	});

	it('leaves the sticky label out when a boundary label sits where it would go', () => {
		const from = utc('2021-05-01') - 2 * 3600_000;
		const ticks = axisTicks(view(from, from + 10 * DAY, 1280), 1280);
		expect(ticks.major.map((t) => t.key)).toEqual(['major:2021-05-01']);
	});

	it('leaves the sticky label out when the left edge is inside a fold, which names its own years', () => {
		const x = scaleFolded({ extent: [utc('2000-01-01'), utc('2022-01-01')], length: 1000, folds: [{ from: utc('2002-01-01'), to: utc('2014-10-01') }], foldLength: 44 });
		x.domain([utc('2004-01-01'), utc('2015-06-01')]);
		const ticks = axisTicks(x, 1000);
		expect(ticks.level).toBe('month');
		expect(ticks.major.map((t) => t.key)).not.toContain('sticky');
		expect(ticks.major.map((t) => t.label)).toEqual(['2015']);
		// Out of the fold, the edge's year is said again.
		x.domain([utc('2014-11-15'), utc('2016-06-01')]);
		expect(axisTicks(x, 1000).major[0]).toMatchObject({ key: 'sticky', label: '2014' });
	});

	it('leaves out the labels that would run into a fold\'s years, at every zoom', () => {
		const x = scaleFolded({
			extent: [utc('2001-01-01'), utc('2023-01-01')],
			length: 958,
			folds: [{ from: utc('2002-06-01'), to: utc('2014-06-01') }, { from: utc('2016-03-01'), to: utc('2019-10-01') }],
			foldLength: 44
		});
		let cleared = 0;
		for (const [from, to] of [['2001-01-01', '2023-01-01'], ['2013-01-01', '2021-01-01'], ['2015-06-01', '2020-06-01']] as const) {
			x.domain([utc(from), utc(to)]);
			const plain = axisTicks(x, 958);
			const ticks = clearFoldYears(plain, x);
			const years = x.folds().map((f) => ({ mid: (f.x0 + f.x1) / 2, half: (5 * 7.2) / 2 }));
			for (const tick of [...ticks.minor, ...ticks.major]) {
				if (!tick.label) continue;
				const start = Math.max(tick.x, 0) + 3;
				const end = start + tick.label.length * 7.2;
				for (const { mid, half } of years) expect(end <= mid - half || start >= mid + half, `${tick.label} at ${tick.x}`).toBe(true);
			}
			// Only labels are emptied; the ticks stay.
			expect(ticks.minor.map((t) => t.key)).toEqual(plain.minor.map((t) => t.key));
			cleared += plain.minor.filter((t, i) => t.label && !ticks.minor[i]?.label).length;
		}
		expect(cleared).toBeGreaterThan(0);
		// A plain scale has nothing to clear.
		const plainScale = view(utc('2014-02-11'), utc('2016-09-03'), 800);
		expect(clearFoldYears(axisTicks(plainScale, 800), plainScale)).toEqual(axisTicks(plainScale, 800));
	});

	it('returns only ticks inside the range', () => {
		const width = 800;
		const ticks = axisTicks(view(utc('2014-02-11'), utc('2016-09-03'), width), width);
		for (const t of [...ticks.minor, ...ticks.major]) {
			expect(t.x).toBeGreaterThanOrEqual(-1);
			expect(t.x).toBeLessThanOrEqual(width + 1);
		}
	});

	it('keeps the key of a tick while the view pans', () => {
		const width = 1280;
		const a = axisTicks(view(utc('2021-01-10'), utc('2021-03-01'), width), width);
		const b = axisTicks(view(utc('2021-01-12'), utc('2021-03-03'), width), width);
		const keysA = new Map(a.minor.map((t) => [t.key, t.date]));
		const shared = b.minor.filter((t) => keysA.has(t.key));
		expect(shared.length).toBeGreaterThan(3);
		for (const t of shared) expect(keysA.get(t.key)).toBe(t.date);
	});

	it('returns nothing for an empty plot', () => {
		expect(axisTicks(view(utc('2020-01-01'), utc('2021-01-01'), 0), 0)).toMatchObject({ minor: [], major: [] });
	});

	const anyView = fc.record({
		width: fc.integer({ min: 300, max: 2400 }),
		from: fc.integer({ min: utc('1900-01-01'), max: utc('2100-01-01') }),
		span: fc.double({ min: DAY, max: 300 * YEAR, noNaN: true })
	});

	it('never returns overlapping labels, at any zoom (property)', () => {
		fc.assert(
			fc.property(anyView, ({ width, from, span }) => {
				const ticks = axisTicks(view(from, from + span, width), width);
				expect(overlaps(ticks.minor)).toEqual([]);
				expect(overlaps(ticks.major)).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});

	it('leaves room for every minor label at the level it chooses (property)', () => {
		fc.assert(
			fc.property(anyView, ({ width, from, span }) => {
				const ticks = axisTicks(view(from, from + span, width), width);
				expect(ticks.minor.filter((t) => !t.label)).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});

	it('always shows at least one label in view, with unique keys (property)', () => {
		fc.assert(
			fc.property(anyView, ({ width, from, span }) => {
				const ticks = axisTicks(view(from, from + span, width), width);
				const visible = [...ticks.minor, ...ticks.major].filter((t) => t.label && t.x >= 0 && t.x < width);
				expect(visible.length).toBeGreaterThan(0);
				expect(new Set(ticks.minor.map((t) => t.key)).size).toBe(ticks.minor.length);
				expect(new Set(ticks.major.map((t) => t.key)).size).toBe(ticks.major.length);
			}),
			{ numRuns: 500 }
		);
	});
});
