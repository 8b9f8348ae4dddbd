/**
 * Seeded fuzzing of the whole path a dataset takes: validation, then, for every file that is
 * accepted (whole or with its broken events left out), items, layout and ticks. Nothing may
 * throw, every problem has a path and a short message, and the drawing work is bounded:
 * counted in calls of the scale, never timed.
 */
import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../time/day';
import { createItemIndex } from '../timeline/item-index';
import { toTimelineItems } from '../timeline/items';
import { fitLabel, layoutMarks } from '../timeline/layout';
import { axisTicks } from '../timeline/ticks';
import { paddedDomain } from '../timeline/viewport';
import { validateKeeping } from './schema';

const SEED = 20_211_102;
const RUNS = 1_000;
const WIDTH = 900;

/** Dates of every kind: ordinary, at the edges of the years, before the common era, vague, broken, hostile. */
const date = fc.oneof(
	fc.constantFrom('0000', '0000-01-01', '9999', '9999-12-31', '-9999-01-01', '-0044-03-15', '-0001/0001', '2021-02-30', 'Y-170000002', 'Y20210', '2021/..', '20XX', '2021-21', '<script>', '', '__proto__'),
	fc.tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(
		([y, m, d]) => `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
	),
	fc.integer({ min: -9999, max: 9999 }).map((y) => `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}~`),
	fc.string({ unit: fc.constantFrom(...'0123456789-/~?%XY.'), maxLength: 14 })
);

/** Text of every length, from empty to far past the limits, and hostile. */
const text = fc.oneof(
	{ weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.constantFrom('', '   ', '<img src=x onerror=alert(1)>', '\u202e', 'a'.repeat(301), 'word '.repeat(2_000)) }
);

const id = fc.oneof(
	{ weight: 8, arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8})?$/) },
	{ weight: 1, arbitrary: fc.constantFrom('Not A Slug', 'a'.repeat(200), 'a'.repeat(201), '', 'constructor') }
);

const event = fc.record(
	{ id, title: text, dateText: text, date, quotes: fc.constant([] as string[]), summary: text, tags: fc.array(text, { maxLength: 3 }), bogus: fc.constant(1) },
	{ requiredKeys: ['id', 'title', 'dateText', 'date', 'quotes'] }
);

const article = fc.oneof(
	{ weight: 4, arbitrary: fc.constant({ title: 'A story', publication: 'The Courier', published: '2021-06-01' }) },
	{ weight: 1, arbitrary: fc.record({ title: text, publication: text, published: date }, { requiredKeys: ['title', 'publication'] }) }
);

const dataset = fc.oneof(
	{ weight: 8, arbitrary: fc.record({ version: fc.constant(1.1), article, events: fc.array(event, { minLength: 0, maxLength: 30 }) }) },
	{ weight: 1, arbitrary: fc.record({ version: fc.constantFrom(1, 2, '1.1', null), article: fc.anything(), events: fc.anything() }) },
	{ weight: 1, arbitrary: fc.anything() }
);

describe('any dataset, valid, broken or hostile (seeded, 1,000 files)', () => {
	it('is validated without throwing, and drawn within bounded work when accepted', () => {
		let accepted = 0;
		fc.assert(
			fc.property(dataset, (input) => {
				const result = validateKeeping(input);
				for (const problem of result.problems) {
					expect(typeof problem.path).toBe('string');
					expect(problem.message.length).toBeGreaterThan(0);
					// Values are echoed cut short, never whole.
					expect(problem.message.length).toBeLessThan(400);
				}
				if (result.refused || !result.dataset) {
					expect(result.problems.length).toBeGreaterThan(0);
					return;
				}
				accepted += 1;
				const items = toTimelineItems(result.dataset.events);
				const domain = paddedDomain(items);
				// The padded view stays inside the years a day can be written in.
				expect(formatDay(domain[0])).toBeDefined();
				expect(formatDay(domain[1] - 1)).toBeDefined();
				const scale = scaleUtc().domain(domain).range([0, WIDTH]);
				let calls = 0;
				const x = (ms: number) => {
					calls += 1;
					return scale(ms);
				};
				const { marks } = layoutMarks(createItemIndex(items), { x, range: domain, width: WIDTH, maxLanes: 4 });
				expect(marks.length).toBeLessThanOrEqual(items.length);
				expect(calls).toBeLessThanOrEqual(50 * items.length + 50);
				for (const mark of marks) expect(mark.label.length).toBeLessThanOrEqual(WIDTH);
				const ticks = axisTicks(scale, WIDTH);
				// A tick per few pixels at most, whatever the span.
				expect(ticks.minor.length + ticks.major.length).toBeLessThanOrEqual(WIDTH / 2);
				expect(new Set(ticks.minor.map((t) => t.key)).size).toBe(ticks.minor.length);
			}),
			{ seed: SEED, numRuns: RUNS }
		);
		// The generators must reach the drawing half often enough for the test to mean something.
		expect(accepted).toBeGreaterThan(RUNS / 10);
	}, 120_000);

	it('fits a label of any length by looking at no more than the label it returns', () => {
		for (const length of [10, 1_000, 100_000, 1_000_000]) {
			const title = 'word '.repeat(length / 5);
			const { label, labelWidth } = fitLabel(title, 300);
			expect(labelWidth).toBeLessThanOrEqual(301);
			expect(label.length).toBeLessThan(50);
		}
	});
});
