/**
 * Calendar days: the one place that knows how a day is written (YYYY-MM-DD), which years
 * the app handles, and how long a day is. Every other module reads and writes days here.
 */

/** One day in milliseconds. */
export const DAY = 86_400_000;

/**
 * The earliest and latest years the app handles, numbered as ISO 8601 and EDTF number them
 * (astronomically): year 0000 is 1 BCE, -0001 is 2 BCE, so -9999 is 10,000 BCE.
 */
export const YEAR_RANGE = { min: -9999, max: 9999 } as const;

/** The first instant of the app's first year and the instant after its last day. */
export const TIME_RANGE = {
	min: new Date(0).setUTCFullYear(YEAR_RANGE.min, 0, 1),
	max: new Date(0).setUTCFullYear(YEAR_RANGE.max + 1, 0, 1)
} as const;

/** YYYY-MM-DD, with a minus sign before the year for years before year 0000 (1 BCE). */
const DAY_PATTERN = /^(-?\d{4})-(\d{2})-(\d{2})$/;

/**
 * The UTC midnight that starts a calendar day written YYYY-MM-DD (or -YYYY-MM-DD before the
 * year 0000), in milliseconds, or undefined when the string is not a real day in the app's
 * years ("2021-02-30", "21-5-1", "-0000-01-01").
 */
export function parseDay(day: string): number | undefined {
	const match = DAY_PATTERN.exec(day);
	if (!match || match[1] === '-0000') return undefined;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const date = Number(match[3]);
	// Checked by arithmetic rather than by writing the day back: a large dataset reads every
	// event's days, and the string round trip was most of the time it spent here.
	if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
	// setUTCFullYear, unlike Date.UTC, keeps years 0 to 99 as they are.
	return new Date(0).setUTCFullYear(year, month - 1, date);
}

/** The days in a month of the proleptic Gregorian calendar, as Date counts them (year 0 is a leap year). */
function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Orders two days written as {@link parseDay} reads them: negative when `a` is earlier.
 * Days of years 0000 and later compare as strings; earlier ones are read as numbers, since
 * "-0100" sorts after "-0044" as text.
 */
export function compareDays(a: string, b: string): number {
	if (a.charCodeAt(0) !== 45 && b.charCodeAt(0) !== 45) return a < b ? -1 : a > b ? 1 : 0;
	return (parseDay(a) ?? NaN) - (parseDay(b) ?? NaN);
}

/** The year of a day's instant as a reader writes it: 2021, 82, "44 BCE" (-0043). */
export function yearName(year: number): string {
	return year <= 0 ? `${1 - year} BCE` : String(year);
}

/** Whether a string is a real calendar day written YYYY-MM-DD in the app's years. */
export function isDay(day: string): boolean {
	return parseDay(day) !== undefined;
}

/**
 * The UTC midnight that starts a calendar day written YYYY-MM-DD, in milliseconds.
 * Throws when the string is not a real day ("2021-02-30").
 */
export function dayToMs(day: string): number {
	const ms = parseDay(day);
	if (ms === undefined) throw new Error(`"${day}" is not a calendar day written YYYY-MM-DD`);
	return ms;
}

/**
 * The UTC calendar day, YYYY-MM-DD, that contains an instant given in milliseconds, or
 * undefined when the instant is not finite or falls outside the app's years.
 */
export function formatDay(ms: number): string | undefined {
	if (!Number.isFinite(ms)) return undefined;
	const date = new Date(ms);
	const year = date.getUTCFullYear();
	if (Number.isNaN(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) return undefined;
	const digits = String(Math.abs(year)).padStart(4, '0');
	const month = String(date.getUTCMonth() + 1).padStart(2, '0');
	const day = String(date.getUTCDate()).padStart(2, '0');
	return `${year < 0 ? '-' : ''}${digits}-${month}-${day}`;
}

/** Like {@link formatDay}, but throws for an instant outside the app's years. */
export function msToDay(ms: number): string {
	const day = formatDay(ms);
	if (day === undefined) {
		throw new Error(`${ms} is not an instant between the years ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`);
	}
	return day;
}
