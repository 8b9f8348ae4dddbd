/**
 * Rules for dates named on the calendar: days, months and years, with or without a vague
 * part ("late 2001") or a year left out. Longer periods are in period-rules.ts.
 */
import { dayOf, monthLength, partsOf, weekStart } from './calendar';
import {
	dayValue,
	monthValue,
	qualify,
	weekValue,
	yearValue,
	yearsValue,
	type DateValue
} from './date-value';
import type { Context, Rule } from './mention';
import { partOf, partOfMonth, partOfYear } from './part-of';
import { yearFor } from './resolve';
import { MONTH, MONTH_NAME, PART, WEEKDAY, monthNumber } from './words';

/** Years the finder reads as years: four digits from 1500 to 2099. */
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
/**
 * Not part of a longer number, an amount, a code or a count of things. A hyphen before the
 * year joins it to a longer number ("10-1998") except after "post" and "pre" ("the post-1959
 * politics"), where the year is the date a period is told from, as TimeML annotates it.
 */
const YEAR_BEFORE =
	"(?<![\\d$£€#.,:/'’]|(?<!\\b(?:[Pp]ost|[Pp]re))-|No\\. ?|\\b(?:Flight|Route|Highway|Interstate|Room|Suite|Apartment|Box|Unit|Gate|Platform|Track|Bus|Train|Model|Version|Resolution|Chapter|Article|Section|Page|Channel|Boeing|Airbus|Apollo|Form|Bill|Proposition|Local)\\s)";
const YEAR_AFTER =
	"(?![\\d:%/]|,\\d|\\.\\d|-\\d|\\s?(?:percent|people|troops|soldiers|residents|workers|members|students|votes|feet|meters|metres|miles|kilometers|km|tons|tonnes|pounds|yards|acres|cases|dollars|euros|yuan|points|units|cars|jobs|homes|deaths|delegates|seats|hours|minutes)\\b)";

function realDay(year: number, month: number, day: number): DateValue | undefined {
	if (day < 1 || day > monthLength(year, month)) return undefined;
	return dayValue(dayOf(year, month, day));
}

function monthDay(monthWord: string, dayText: string, yearText: string | undefined, context: Context) {
	const month = monthNumber(monthWord);
	const day = Number(dayText.replace(/\D/g, ''));
	if (!month) return undefined;
	const year = yearText ? Number(yearText) : yearFor(context, month, day);
	return realDay(year, month, day);
}

/** The publication's year. */
export function thisYear(context: Context): number {
	return partsOf(context.reference.day).year;
}

/** Which year "last", "this", "next" or nothing make of a month. */
function monthYear(context: Context, month: number, which: string | undefined): number {
	const { year, month: now } = partsOf(context.reference.day);
	const lower = which?.toLowerCase();
	if (lower === 'last' || lower === 'past') return month < now ? year : year - 1;
	if (lower === 'next' || lower === 'coming') return month > now ? year : year + 1;
	if (lower === 'this') return year;
	return yearFor(context, month);
}

export function yearOfWords(words: string | undefined, context: Context): number | undefined {
	if (!words) return undefined;
	if (/^\d{4}$/.test(words)) return Number(words);
	const year = thisYear(context);
	if (/last/i.test(words)) return year - 1;
	if (/next/i.test(words)) return year + 1;
	return year;
}

/** The calendar rules, longest forms first. */
export const calendarRules: Rule[] = [
	{
		name: 'month-day',
		pattern: new RegExp(
			`(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d|\\.\\d)(?:,?\\s+(${YEAR})(?!\\d))?`,
			'g'
		),
		resolve: (m, c) => monthDay(m[1]!, m[2]!, m[3], c)
	},
	{
		name: 'day-month',
		pattern: new RegExp(
			`(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(${YEAR})(?!\\d))?`,
			'g'
		),
		resolve: (m, c) => monthDay(m[2]!, m[1]!, m[3], c)
	},
	{
		name: 'week-of',
		pattern: new RegExp(`\\bthe\\s+week\\s+of\\s+(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(${YEAR})(?!\\d))?`, 'g'),
		resolve: (m, c) => {
			const day = monthDay(m[1]!, m[2]!, m[3], c);
			return day && weekValue(weekStart(day.from));
		}
	},
	{
		name: 'second-day',
		// "April 24 and 25": the second day of a pair, in the first one's month.
		pattern: new RegExp(`(?<=\\b(${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|or|to|through)\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.]\\d|\\s*(?:${MONTH}|percent|%|[ap]\\.?m\\b))(?:,?\\s+(${YEAR})(?!\\d))?`, 'g'),
		resolve: (m, c) => monthDay(m[1]!, m[2]!, m[3], c)
	},
	{
		name: 'iso-day',
		pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
		resolve: (m) => realDay(Number(m[1]), Number(m[2]), Number(m[3]))
	},
	{
		name: 'month-year',
		pattern: new RegExp(`(?:(${PART})[\\s-]+)?(${MONTH})(?:,?\\s+|\\s+of\\s+)(${YEAR}(?!\\d)|(?:this|last|next) year\\b)`, 'g'),
		resolve: (m, c) => {
			const month = monthNumber(m[2]!)!;
			const year = yearOfWords(m[3], c)!;
			return m[1] ? partOfMonth(year, month) : monthValue(year, month);
		}
	},
	{
		name: 'month',
		// "May" and "March" alone are often a verb or a walk: they need a word that makes them a date.
		pattern: new RegExp(
			`(?:(?:(${PART})[\\s-]+)|(?:(last|next|this|coming|past)\\s+)|(?<=\\b(?:in|In|since|Since|by|until|till|through|during|before|after|from|to|of|and|or|late|early|mid|the|The)\\s))?(${MONTH_NAME})(?![-\\s]\\d)`,
			'g'
		),
		resolve: (m, c) => {
			const month = monthNumber(m[3]!)!;
			if ((month === 5 || month === 3) && !m[1] && !m[2] && !licensed(c.text, m.index, m.index + m[0].length)) return undefined;
			const year = monthYear(c, month, m[2]);
			return m[1] ? partOfMonth(year, month) : monthValue(year, month);
		}
	},
	{
		name: 'part-of-year',
		pattern: new RegExp(`\\b(${PART})[\\s-]+(?:of\\s+)?(${YEAR})(?!\\d)`, 'gi'),
		resolve: (m) => partOfYear(Number(m[2]), partOf(m[1])!)
	},
	{
		name: 'part-of-this-year',
		pattern: new RegExp(`\\b(${PART})[\\s-]+(?:of\\s+)?(this year|last year|next year|the year)\\b`, 'gi'),
		resolve: (m, c) => partOfYear(yearOfWords(m[2], c)!, partOf(m[1])!)
	},
	{
		name: 'about-year',
		pattern: new RegExp(`\\b(?:around|circa|c\\.|approximately|roughly|about|sometime in|some time in)\\s+(${YEAR})${YEAR_AFTER}`, 'gi'),
		resolve: (m) => qualify(yearValue(Number(m[1])), '~')
	},
	{
		name: 'year-range',
		// "2021-2025", "1998-99": the years from one to the other.
		pattern: new RegExp(`${YEAR_BEFORE}\\b(${YEAR})[-–](${YEAR}|\\d\\d)(?![\\d-])`, 'g'),
		resolve: (m) => {
			const first = Number(m[1]);
			const last = m[2]!.length === 2 ? first - (first % 100) + Number(m[2]) : Number(m[2]);
			return last > first ? yearsValue(first, last) : undefined;
		}
	},
	{
		name: 'year',
		pattern: new RegExp(`${YEAR_BEFORE}\\b(?:fiscal\\s+)?(${YEAR})\\b${YEAR_AFTER}`, 'g'),
		priority: -1,
		resolve: (m, c) => {
			const year = Number(m[1]);
			// "Kopp's 1987 Chevrolet": a model year names a thing, not a date.
			if (/['’]s\s$/.test(c.text.slice(m.index - 3, m.index)) && /^\s[A-Z]/.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return undefined;
			return year > thisYear(c) + 30 ? undefined : yearValue(year);
		}
	},
];

/**
 * Whether "May" or "March" alone at `[start, end)` is the month: after a preposition ("in
 * May", "between March and May"), or after "the" when a noun it modifies follows ("the March
 * accession", not "the March on Washington").
 */
function licensed(text: string, start: number, end: number): boolean {
	const before = text.slice(Math.max(0, start - 9), start);
	if (/\b(?:in|since|by|until|till|through|during|before|after|from|to|of|and|or|between|late|early|mid|last|next|this)\s$/i.test(before)) return true;
	return /\bthe\s$/i.test(before) && /^\s+(?!(?:on|of|to|in|for|and|from|by|with|at)\b)[a-z]/.test(text.slice(end, end + 12));
}
