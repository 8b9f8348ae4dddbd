/**
 * Rules for dates told from the publication day, as news tells them: weekdays, "yesterday",
 * "two years ago", "last week", "this month", "earlier this year", "now", clock times.
 */
import { addDays, addMonths, partsOf, weekStart, weekdayOf } from './calendar';
import {
	dayValue,
	daysValue,
	monthValue,
	monthsValue,
	qualify,
	weekValue,
	yearValue,
	type DateValue
} from './date-value';
import type { Context, Rule } from './mention';
import { weekdayFor } from './resolve';
import { COUNT, WEEKDAY, countNumber, isVagueCount, weekdayNumber } from './words';

const TIME = String.raw`(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|(?<!\bhigh\s)noon|midday|midnight)(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|local time))?`;
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';

/** Nouns after "today's" that make it the present age: "today's youth", "today's world". */
const GENERIC = /^\s+(?:youth|young|world|society|children|kids|generation|teenagers|students|women|men|families|economy|culture|standards|technology|market|markets|politics|america|americans|china|europe|cuba)\b/i;

/** A unit of time in "two years ago", "last month": the date at that unit's precision. */
function unitValue(unit: string, context: Context, shift: number): DateValue | undefined {
	const ref = context.reference.day;
	const { year, month } = partsOf(ref);
	switch (unit.toLowerCase().replace(/s$/, '')) {
		case 'day':
			return dayValue(addDays(ref, shift));
		case 'week':
			return weekValue(addDays(weekStart(ref), 7 * shift));
		case 'month': {
			const m = addMonths(year, month, shift);
			return monthValue(m.year, m.month);
		}
		case 'year':
			return yearValue(year + shift);
		case 'decade':
			return qualify(yearValue(year + 10 * shift), '~');
		default:
			return undefined;
	}
}

/** The weekend (Saturday and Sunday) before, around or after the publication day. */
function weekendFor(context: Context, which: string | undefined): DateValue {
	const ref = context.reference.day;
	const saturday = addDays(weekStart(ref), 5);
	const lower = which?.toLowerCase();
	const past = lower === 'last' || lower === 'past' || (lower !== 'this' && lower !== 'next' && lower !== 'coming' && context.tense() === 'past');
	if (weekdayOf(ref) >= 5 && lower !== 'last' && lower !== 'next') return daysValue(saturday, addDays(saturday, 1), 'week');
	const first = past ? addDays(saturday, -7) : lower === 'next' && weekdayOf(ref) >= 5 ? addDays(saturday, 7) : saturday;
	return daysValue(first, addDays(first, 1), 'week');
}

/** The part of the publication's year, month or week before or after it. */
function earlierOrLater(which: string, unit: string, context: Context): DateValue | undefined {
	const ref = context.reference.day;
	const { year, month } = partsOf(ref);
	const earlier = /earl/i.test(which);
	switch (unit.toLowerCase()) {
		case 'year':
			return earlier ? monthsValue(year, 1, month) : monthsValue(year, month, 13 - month);
		case 'month':
			return earlier ? daysValue(`${ref.slice(0, 8)}01`, ref) : daysValue(ref, monthValue(year, month).to);
		case 'week':
			// A part of a week is no finer than the week for a timeline: keep the week.
			return weekValue(weekStart(ref));
		default:
			return undefined;
	}
}

/** The relative rules. */
export const relativeRules: Rule[] = [
	{
		name: 'weekday',
		pattern: new RegExp(
			`(?:${TIME}\\s+(?:on\\s+)?)?(?:\\b([Ll]ast|[Nn]ext|[Tt]his|(?:[Tt]his\\s+)?[Cc]oming|(?:[Tt]his\\s+)?[Pp]ast)\\s+)?\\b(${WEEKDAY})(?:['’]s)?(?:\\s+${PART_OF_DAY})?(?:,?\\s+(?:at\\s+)?${TIME})?\\b`,
			'g'
		),
		resolve: (m, c) => {
			const weekday = weekdayNumber(m[2]!)!;
			const which = m[1]?.toLowerCase().replace(/^this\s+/, '');
			const shift = which === 'last' || which === 'past' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
			// "Wednesday's ruling" names an event the reader knows of: it has happened.
			if (/['’]s\b/.test(m[0]) && shift === 0) return dayValue(weekdayFor(c, weekday, 0, 'past'));
			return dayValue(weekdayFor(c, weekday, shift));
		}
	},
	{
		name: 'day-word',
		pattern: new RegExp(
			`\\b(?:(the day before yesterday|the day after tomorrow)|(today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\\s+${PART_OF_DAY})?|(this\\s+${PART_OF_DAY}|last\\s+night))\\b`,
			'gi'
		),
		resolve: (m, c) => {
			const ref = c.reference.day;
			const words = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
			// "today's youth", "today's world": the present age, not a day.
			if (/['’]s$/.test(m[0]) && GENERIC.test(c.text.slice(m.index + m[0].length))) return undefined;
			if (words.includes('day before')) return dayValue(addDays(ref, -2));
			if (words.includes('day after')) return dayValue(addDays(ref, 2));
			if (words.startsWith('yesterday') || words.startsWith('last')) return dayValue(addDays(ref, -1));
			if (words.startsWith('tomorrow')) return dayValue(addDays(ref, 1));
			return dayValue(ref);
		}
	},
	{
		name: 'ago',
		pattern: new RegExp(
			`\\b(?:(about|almost|nearly|some|more than|over|roughly|around|just over|just|only|less than)\\s+)?(${COUNT})\\s+(days?|weeks?|months?|years?|decades?)\\s+ago\\b`,
			'gi'
		),
		resolve: (m, c) => {
			const count = countNumber(m[2]!);
			if (count === undefined) return undefined;
			const value = unitValue(m[3]!, c, -count);
			if (!value) return undefined;
			return m[1] || isVagueCount(m[2]!) ? qualify(value, '~') : value;
		}
	},
	{
		name: 'unit',
		// "the previous week" and "the next year" lean on an earlier date: see anaphora-rules.ts.
		pattern: /\b(last|this|next|the coming|the current|this past|this coming)\s+(week|month|year)\b(?!\s+(?:or|and)\b)/gi,
		resolve: (m, c) => {
			const which = m[1]!.toLowerCase();
			const shift = /last|previous|past/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0;
			return unitValue(m[2]!, c, shift);
		}
	},
	{
		name: 'weekend',
		pattern: /\b(?:(last|this|next|(?:this\s+)?past|(?:this\s+)?coming|the)\s+)weekend\b/gi,
		resolve: (m, c) => weekendFor(c, m[1]?.replace(/^this\s+/i, ''))
	},
	{
		name: 'earlier-this',
		pattern: /\b(earlier|later|early|late)\s+this\s+(year|month|week)\b/gi,
		resolve: (m, c) => earlierOrLater(m[1]!, m[2]!, c)
	},
	{
		name: 'now',
		// "now" alone is also a discourse word ("now, the question is"): only its clause uses count.
		pattern: /(?<=\b(?:is|are|was|were|has|have|had|'s|’s|by|for|right|as of)\s)now\b(?!,)|\bnow(?=\s+(?:under|in|at|on|has|have|holds?|controls?|faces?|lives?|stands?)\b)/gi,
		resolve: (_m, c) => c.reference.value
	}
];

export { TIME };
