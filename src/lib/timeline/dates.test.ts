import { describe, expect, it } from 'vitest';
import { DAY, dayToMs, describeDate, describeRange, edtfRange, markKind, msToDay } from './dates';

describe('dayToMs(day)', () => {
	it.each([
		['1970-01-01', 0],
		['1970-01-02', DAY],
		['2020-02-29', Date.UTC(2020, 1, 29)],
		['2021-05-18', Date.UTC(2021, 4, 18)],
		['0050-03-01', new Date(0).setUTCFullYear(50, 2, 1)]
	])('returns UTC midnight of %s', (day, ms) => {
		expect(dayToMs(day)).toBe(ms);
	});

	it.each(['2021-02-30', '2021-13-01', '2021-5-18', '2021-05-18T00:00', '', '18 May 2021'])(
		'throws on %j, which is not a calendar day written YYYY-MM-DD',
		(day) => {
			expect(() => dayToMs(day)).toThrow(`"${day}" is not a calendar day written YYYY-MM-DD`);
		}
	);
});

describe('msToDay(ms)', () => {
	it.each([
		[0, '1970-01-01'],
		[DAY - 1, '1970-01-01'],
		[Date.UTC(2021, 4, 18, 23, 59), '2021-05-18'],
		[Date.UTC(2014, 11, 28), '2014-12-28']
	])('returns the UTC day containing %d: %s', (ms, day) => {
		expect(msToDay(ms)).toBe(day);
	});

	it('is the inverse of dayToMs', () => {
		for (const day of ['0001-01-01', '2001-10-07', '2020-02-29', '9999-12-31']) {
			expect(msToDay(dayToMs(day))).toBe(day);
		}
	});

	it.each([NaN, Infinity, Date.UTC(10000, 0, 1)])('throws on %d, which has no four-digit year', (ms) => {
		expect(() => msToDay(ms)).toThrow();
	});
});

describe('edtfRange(date)', () => {
	it.each([
		// every form the article dataset uses
		['2001-10~/2001-12~', '2001-10-01', '2001-12-31'],
		['2002~/2021-05', '2002-01-01', '2021-05-31'],
		['2015', '2015-01-01', '2015-12-31'],
		['2020-02-29', '2020-02-29', '2020-02-29'],
		['2021-02', '2021-02-01', '2021-02-28'],
		['2021', '2021-01-01', '2021-12-31'],
		['2021-05-18?', '2021-05-18', '2021-05-18'],
		['2021-05-19~', '2021-05-19', '2021-05-19'],
		['2014-12-28/2015-01-01', '2014-12-28', '2015-01-01'],
		['2021-05-18/2021-05-30', '2021-05-18', '2021-05-30'],
		// other precisions
		['2020-02', '2020-02-01', '2020-02-29'],
		['2021-05?', '2021-05-01', '2021-05-31'],
		['2021~', '2021-01-01', '2021-12-31'],
		['2021-33', '2021-01-01', '2021-03-31'],
		['2021-40', '2021-01-01', '2021-06-30'],
		['201X', '2010-01-01', '2019-12-31'],
		['2021-05-XX', '2021-05-01', '2021-05-31'],
		['{2019,2021..2023}', '2019-01-01', '2023-12-31']
	])('gives %s the days %s to %s', (date, start, end) => {
		expect(edtfRange(date)).toEqual({ start, end });
	});

	it.each(['2021-02-30', 'late 2001', '', '2021-13'])('throws a plain message on %j, which is not EDTF', (date) => {
		expect(() => edtfRange(date)).toThrow(`"${date}" is not a valid date`);
	});

	it.each(['2021/..', '../2021', '2021/'])('throws on %s, which has an open or unknown end', (date) => {
		expect(() => edtfRange(date)).toThrow('has an open or unknown end');
	});
});

describe('markKind(date)', () => {
	it.each([
		['2020-02-29', 'point'],
		['2021-05-18?', 'point'],
		['2021-05-18T10:00:00Z', 'point'],
		['2021-02', 'bar'],
		['2015', 'band'],
		['2021', 'band'],
		['2021-05-19~', 'band'],
		['2021-05-18%', 'band'],
		['2021-05?', 'band'],
		['2021-05~', 'band'],
		['2021-21', 'band'],
		['2021-33', 'band'],
		['201X', 'band'],
		['2021-05-XX', 'band'],
		['2001-10~/2001-12~', 'band'],
		['2021-05-18/2021-05-30', 'band'],
		['[2019,2021]', 'band']
	])('draws %s as a %s', (date, kind) => {
		expect(markKind(date)).toBe(kind);
	});

	it('throws on a date that is not EDTF', () => {
		expect(() => markKind('May 2021')).toThrow('"May 2021" is not a valid date');
	});
});

describe('describeDate(date)', () => {
	it.each([
		// every form the article dataset uses
		['2001-10~/2001-12~', 'late 2001'],
		['2001-10-07/2001-12-07', '7 October to 7 December 2001'],
		['2002~/2021-05', 'about 2002 to May 2021'],
		['2015', '2015'],
		['2014-12-28/2015-01-01', '28 December 2014 to 1 January 2015'],
		['2020-02-29', '29 February 2020'],
		['2021-02', 'February 2021'],
		['2021', '2021'],
		['2021-04-14', '14 April 2021'],
		['2021-05-18?', 'probably 18 May 2021'],
		['2021-05-19~', 'about 19 May 2021'],
		['2021-05-18/2021-05-30', '18 to 30 May 2021'],
		// day, month, year
		['0800', '800'],
		['2021-05-18%', 'probably about 18 May 2021'],
		['2021-05?', 'probably May 2021'],
		['2021~', 'about 2021'],
		['2021-05-18T10:00:00Z', '18 May 2021, 10:00 UTC'],
		// seasons, quarters, halves
		['2021-21', 'spring 2021'],
		['2021-24', 'winter 2021'],
		['2021-26', 'summer 2021 (Northern Hemisphere)'],
		['2021-33', 'the first quarter of 2021'],
		['2021-36', 'the fourth quarter of 2021'],
		['2021-41', 'the second half of 2021'],
		// intervals
		['2021-05-18/2021-06-03', '18 May to 3 June 2021'],
		['2019/2021', '2019 to 2021'],
		['2021-01/2021-03', 'January to March 2021'],
		['2020-11/2021-02', 'November 2020 to February 2021'],
		['2021-05?/2021-06~', 'probably May 2021 to about June 2021'],
		['2021/..', '2021 onwards'],
		['../2021', 'until 2021'],
		['2021/', '2021 to an unknown date'],
		// unspecified digits, decades, sets and lists
		['201X', 'some time from 2010 to 2019'],
		['2021-XX', 'some time in 2021'],
		['201', 'the 2010s'],
		['[2019,2021]', '2019 or 2021'],
		['[..2016,2018]', '2016 or earlier or 2018'],
		['{2019,2021..2023}', '2019 and 2021 to 2023']
	])('describes %s as "%s"', (date, words) => {
		expect(describeDate(date)).toBe(words);
	});

	it.each(['May 2021', '2021-02-30', ''])('returns %j unchanged, since it is not EDTF', (date) => {
		expect(describeDate(date)).toBe(date);
	});
});

describe('describeRange(start, end)', () => {
	it.each([
		['2020-02-29', '2020-02-29', '29 February 2020'],
		['2021-02-01', '2021-02-28', 'February 2021'],
		['2015-01-01', '2015-12-31', '2015'],
		['2001-10-01', '2001-12-31', 'October to December 2001'],
		['2002-01-01', '2021-12-31', '2002 to 2021'],
		['2002-01-01', '2021-05-31', 'January 2002 to May 2021'],
		['2021-05-18', '2021-05-30', '18 to 30 May 2021'],
		['2014-12-28', '2015-01-01', '28 December 2014 to 1 January 2015']
	])('describes %s to %s in the coarsest exact terms: "%s"', (start, end, words) => {
		expect(describeRange(start, end)).toBe(words);
	});

	it('throws when end is before start', () => {
		expect(() => describeRange('2021-05-30', '2021-05-18')).toThrow('2021-05-18 is before 2021-05-30');
	});
});
