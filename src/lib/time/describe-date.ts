/**
 * What an EDTF date means, in plain English, for labels, the panel and screen readers. The
 * words for a span of days come from the one period formatter (format-period.ts).
 */
import type { Edtf, EdtfBitmask, EdtfDate, EdtfSeason } from 'edtf';
import { DAY, dayToMs, msToDay, yearName } from './day';
import { parse } from './edtf';
import { readSimpleBounds, type SimpleBound } from './simple-edtf';
import { formatBounds, formatPeriod } from './format-period';
import { formatUtc } from './format-utc';

const PATTERN = { 1: 'y', 2: 'MMMM y', 3: 'd MMMM y' } as const;

function words(ms: number, pattern: string): string {
	return formatUtc(ms, pattern);
}

/** "the 1990s"; before the common era, where decades are not named so, its first and last years. */
function decadeWords(year: number): string {
	return year > 0 ? `the ${year}s` : `the years ${yearName(year)} to ${yearName(year + 9)}`;
}

function qualifier(value: { uncertain: EdtfBitmask; approximate: EdtfBitmask }): string {
	const uncertain = value.uncertain.value !== 0;
	const approximate = value.approximate.value !== 0;
	if (uncertain && approximate) return 'probably about ';
	return uncertain ? 'probably ' : approximate ? 'about ' : '';
}

/**
 * Plain English for the calendar days from `start` to `end` (YYYY-MM-DD, inclusive), in the
 * coarsest terms that fit exactly: "2015", "October to December 2001", "18 to 30 May 2021",
 * "28 December 2014 to 1 January 2015". Throws on an invalid day or when `end` is before `start`.
 */
export function describeRange(start: string, end: string): string {
	const from = dayToMs(start);
	const to = dayToMs(end);
	if (to < from) throw new Error(`${end} is before ${start}`);
	return formatPeriod(from, to + DAY, { style: 'exact' });
}

const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
const ORDINALS = ['first', 'second', 'third', 'fourth'];

function describeSeason(value: EdtfSeason): string {
	const code = value.season;
	const year = value.year;
	let text: string;
	if (code <= 24) text = `${SEASONS[code - 21]} ${year}`;
	else if (code <= 28) text = `${SEASONS[code - 25]} ${year} (Northern Hemisphere)`;
	else if (code <= 32) text = `${SEASONS[code - 29]} ${year} (Southern Hemisphere)`;
	else if (code <= 36) text = `the ${ORDINALS[code - 33]} quarter of ${year}`;
	else if (code <= 39) text = `the ${ORDINALS[code - 37]} four months of ${year}`;
	else text = `the ${ORDINALS[code - 40]} half of ${year}`;
	return qualifier(value) + text;
}

function describeDay(value: EdtfDate): string {
	if (value.unspecified.value) {
		const span = describeRange(msToDay(value.min ?? NaN), msToDay(value.max ?? NaN));
		return span.includes(' to ') ? `some time from ${span}` : `some time in ${span}`;
	}
	if (value.precision === 0) return `${words(value.min ?? NaN, 'd MMMM y, HH:mm')} UTC`;
	return qualifier(value) + words(value.min ?? NaN, PATTERN[value.precision]);
}

function describeBound(bound: EdtfDate | EdtfSeason | number | null, open: string): string {
	if (bound === null) return 'an unknown date';
	if (typeof bound === 'number') return open;
	return bound.type === 'Season' ? describeSeason(bound) : describeDay(bound);
}

function joinWords(items: string[], last: string): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** Plain English for a value edtf has parsed. */
export function describeValue(value: Edtf): string {
	switch (value.type) {
		case 'Date':
			return describeDay(value);
		case 'Season':
			return describeSeason(value);
		case 'Interval': {
			const { lower, upper } = value;
			if (isCalendarBound(lower) && isCalendarBound(upper)) {
				return formatBounds(
					{ ms: lower.min ?? NaN, precision: lower.precision, qualifier: qualifier(lower) },
					{ ms: upper.min ?? NaN, precision: upper.precision, qualifier: qualifier(upper) }
				);
			}
			if (typeof lower === 'number') return `until ${describeBound(upper, '')}`;
			if (typeof upper === 'number') return `${describeBound(lower, '')} onwards`;
			return `${describeBound(lower, '')} to ${describeBound(upper, '')}`;
		}
		case 'List':
		case 'Set': {
			const items = value.values.map((item) =>
				Array.isArray(item) ? `${describeDay(item[0])} to ${describeDay(item[1])}` : describeValue(item)
			);
			const conjunction = value.type === 'Set' ? 'or' : 'and';
			if (value.earlier) items[0] = `${items[0]} ${conjunction} earlier`;
			if (value.later) items[items.length - 1] = `${items.at(-1)} ${conjunction} later`;
			return joinWords(items, conjunction);
		}
		case 'Decade':
			return decadeWords(new Date(value.min ?? NaN).getUTCFullYear());
		default:
			// A century, or a year of more than four digits.
			return describeRange(msToDay(value.min ?? NaN), msToDay(value.max ?? NaN));
	}
}

/** A plain calendar date of year, month or day precision, with no unspecified digits. */
function isCalendarBound(bound: EdtfDate | EdtfSeason | number | null): bound is EdtfDate & { precision: 1 | 2 | 3 } {
	return (
		typeof bound === 'object' &&
		bound !== null &&
		bound.type === 'Date' &&
		bound.precision !== 0 &&
		!bound.unspecified.value
	);
}

/** The words edtf's qualifiers give: "?" uncertain, "~" approximate, "%" both. */
const SIMPLE_QUALIFIER = { '': '', '?': 'probably ', '~': 'about ', '%': 'probably about ' } as const;

function simpleBound(bound: SimpleBound): { ms: number; precision: 1 | 2 | 3; qualifier: string } {
	return { ms: dayToMs(bound.start), precision: bound.precision, qualifier: SIMPLE_QUALIFIER[bound.qualifier] };
}

/** A common-form date in the same words {@link describeDay} gives edtf's reading of it. */
function describeSimple(bound: SimpleBound): string {
	const { ms, precision, qualifier } = simpleBound(bound);
	return qualifier + words(ms, PATTERN[precision]);
}

/**
 * Plain English for what an EDTF date means, for labels and screen readers:
 * "2001-10~/2001-12~" → "about October to December 2001", "2021-05-18?" → "probably 18 May 2021",
 * "2021-33" → "the first quarter of 2021". Never throws: a string that is not EDTF comes back
 * unchanged, so a label cannot break the page.
 */
export function describeDate(date: string): string {
	const bounds = readSimpleBounds(date);
	if (bounds) return bounds.length === 1 ? describeSimple(bounds[0]) : formatBounds(simpleBound(bounds[0]), simpleBound(bounds[1]));
	try {
		return describeValue(parse(date));
	} catch {
		return date;
	}
}
