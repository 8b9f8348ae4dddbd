import { describe, expect, it } from 'vitest';
import { compareDays, DAY, dayToMs, formatDay, isDay, msToDay, parseDay, TIME_RANGE, yearName } from './day';

describe('parseDay(day)', () => {
	it.each([
		['2020-02-29', Date.UTC(2020, 1, 29)],
		['2021-05-18', Date.UTC(2021, 4, 18)],
		['0001-01-01', new Date(0).setUTCFullYear(1, 0, 1)],
		['0000-01-01', new Date(0).setUTCFullYear(0, 0, 1)],
		['9999-12-31', Date.UTC(9999, 11, 31)],
		// ISO 8601 years before 0000 (1 BCE): -0043 is 44 BCE.
		['-0043-03-15', new Date(0).setUTCFullYear(-43, 2, 15)],
		['-9999-01-01', new Date(0).setUTCFullYear(-9999, 0, 1)],
		['-0004-02-29', new Date(0).setUTCFullYear(-4, 1, 29)]
	])('reads %s as its UTC midnight', (day, ms) => {
		expect(parseDay(day)).toBe(ms);
	});

	it.each(['2021-02-30', '2021-13-01', '2021-00-10', '21-05-01', '2021-5-1', '2021-05-18T00:00', '', ' 2021-05-18', '-0000-01-01', '-10000-01-01', '10000-01-01', '-0003-02-29', '--0044-03-15'])(
		'refuses %j',
		(day) => {
			expect(parseDay(day)).toBeUndefined();
			expect(isDay(day)).toBe(false);
			expect(() => dayToMs(day)).toThrow(/not a calendar day/);
		}
	);

	it('accepts exactly the days Date writes back the same, across leap rules and eras', () => {
		const years = [-9999, -401, -400, -101, -100, -5, -4, -1, 0, 1, 99, 100, 400, 1900, 2000, 2021, 2024, 9999];
		const pad = (n: number) => String(n).padStart(2, '0');
		for (const year of years) {
			const y = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
			for (let month = 0; month <= 13; month++) {
				for (let date = 0; date <= 32; date++) {
					const day = `${y}-${pad(month)}-${pad(date)}`;
					const ms = new Date(0).setUTCFullYear(year, month - 1, date);
					expect(parseDay(day), day).toBe(formatDay(ms) === day ? ms : undefined);
				}
			}
		}
	});
});

describe('formatDay(ms)', () => {
	it.each([
		[Date.UTC(2020, 1, 29), '2020-02-29'],
		[Date.UTC(2020, 1, 29) + DAY - 1, '2020-02-29'],
		[Date.UTC(9999, 11, 31, 23, 59), '9999-12-31'],
		[new Date(0).setUTCFullYear(-1, 0, 1), '-0001-01-01'],
		[TIME_RANGE.min, '-9999-01-01'],
		[TIME_RANGE.max - 1, '9999-12-31']
	])('writes %d as %s', (ms, day) => {
		expect(formatDay(ms)).toBe(day);
		expect(msToDay(ms)).toBe(day);
	});

	it.each([NaN, Infinity, -Infinity, Date.UTC(10000, 0, 1), TIME_RANGE.max, TIME_RANGE.min - 1])('has no day for %d', (ms) => {
		expect(formatDay(ms)).toBeUndefined();
		expect(() => msToDay(ms)).toThrow(/not an instant/);
	});

	it('round-trips every day of a leap year', () => {
		for (let ms = Date.UTC(2020, 0, 1); ms < Date.UTC(2021, 0, 1); ms += DAY) {
			expect(parseDay(formatDay(ms)!)).toBe(ms);
		}
	});
});

describe('compareDays(a, b)', () => {
	it('orders days across the year 0000 as time runs', () => {
		const days = ['2021-05-18', '-0100-06-01', '0000-01-01', '-0043-03-15', '-0100-01-01', '0082-01-01', '-9999-01-01', '9999-12-31'];
		expect([...days].sort(compareDays)).toEqual(['-9999-01-01', '-0100-01-01', '-0100-06-01', '-0043-03-15', '0000-01-01', '0082-01-01', '2021-05-18', '9999-12-31']);
		expect(compareDays('2021-05-18', '2021-05-18')).toBe(0);
	});
});

describe('yearName(year)', () => {
	it.each([
		[2021, '2021'],
		[82, '82'],
		[1, '1'],
		[0, '1 BCE'],
		[-43, '44 BCE'],
		[-9999, '10000 BCE']
	])('names %d %s', (year, name) => {
		expect(yearName(year)).toBe(name);
	});
});
