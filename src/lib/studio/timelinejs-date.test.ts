import { describe, expect, it } from 'vitest';
import { timelineJsDate } from './timelinejs-date';

describe('timelineJsDate(start, end) writes EDTF at the precision given', () => {
	it.each([
		['a year alone is the year, not 1 January', { year: 2015 }, undefined, '2015', '2015-01-01', '2015-12-31'],
		['a year given as text', { year: ' 2015 ' }, undefined, '2015', '2015-01-01', '2015-12-31'],
		['a year and a month is the month', { year: 2015, month: 3 }, undefined, '2015-03', '2015-03-01', '2015-03-31'],
		['a full date is the day', { year: 2015, month: '3', day: '5' }, undefined, '2015-03-05', '2015-03-05', '2015-03-05'],
		['blank fields are absent', { year: '2015', month: '', day: '' }, { year: '' }, '2015', '2015-01-01', '2015-12-31'],
		['an end makes an interval, each end at its own precision', { year: 2015, month: 3 }, { year: 2016 }, '2015-03/2016', '2015-03-01', '2016-12-31'],
		['an end equal to the start is no interval', { year: 2015 }, { year: 2015 }, '2015', '2015-01-01', '2015-12-31'],
		['early years are padded to four digits', { year: 5 }, undefined, '0005', '0005-01-01', '0005-12-31'],
		['a leap day is a day', { year: 2020, month: 2, day: 29 }, undefined, '2020-02-29', '2020-02-29', '2020-02-29']
	])('%s', (_, start, end, date, first, last) => {
		expect(timelineJsDate(start, end)).toEqual({ ok: true, date, start: first, end: last });
	});

	it('returns the time of day it leaves out', () => {
		const result = timelineJsDate({ year: 2022, month: 1, day: 12, hour: 9, minute: 5 }, { year: 2022, month: 1, day: 13, hour: 17 });
		expect(result).toMatchObject({ ok: true, date: '2022-01-12/2022-01-13', timeOfDay: '09:05 to 17:00' });
	});
});

describe('timelineJsDate(start, end) before the common era', () => {
	it('keeps a negative year as ISO 8601 writes it (-44 is 45 BCE, as in JavaScript dates)', () => {
		expect(timelineJsDate({ year: -44, month: 3, day: 15 })).toMatchObject({ ok: true, date: '-0044-03-15', start: '-0044-03-15', end: '-0044-03-15' });
		expect(timelineJsDate({ year: -500 }, { year: -400 })).toMatchObject({ ok: true, date: '-0500/-0400', start: '-0500-01-01', end: '-0400-12-31' });
	});
});

describe('timelineJsDate(start, end) refuses what it cannot write, saying why', () => {
	it.each([
		['a missing start', undefined, undefined, 'the start date is missing'],
		['no year', { month: 3 }, undefined, 'the start date has no year'],
		['a year that is not a number', { year: 'MMXV' }, undefined, 'the start date: the year "MMXV" is not a whole number'],
		['a year before -9999', { year: -12000 }, undefined, 'the start year -12000 is outside the years -9999 to 9999'],
		['a year after 9999', { year: 12000 }, undefined, 'the start year 12000 is outside the years -9999 to 9999'],
		['month 13', { year: 2015, month: 13 }, undefined, 'the start month 13 is not 1 to 12'],
		['a day without a month', { year: 2015, day: 4 }, undefined, 'the start date has a day but no month'],
		['30 February', { year: 2015, month: 2, day: 30 }, undefined, 'the start date 2015-02-30 is not a calendar date'],
		['an end before the start', { year: 2016 }, { year: 2015, month: 6 }, 'the end 2015-06 is before the start 2016'],
		['a broken end', { year: 2015 }, { year: 2016, month: 0 }, 'the end month 0 is not 1 to 12']
	])('%s', (_, start, end, message) => {
		const result = timelineJsDate(start, end);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(message);
	});
});
