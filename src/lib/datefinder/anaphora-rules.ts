/**
 * Rules for dates read from an earlier one ("the same day", "two days later", "that year")
 * and for spans that end at publication ("for the past two decades"). An anaphor takes the
 * latest earlier mention fine enough for it, within a few sentences; it is marked uncertain
 * (EDTF `?`) unless that mention is in its own sentence, and says which mention it used.
 */
import { addDays, addMonths, partsOf, weekStart } from './calendar';
import {
	dayValue,
	monthValue,
	qualify,
	spanValue,
	weekValue,
	yearValue,
	type DateValue,
	type Precision
} from './date-value';
import type { Context, Resolution, Rule } from './mention';
import { anchorFor } from './resolve';
import { TIME } from './relative-rules';
import { COUNT, countNumber, isVagueCount } from './words';

const DAYS: Precision[] = ['day'];
const WEEKS: Precision[] = ['day', 'week'];
const MONTHS: Precision[] = ['day', 'week', 'month'];
const YEARS: Precision[] = ['day', 'week', 'month', 'season', 'quarter', 'half', 'year'];

function finestFor(unit: string): Precision[] {
	if (/day|morning|night|evening|afternoon/.test(unit)) return DAYS;
	if (/week/.test(unit)) return WEEKS;
	if (/month/.test(unit)) return MONTHS;
	return YEARS;
}

/**
 * The date `shift` units from an anchor's first day, at the unit's precision; counted weeks
 * from a day (`exact`) stay a day: "a week later" than March 3 is March 10, while "the
 * previous week" is a week.
 */
function shifted(from: string, unit: string, shift: number, exact = false): DateValue {
	const { year, month } = partsOf(from);
	if (/day|morning|night|evening|afternoon/.test(unit)) return dayValue(addDays(from, shift));
	if (/week/.test(unit)) return exact ? dayValue(addDays(from, 7 * shift)) : weekValue(addDays(weekStart(from), 7 * shift));
	if (/month/.test(unit)) {
		const m = addMonths(year, month, shift);
		return monthValue(m.year, m.month);
	}
	return yearValue(year + shift);
}

function lean(context: Context, unit: string, shift: number, vague = false, counted = false): Resolution | undefined {
	const anchor = anchorFor(context, finestFor(unit));
	if (!anchor) return undefined;
	let value = shifted(anchor.from, unit, shift, counted && anchor.precision === 'day');
	if (shift === 0 && anchor.precision === value.precision) {
		value = { ...value, date: anchor.date.replace(/[~?%]/g, ''), lower: value.lower, upper: value.upper };
	}
	if (vague) value = qualify(value, '~');
	if (anchor.sentence !== context.sentenceIndex || anchor.uncertain) value = qualify(value, '?');
	return { value, anchor: context.previous.indexOf(anchor), anaphoric: true };
}

/** A span from `count` units before the publication to the publication. */
function pastSpan(context: Context, count: number, unit: string, vague: boolean): DateValue | undefined {
	const reference = context.reference;
	const { year, month } = partsOf(reference.day);
	let start: DateValue;
	if (/centur/.test(unit)) start = qualify(yearValue(year - 100 * count), '~');
	else if (/decade/.test(unit)) start = qualify(yearValue(year - 10 * count), '~');
	else if (/year/.test(unit)) start = count > 2 ? qualify(yearValue(year - count), '~') : (() => { const m = addMonths(year, month, -12 * count); return monthValue(m.year, m.month); })();
	else if (/month/.test(unit)) {
		const m = addMonths(year, month, -count);
		start = monthValue(m.year, m.month);
	} else if (/week/.test(unit)) start = dayValue(addDays(reference.day, -7 * count));
	else start = dayValue(addDays(reference.day, -count));
	if (vague) start = qualify(start, '~');
	return spanValue(start, reference.value);
}

/** The anaphora and span rules. */
export const anaphoraRules: Rule[] = [
	{
		name: 'same-day-as',
		// "the same day that the report was released": the clause, not an earlier date, names
		// the day; with no date in it, news means its own time, so the publication day, a guess.
		pattern: /\b(?:on\s+)?(?:the|that)\s+same\s+day(?=\s+(?:that|as|when)\b)/gi,
		priority: 1,
		resolve: (m, c) => {
			const rest = c.text.slice(m.index + m[0].length, c.sentence.end);
			if (/\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b/.test(rest)) {
				return lean(c, 'day', 0);
			}
			return { value: qualify(dayValue(c.reference.day), '?'), anaphoric: true };
		}
	},
	{
		name: 'that-day',
		pattern: /\b(?:(?:on|by)\s+)?(the same day|that same day|that very day|that day|the next day|the following day|the day before(?![ \t]+\w)|the previous day|the day after(?![ \t]+\w)|the next morning|the following morning|that morning|that afternoon|that evening|that night|the night before|the previous night|earlier that day|later that day|earlier in the day|later in the day)\b(?!\s+(?:has|had|will|is|was|came|comes|that)\b)/gi,
		resolve: (m, c) => {
			const words = m[1]!.toLowerCase();
			const shift = /next|following|after/.test(words) ? 1 : /before|previous/.test(words) ? -1 : 0;
			return lean(c, 'day', shift);
		}
	},
	{
		name: 'that-unit',
		pattern: /\b(the same|that|the following|the next|the previous|later that|earlier that)\s+(week|month|year)\b/gi,
		resolve: (m, c) => {
			const words = m[1]!.toLowerCase();
			const shift = /following|next/.test(words) ? 1 : /previous/.test(words) ? -1 : 0;
			return lean(c, m[2]!.toLowerCase(), shift);
		}
	},
	{
		// "The year before, it was quiet": the unit before or after the one just named. With a
		// word after it ("the year before the war", "the year before last") it leans on that.
		name: 'unit-before',
		pattern: /\bthe\s+(week|month|year)\s+(before|after)\b(?![ \t]+\w)/gi,
		resolve: (m, c) => lean(c, m[1]!.toLowerCase(), m[2]!.toLowerCase() === 'after' ? 1 : -1)
	},
	{
		name: 'units-later',
		pattern: new RegExp(`\\b(${COUNT})\\s+(days?|weeks?|months?|years?)\\s+(later|earlier|before)\\b(?![\\w\\s]{0,3}\\bthe\\b)`, 'gi'),
		resolve: (m, c) => {
			const count = countNumber(m[1]!);
			if (count === undefined) return undefined;
			const unit = m[2]!.toLowerCase();
			return lean(c, unit, /later/i.test(m[3]!) ? count : -count, isVagueCount(m[1]!), true);
		}
	},
	{
		name: 'clock-time',
		// A time of day dates the day the story is on: the latest day named, else publication.
		pattern: new RegExp(`(?<![\\w:])${TIME}`, 'g'),
		priority: -2,
		resolve: (_m, c) => lean(c, 'day', 0) ?? { value: qualify(dayValue(c.reference.day), '?'), anaphoric: true }
	},
	{
		name: 'past-span',
		pattern: new RegExp(
			`\\b(?:(?:for|over|in|during|within|throughout)\\s+)?(?:the|these)\\s+(?:past|last)\\s+(?:(${COUNT})\\s+)?(days?|weeks?|months?|years?|decades?|centur(?:y|ies))\\b`,
			'gi'
		),
		resolve: (m, c) => {
			// "the past decades" without a count says no length.
			if (!m[1] && /s$/i.test(m[2]!)) return undefined;
			const count = m[1] ? countNumber(m[1]) : 1;
			if (count === undefined) return undefined;
			return pastSpan(c, count, m[2]!.toLowerCase(), m[1] ? isVagueCount(m[1]) : false);
		}
	}
];
