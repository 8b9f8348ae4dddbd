import { describe, expect, it } from 'vitest';
import { checkDate } from './date-check';

describe('checkDate(value) says what a date means as it is typed', () => {
	it.each([
		['', ''],
		['2021-05-18', '18 May 2021'],
		['2015', '2015 (2015-01-01 to 2015-12-31)'],
		['2001-10~/2001-12~', 'late 2001 (2001-10-01 to 2001-12-31)']
	])('%j → %s', (value, meaning) => {
		expect(checkDate(value)).toEqual({ ok: true, meaning });
	});

	it.each([['2021-02-30'], ['2021-1'], ['last year']])('%j is not a date, and says so', (value) => {
		const check = checkDate(value);
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.problem).toContain(value);
	});
});
