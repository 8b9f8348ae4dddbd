import { describe, expect, it } from 'vitest';
import { DAY, dayToMs, formatDay, isDay, msToDay, parseDay } from './day';

describe('parseDay(day)', () => {
	it.each([
		['2020-02-29', Date.UTC(2020, 1, 29)],
		['2021-05-18', Date.UTC(2021, 4, 18)],
		['0001-01-01', new Date(0).setUTCFullYear(1, 0, 1)],
		['0000-01-01', new Date(0).setUTCFullYear(0, 0, 1)],
		['9999-12-31', Date.UTC(9999, 11, 31)]
	])('reads %s as its UTC midnight', (day, ms) => {
		expect(parseDay(day)).toBe(ms);
	});

	it.each(['2021-02-30', '2021-13-01', '2021-00-10', '21-05-01', '2021-5-1', '2021-05-18T00:00', '', ' 2021-05-18', '-0044-03-15'])(
		'refuses %j',
		(day) => {
			expect(parseDay(day)).toBeUndefined();
			expect(isDay(day)).toBe(false);
			expect(() => dayToMs(day)).toThrow(/not a calendar day/);
		}
	);
});

describe('formatDay(ms)', () => {
	it.each([
		[Date.UTC(2020, 1, 29), '2020-02-29'],
		[Date.UTC(2020, 1, 29) + DAY - 1, '2020-02-29'],
		[Date.UTC(9999, 11, 31, 23, 59), '9999-12-31']
	])('writes %d as %s', (ms, day) => {
		expect(formatDay(ms)).toBe(day);
		expect(msToDay(ms)).toBe(day);
	});

	it.each([NaN, Infinity, -Infinity, Date.UTC(10000, 0, 1), new Date(0).setUTCFullYear(-1, 0, 1)])('has no day for %d', (ms) => {
		expect(formatDay(ms)).toBeUndefined();
		expect(() => msToDay(ms)).toThrow(/not an instant/);
	});

	it('round-trips every day of a leap year', () => {
		for (let ms = Date.UTC(2020, 0, 1); ms < Date.UTC(2021, 0, 1); ms += DAY) {
			expect(parseDay(formatDay(ms)!)).toBe(ms);
		}
	});
});
