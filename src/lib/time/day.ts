/**
 * Calendar days: the one place that knows how a day is written (YYYY-MM-DD), which years
 * the app handles, and how long a day is. Every other module reads and writes days here.
 */

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** The earliest and latest years the app handles. */
export const YEAR_RANGE = { min: 0, max: 9999 } as const;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The UTC midnight that starts a calendar day written YYYY-MM-DD, in milliseconds, or
 * undefined when the string is not a real day in the app's years ("2021-02-30", "21-5-1").
 */
export function parseDay(day: string): number | undefined {
	const match = DAY_PATTERN.exec(day);
	if (!match) return undefined;
	// setUTCFullYear, unlike Date.UTC, keeps years 0 to 99 as they are.
	const ms = new Date(0).setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	return formatDay(ms) === day ? ms : undefined;
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
	return date.toISOString().slice(0, 10);
}

/** Like {@link formatDay}, but throws for an instant outside the app's years. */
export function msToDay(ms: number): string {
	const day = formatDay(ms);
	if (day === undefined) {
		throw new Error(`${ms} is not an instant between the years ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`);
	}
	return day;
}
