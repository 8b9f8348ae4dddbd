import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, isDay } from './day';
import { kindOfValue } from './edtf';
import { readSimpleEdtf } from './simple-edtf';

const SEED = 20_210_518;

/** edtf's own reading of a string, or undefined when edtf rejects it. */
function edtfReading(date: string) {
	try {
		const value = edtf(date);
		return { start: formatDay(value.min ?? NaN), end: formatDay(value.max ?? NaN), kind: kindOfValue(value) };
	} catch {
		return undefined;
	}
}

/** Whether some YYYY-MM-DD in the string is not a real calendar day. */
function namesMissingDay(date: string): boolean {
	return (date.match(/\d{4}-\d{2}-\d{2}/g) ?? []).some((day) => !isDay(day));
}

const digits = (width: number, max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, '0'));
const qualifier = fc.constantFrom('', '', '~', '?', '%');
/**
 * Dates of the simple forms, with months and days a little out of range to hit the edges.
 * From the year 1: edtf gives 0000-02-28 a last instant on 29 February (its step to the next
 * day slips in the year 0), where this reader is right; the table above pins that case.
 */
const bound = fc
	.tuple(fc.tuple(fc.constantFrom('', '', '', '-'), digits(4, 9999)).map(([sign, year]) => sign + year).filter((year) => year !== '0000' && year !== '-0000'), fc.option(digits(2, 13)), fc.option(digits(2, 32)), qualifier)
	.map(([year, month, day, q]) => `${year}${month === null ? '' : `-${month}${day === null ? '' : `-${day}`}`}${q}`);
/** Bounds close together, so that intervals in both orders and with equal starts come up. */
const nearBound = fc
	.tuple(fc.integer({ min: 1999, max: 2001 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.option(fc.integer({ min: 1, max: 31 })), qualifier)
	.map(([year, month, day, q]) => {
		const m = month === null ? '' : `-${String(month).padStart(2, '0')}`;
		return `${year}${m}${month !== null && day !== null ? `-${String(day).padStart(2, '0')}` : ''}${q}`;
	});
const simpleForm = fc.oneof(bound, fc.tuple(bound, bound).map(([a, b]) => `${a}/${b}`), fc.tuple(nearBound, nearBound).map(([a, b]) => `${a}/${b}`));

describe('readSimpleEdtf(date)', () => {
	it.each([
		['2021', { start: '2021-01-01', end: '2021-12-31', kind: 'band' }],
		['2021-02', { start: '2021-02-01', end: '2021-02-28', kind: 'bar' }],
		['2020-02~', { start: '2020-02-01', end: '2020-02-29', kind: 'band' }],
		['2021-05?', { start: '2021-05-01', end: '2021-05-31', kind: 'band' }],
		['2020-02-29', { start: '2020-02-29', end: '2020-02-29', kind: 'point' }],
		['2021-05-18?', { start: '2021-05-18', end: '2021-05-18', kind: 'point' }],
		['2021-05-18%', { start: '2021-05-18', end: '2021-05-18', kind: 'band' }],
		['2001-10~/2001-12~', { start: '2001-10-01', end: '2001-12-31', kind: 'band' }],
		['2002~/2021-05', { start: '2002-01-01', end: '2021-05-31', kind: 'band' }],
		['0000', { start: '0000-01-01', end: '0000-12-31', kind: 'band' }],
		['0000-02-28', { start: '0000-02-28', end: '0000-02-28', kind: 'point' }],
		['9999-12', { start: '9999-12-01', end: '9999-12-31', kind: 'bar' }],
		['-0043-03-15', { start: '-0043-03-15', end: '-0043-03-15', kind: 'point' }],
		['-0500', { start: '-0500-01-01', end: '-0500-12-31', kind: 'band' }],
		['-0004-02', { start: '-0004-02-01', end: '-0004-02-29', kind: 'bar' }],
		['-0100/-0043~', { start: '-0100-01-01', end: '-0043-12-31', kind: 'band' }],
		['-0043-03-15/2021', { start: '-0043-03-15', end: '2021-12-31', kind: 'band' }]
	])('reads %s as its first and last day and mark kind', (date, reading) => {
		expect(readSimpleEdtf(date)).toEqual(reading);
	});

	it.each([
		['a day that does not exist', '2021-02-29'],
		['an interval that ends where it starts', '2021/2021-01'],
		['an interval that ends before it starts', '2021-05/2021-04'],
		['an interval that ends before it starts, before the year 0000', '-0043/-0100'],
		['a year zero with a minus sign', '-0000']
	])('says %s (%s) is no date', (_, date) => {
		expect(readSimpleEdtf(date)).toBeNull();
	});

	it.each([
		['a season', '2021-21'],
		['unspecified digits', '20XX'],
		['an open end', '2021/..'],
		['an unknown end', '2021/'],
		['a set', '[2021, 2022]'],
		['a time of day', '2021-05-18T10:00:00Z'],
		['a qualifier inside the date', '2021?-05'],
		['two qualifiers', '2021-05-18?~'],
		['a short month', '2021-5'],
		['a month 13', '2021-13'],
		['a long year', 'Y20210'],
		['a negative year of five digits', '-10000']
	])('leaves %s (%s) to edtf', (_, date) => {
		expect(readSimpleEdtf(date)).toBeUndefined();
	});

	it('agrees with edtf on the first day, last day and mark kind of every simple form (property)', () => {
		fc.assert(
			fc.property(simpleForm, (date) => {
				const simple = readSimpleEdtf(date);
				const reference = edtfReading(date);
				if (simple) expect(simple).toEqual(reference);
				// No date: edtf rejects it too, or it names a day that does not exist, which edtf rolls over.
				else if (simple === null) expect(reference === undefined || namesMissingDay(date)).toBe(true);
				// Left to edtf: only months and days out of range, which edtf rejects or reads as seasons.
				else expect(date).toMatch(/-(00|1[3-9]|2\d|3[2-9])|-(00|3[2-9])\b/);
			}),
			{ seed: SEED, numRuns: 5000 }
		);
	});

	it('refuses anything that is not one of its forms rather than guessing (property)', () => {
		const form = /^-?\d{4}(-\d{2}(-\d{2})?)?[~?%]?(\/-?\d{4}(-\d{2}(-\d{2})?)?[~?%]?)?$/;
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-/~?%X.TZ:[], '), maxLength: 24 }), (date) => {
				if (!form.test(date)) expect(readSimpleEdtf(date)).toBeUndefined();
				else if (readSimpleEdtf(date)) expect(readSimpleEdtf(date)).toEqual(edtfReading(date));
			}),
			{ seed: SEED, numRuns: 5000 }
		);
	});
});
