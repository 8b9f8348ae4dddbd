/**
 * Calendar arithmetic on days written YYYY-MM-DD, in UTC, on top of the shared day module:
 * the date finder moves by days, weeks, months and years from the publication day.
 */
import { DAY, dayToMs, msToDay } from '../time/day';

/** A day written YYYY-MM-DD from its parts (month 1 to 12); days past the month's end roll over. */
export function dayOf(year: number, month: number, day: number): string {
	return msToDay(new Date(0).setUTCFullYear(year, month - 1, day));
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
	return msToDay(dayToMs(day) + n * DAY);
}

/** The weekday of a day, 0 for Monday to 6 for Sunday, as ISO 8601 counts them. */
export function weekdayOf(day: string): number {
	return (new Date(dayToMs(day)).getUTCDay() + 6) % 7;
}

/** The number of days in a month (1 to 12) of a year. */
export function monthLength(year: number, month: number): number {
	return new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();
}

/** The year and month `n` months after a month (1 to 12). */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
	const index = year * 12 + (month - 1) + n;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Year, month (1 to 12) and day of a day written YYYY-MM-DD. */
export function partsOf(day: string): { year: number; month: number; day: number } {
	return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** The Monday that starts the ISO week holding `day`. */
export function weekStart(day: string): string {
	return addDays(day, -weekdayOf(day));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
	return Math.round((dayToMs(b) - dayToMs(a)) / DAY);
}

/** A year written with four digits, as EDTF and the day format want it. */
export function yearText(year: number): string {
	return String(year).padStart(4, '0');
}

/** A month written YYYY-MM. */
export function monthText(year: number, month: number): string {
	return `${yearText(year)}-${String(month).padStart(2, '0')}`;
}
