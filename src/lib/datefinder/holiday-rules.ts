/**
 * Named days news dates by: fixed ones (Christmas, the Fourth of July), ones that move with
 * the weekdays (Thanksgiving, Election Day, Labor Day) and Easter. United States usage, as
 * the news the finder reads; a holiday without a year is the one nearest the tense's way.
 */
import { addDays, dayOf, daysBetween, partsOf, weekdayOf, weekStart } from './calendar';
import { dayValue, weekValue } from './date-value';
import type { Context, Rule } from './mention';

/** The `n`th weekday (0 Monday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
	if (n < 0) {
		const last = dayOf(year, month + 1, 0);
		return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
	}
	const first = dayOf(year, month, 1);
	return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus, Jones, Butcher). */
export function easter(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
	const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return dayOf(year, month, day);
}

const HOLIDAYS: [RegExp, (year: number) => string][] = [
	[/^new year['’]s eve$/i, (y) => dayOf(y, 12, 31)],
	[/^new year['’]s(?: day)?$/i, (y) => dayOf(y, 1, 1)],
	[/^valentine['’]s day$/i, (y) => dayOf(y, 2, 14)],
	[/^memorial day$/i, (y) => nthWeekday(y, 5, 0, -1)],
	[/^(?:independence day|the fourth of july|july fourth)$/i, (y) => dayOf(y, 7, 4)],
	[/^labor day$/i, (y) => nthWeekday(y, 9, 0, 1)],
	[/^halloween$/i, (y) => dayOf(y, 10, 31)],
	[/^election day$/i, (y) => addDays(nthWeekday(y, 11, 0, 1), 1)],
	[/^veterans day$/i, (y) => dayOf(y, 11, 11)],
	[/^thanksgiving(?: day)?$/i, (y) => nthWeekday(y, 11, 3, 4)],
	[/^christmas eve$/i, (y) => dayOf(y, 12, 24)],
	[/^christmas(?: day)?$/i, (y) => dayOf(y, 12, 25)],
	[/^easter(?: sunday)?$/i, easter],
	[/^good friday$/i, (y) => addDays(easter(y), -2)]
];

function holidayDay(name: string, context: Context, which: string | undefined, year?: number): string | undefined {
	const rule = HOLIDAYS.find(([pattern]) => pattern.test(name));
	if (!rule) return undefined;
	if (year !== undefined) return rule[1](year);
	const ref = context.reference.day;
	const now = partsOf(ref).year;
	const lower = which?.toLowerCase();
	const before = [now, now - 1].map(rule[1]).find((d) => (lower === 'last' ? d < ref : d <= ref))!;
	const after = [now, now + 1].map(rule[1]).find((d) => d >= ref)!;
	if (lower === 'last') return before;
	if (lower === 'next' || lower === 'this') return after;
	// A holiday within a week of publication is that one, whatever the tense ("as Easter week began").
	const near = [before, after].find((d) => Math.abs(daysBetween(ref, d)) <= 7);
	if (near) return near;
	return context.tense() === 'future' ? after : before;
}

const NAMES = String.raw`New Year['’]s Eve|New Year['’]s Day|New Year['’]s|Valentine['’]s Day|Memorial Day|Independence Day|the Fourth of July|July Fourth|Labor Day|Halloween|Election Day|Veterans Day|Thanksgiving Day|Thanksgiving|Christmas Eve|Christmas Day|Christmas|Easter Sunday|Easter|Good Friday`;

/** The holiday rules, and "Easter week" and "the week of March 6". */
export const holidayRules: Rule[] = [
	{
		// A day news names by its date alone, whatever the year of the story: "9/11", and
		// "Sept. 11" before the words that make it the attacks ("the Sept. 11 attacks").
		name: 'named-day',
		priority: 2,
		pattern: /(?<![\d/])9\/11(?![\d/])|\b(?:Sept\.?|September)\s+11(?:th)?(?=,?\s+(?:attacks?|terror(?:ist)?\s+attacks?|hijackings?|hijackers|commission|anniversary|memorial|victims|era)\b)/g,
		resolve: () => dayValue('2001-09-11')
	},
	{
		name: 'holiday',
		pattern: new RegExp(`\\b(?:(last|next|this)\\s+)?(${NAMES})(?:\\s+(week))?(?:,?\\s+((?:1[5-9]|20)\\d\\d))?\\b`, 'g'),
		resolve: (m, c) => {
			const day = holidayDay(m[2]!, c, m[1], m[4] ? Number(m[4]) : undefined);
			if (!day) return undefined;
			return m[3] ? weekValue(weekStart(day)) : dayValue(day);
		}
	}
];
