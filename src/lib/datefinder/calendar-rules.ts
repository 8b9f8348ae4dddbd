/**
 * Rules for dates named on the calendar: days, months, years, decades, centuries, seasons,
 * quarters and halves, with or without a vague part ("late 2001") or a year left out.
 */
import { dayOf, monthLength, partsOf, weekStart } from './calendar';
import {
	centuryValue,
	dayValue,
	decadeValue,
	monthValue,
	halfValue,
	qualify,
	quarterValue,
	seasonValue,
	weekValue,
	yearValue,
	yearsValue,
	type DateValue,
	type Season
} from './date-value';
import type { Context, Rule } from './mention';
import { partOf, partOfCentury, partOfDecade, partOfMonth, partOfYear } from './part-of';
import { yearFor } from './resolve';
import { MONTH, MONTH_NAME, ORDINAL, PART, WEEKDAY, monthNumber, ordinalNumber } from './words';

/** Years the finder reads as years: four digits from 1500 to 2099. */
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
/** Not part of a longer number, an amount, a code or a count of things. */
const YEAR_BEFORE =
	"(?<![\\d$£€#.,:/'’-]|No\\. ?|\\b(?:Flight|Route|Highway|Interstate|Room|Suite|Apartment|Box|Unit|Gate|Platform|Track|Bus|Train|Model|Version|Resolution|Chapter|Article|Section|Page|Channel|Boeing|Airbus|Apollo|Form|Bill|Proposition|Local)\\s)";
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

/** The year a part-of-year is in: an explicit one, or the context's. */
function thisYear(context: Context): number {
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

function seasonName(word: string): Season {
	const lower = word.toLowerCase();
	return lower === 'autumn' ? 'fall' : (lower as Season);
}

/** The season "last", "this", "next" or a bare "the spring" means from the publication day. */
function seasonFor(context: Context, season: Season, which: string | undefined): DateValue {
	const ref = context.reference.day;
	const { year } = partsOf(ref);
	const candidates = [year - 2, year - 1, year, year + 1].map((y) => seasonValue(y, season));
	const lower = which?.toLowerCase();
	const containing = candidates.find((c) => c.from <= ref && ref <= c.to);
	const before = candidates.filter((c) => c.to < ref).at(-1)!;
	const after = candidates.find((c) => c.from > ref)!;
	if (lower === 'last' || lower === 'past') return before;
	if (lower === 'next' || lower === 'coming') return after;
	if (containing) return containing;
	if (lower === 'this') return after;
	return context.tense() === 'future' ? after : before;
}

function quarterYear(context: Context, firstMonth: number, months: number): number {
	const { year, month } = partsOf(context.reference.day);
	const future = context.tense() === 'future';
	if (future) return firstMonth + months - 1 >= month ? year : year + 1;
	return firstMonth <= month ? year : year - 1;
}

function yearOfWords(words: string | undefined, context: Context): number | undefined {
	if (!words) return undefined;
	if (/^\d{4}$/.test(words)) return Number(words);
	const year = thisYear(context);
	if (/last/i.test(words)) return year - 1;
	if (/next/i.test(words)) return year + 1;
	return year;
}

const OF_YEAR = `(?:,?\\s+(?:of\\s+)?(${YEAR}|this year|last year|next year|the year))`;

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
	{
		name: 'decade',
		pattern: /(?:\bthe\s+)?(?:\b(early|mid|late)[\s-]+)?(?:\b(1[5-9]\d0|20\d0)|(?<![\w'’])['’](\d0))['’]?s\b/gi,
		resolve: (m, c) => {
			const start = m[2] ? Number(m[2]) : century(Number(m[3]), c);
			const part = partOf(m[1]);
			return part ? partOfDecade(start, part) : decadeValue(start);
		}
	},
	{
		name: 'century',
		pattern: new RegExp(
			`\\b(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(?:(${ORDINAL})|(this|last|next|the next|the last|the past|the previous))[\\s-]+century\\b`,
			'gi'
		),
		resolve: (m, c) => {
			const now = thisYear(c) - (thisYear(c) % 100);
			let start: number;
			if (m[2]) start = (ordinalNumber(m[2]) ?? 0) * 100 - 100;
			else if (/next/i.test(m[3]!)) start = now + 100;
			else if (/last|past|previous/i.test(m[3]!)) start = now - 100;
			else start = now;
			if (start < 0) return undefined;
			const part = partOf(m[1]);
			return part ? partOfCentury(start, part) : centuryValue(start);
		}
	},
	{
		name: 'season',
		pattern: new RegExp(
			`\\b(?:(early|late|mid)[\\s-]+)?(?:(last|this|next|past|coming|the)\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(${YEAR}))?(?![\\w-])`,
			'gi'
		),
		resolve: (m, c) => {
			const season = seasonName(m[3]!);
			const before = c.text.slice(Math.max(0, m.index - 7), m.index);
			if (!m[4] && !m[1] && (!m[2] || /^the$/i.test(m[2]))) {
				// A bare season needs a preposition: "in the spring", not "the fall of Kabul".
				if (!/\b(?:in|by|until|since|during|this|over|through)\s$/i.test(before)) return undefined;
				if (/^of\b/.test(c.text.slice(m.index + m[0].length).trimStart())) return undefined;
			}
			const value = m[4] ? seasonValue(Number(m[4]), season) : seasonFor(c, season, m[2]);
			return m[1] ? qualify(value, '~') : value;
		}
	},
	{
		name: 'quarter',
		pattern: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+quarter${OF_YEAR}?`, 'gi'),
		resolve: (m, c) => {
			const quarter = /final/i.test(m[1]!) ? 4 : ordinalNumber(m[1]!)!;
			const year = yearOfWords(m[2], c) ?? quarterYear(c, quarter * 3 - 2, 3);
			return quarterValue(year, quarter);
		}
	},
	{
		name: 'quarter-code',
		pattern: new RegExp(`\\bQ([1-4])\\s+(${YEAR})(?!\\d)`, 'g'),
		resolve: (m) => quarterValue(Number(m[2]), Number(m[1]))
	},
	{
		name: 'half',
		pattern: new RegExp(`\\b(?:the\\s+)?(first|second|1st|2nd)[\\s-]+half${OF_YEAR}?`, 'gi'),
		resolve: (m, c) => {
			const half = ordinalNumber(m[1]!)!;
			const year = yearOfWords(m[2], c) ?? quarterYear(c, half * 6 - 5, 6);
			return halfValue(year, half);
		}
	}
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

/** The century of a two-digit decade ("the '90s"): the latest not after the publication. */
function century(decade: number, context: Context): number {
	const year = thisYear(context);
	const base = year - (year % 100);
	return base + decade > year ? base - 100 + decade : base + decade;
}
