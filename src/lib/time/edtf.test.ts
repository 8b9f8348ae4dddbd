import { describe, expect, it } from 'vitest';
import { edtfRange, markKind, parse } from './edtf';

describe('edtfRange(date)', () => {
	it.each([
		['a simple day', '2020-02-29', { start: '2020-02-29', end: '2020-02-29' }],
		['an approximate interval of months', '2001-10~/2001-12~', { start: '2001-10-01', end: '2001-12-31' }],
		['a quarter, read by edtf', '2021-33', { start: '2021-01-01', end: '2021-03-31' }],
		['a set, read by edtf', '[2001-05, 2003]', { start: '2001-05-01', end: '2003-12-31' }],
		['unspecified digits, read by edtf', '201X', { start: '2010-01-01', end: '2019-12-31' }]
	])('gives the first and last day of %s (%s)', (_, date, range) => {
		expect(edtfRange(date)).toEqual(range);
	});

	it.each([
		['a day that does not exist, which edtf would roll over', '2021-02-29', '"2021-02-29" is not a valid date'],
		['a string that is not EDTF', 'May 2021', '"May 2021" is not a valid date'],
		['an open end', '2021/..', '"2021/.." has an open or unknown end, so it has no first and last day']
	])('rejects %s (%s), every time it is asked', (_, date, message) => {
		expect(() => edtfRange(date)).toThrow(message);
		expect(() => edtfRange(date)).toThrow(message);
	});
});

describe('markKind(date)', () => {
	it.each([
		['2021-05-18?', 'point'],
		['2021-02', 'bar'],
		['2021-21', 'band'],
		['2021-05-18T10:00:00Z', 'point']
	])('draws %s as a %s', (date, kind) => {
		expect(markKind(date)).toBe(kind);
	});
});

describe('parse(date)', () => {
	it('reads each string once and hands back the same value after', () => {
		expect(parse('2015-33')).toBe(parse('2015-33'));
	});

	it('rejects a day that does not exist instead of rolling it over', () => {
		expect(() => parse('2021-02-29')).toThrow('"2021-02-29" is not a valid date');
	});
});
