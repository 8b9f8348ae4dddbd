import { describe, expect, it } from 'vitest';
import { DAY, dayToMs } from './day';
import { formatBounds, formatPeriod, type FormatPeriodOptions } from './format-period';

/** A day as UTC ms, or an ISO instant when it has a time. */
const at = (iso: string) => (iso.length === 10 ? dayToMs(iso) : Date.parse(iso));
/** The period from the first to the last day given, both included. */
const days = (first: string, last: string): [number, number] => [dayToMs(first), dayToMs(last) + DAY];

describe('formatPeriod(from, to, { style })', () => {
	it.each<{ from: string; to: string; style: FormatPeriodOptions['style']; words: string }>([
		{ from: '2021-05-03', to: '2021-05-29', style: 'sentence', words: 'Showing 3 May to 28 May 2021' },
		{ from: '2014-12-28', to: '2015-01-05', style: 'sentence', words: 'Showing 28 December 2014 to 4 January 2015' },
		{ from: '2021-05-18', to: '2021-05-19', style: 'sentence', words: 'Showing 18 May 2021' },
		{ from: '2021-05-18T06:00:00Z', to: '2021-05-19T06:00:00Z', style: 'sentence', words: 'Showing 18 May to 19 May 2021' },
		{ from: '2021-03-01', to: '2021-05-31', style: 'sentence', words: 'Showing 1 March to 30 May 2021' },
		{ from: '2021-03-01', to: '2021-06-01', style: 'sentence', words: 'Showing March to May 2021' },
		{ from: '2020-03-01', to: '2021-07-01', style: 'sentence', words: 'Showing March 2020 to June 2021' },
		{ from: '2021-01-01', to: '2022-01-01', style: 'sentence', words: 'Showing January to December 2021' },
		{ from: '2018-01-01', to: '2021-12-01', style: 'sentence', words: 'Showing January 2018 to November 2021' },
		{ from: '2000-01-01', to: '2023-01-01', style: 'sentence', words: 'Showing 2000 to 2022' },
		{ from: '2001-03-14', to: '2021-09-30', style: 'sentence', words: 'Showing 2001 to 2021' },
		{ from: '2020-01-01', to: '2021-07-01', style: 'label', words: 'January 2020 to June 2021' },
		{ from: '2021-05-18', to: '2021-05-19', style: 'label', words: '18 May 2021' },
		{ from: '2001-10-01', to: '2021-06-01', style: 'label', words: '2001 to 2021' }
	])('says "$words" for $from to $to as a $style', ({ from, to, style, words }) => {
		expect(formatPeriod(at(from), at(to), { style })).toBe(words);
	});

	it.each([
		{ first: '2020-02-29', last: '2020-02-29', words: '29 February 2020' },
		{ first: '2021-02-01', last: '2021-02-28', words: 'February 2021' },
		{ first: '2015-01-01', last: '2015-12-31', words: '2015' },
		{ first: '2001-10-01', last: '2001-12-31', words: 'October to December 2001' },
		{ first: '2002-01-01', last: '2021-12-31', words: '2002 to 2021' },
		{ first: '2002-01-01', last: '2021-05-31', words: 'January 2002 to May 2021' },
		{ first: '2021-05-18', last: '2021-05-30', words: '18 to 30 May 2021' },
		{ first: '2014-12-28', last: '2015-01-01', words: '28 December 2014 to 1 January 2015' }
	])('says the days $first to $last exactly as "$words"', ({ first, last, words }) => {
		expect(formatPeriod(...days(first, last), { style: 'exact' })).toBe(words);
	});

	it.each([
		{ first: '2014-03-01', last: '2015-06-30', precision: 'year', words: '2014–2015' },
		{ first: '2001-10-01', last: '2001-12-31', precision: 'year', words: '2001' },
		{ first: '2021-02-01', last: '2021-05-30', precision: 'month', words: 'February – May 2021' },
		{ first: '2020-11-01', last: '2021-01-31', precision: 'month', words: 'November 2020 – January 2021' },
		{ first: '2021-05-01', last: '2021-05-31', precision: 'month', words: 'May 2021' },
		{ first: '2021-05-18', last: '2021-05-30', precision: 'day', words: '18 May – 30 May 2021' }
	] as const)('says the shortcut $first to $last by $precision as "$words"', ({ first, last, precision, words }) => {
		expect(formatPeriod(...days(first, last), { style: 'short', precision })).toBe(words);
	});

	it.each([
		{ name: 'an empty period', from: at('2021-05-18'), to: at('2021-05-18') },
		{ name: 'a reversed period', from: at('2021-05-18'), to: at('2021-05-17') },
		{ name: 'a period that is not a number', from: NaN, to: at('2021-05-18') }
	])('says nothing for $name, in every style', ({ from, to }) => {
		for (const style of ['sentence', 'label', 'short', 'exact'] as const) expect(formatPeriod(from, to, { style })).toBe('');
	});
});

describe('formatBounds(from, to)', () => {
	it.each([
		{ from: ['2001-10-01', 2, 'about '], to: ['2001-12-01', 2, 'about '], words: 'late 2001' },
		{ from: ['2002-01-01', 1, 'about '], to: ['2021-05-01', 2, ''], words: 'about 2002 to May 2021' },
		{ from: ['2021-05-18', 3, ''], to: ['2021-05-30', 3, 'probably '], words: '18 May 2021 to probably 30 May 2021' },
		{ from: ['2021-05-18', 3, ''], to: ['2021-06-02', 3, ''], words: '18 May to 2 June 2021' }
	] as const)('joins the bounds as "$words"', ({ from, to, words }) => {
		const bound = ([day, precision, qualifier]: readonly [string, 1 | 2 | 3, string]) => ({ ms: dayToMs(day), precision, qualifier });
		expect(formatBounds(bound(from), bound(to))).toBe(words);
	});
});
