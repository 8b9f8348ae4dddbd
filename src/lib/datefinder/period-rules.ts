/**
 * Rules for the calendar's longer periods: decades, centuries, seasons, quarters and halves,
 * with or without a year or a vague part ("the late 1970s", "early spring").
 */
import { partsOf } from './calendar';
import { YEAR, thisYear, yearOfWords } from './calendar-rules';
import {
	centuryValue,
	decadeValue,
	halfValue,
	qualify,
	quarterValue,
	seasonValue,
	type DateValue,
	type Season
} from './date-value';
import type { Context, Rule } from './mention';
import { partOf, partOfCentury, partOfDecade } from './part-of';
import { ORDINAL, ordinalNumber } from './words';

const OF_YEAR = `(?:,?\\s+(?:of\\s+)?(${YEAR}|this year|last year|next year|the year))`;

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

/** The century of a two-digit decade ("the '90s"): the latest not after the publication. */
function century(decade: number, context: Context): number {
	const year = thisYear(context);
	const base = year - (year % 100);
	return base + decade > year ? base - 100 + decade : base + decade;
}

/** The period rules. */
export const periodRules: Rule[] = [
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
