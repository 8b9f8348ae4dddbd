/**
 * What an EDTF date means, in plain words, for labels, the panel and screen readers, in the
 * reader's language (a {@link DateLocale}; English by default). The words for a span of days
 * come from the one period formatter (format-period.ts).
 */
import type { Edtf, EdtfBitmask, EdtfDate, EdtfSeason } from 'edtf';
import { fill } from '../i18n/plural';
import { DAY, dayToMs, msToDay } from './day';
import { ENGLISH_DATES, type DateLocale } from './date-locale';
import { parse } from './edtf';
import { readSimpleBounds, type SimpleBound } from './simple-edtf';
import { formatBounds, formatPeriod } from './format-period';

const FORM = { 1: 'year', 2: 'month', 3: 'day' } as const;

/** The year `year` (ISO: 0 is 1 BCE) as the language writes it: "2021", "44 BCE". */
function yearWords(year: number, locale: DateLocale): string {
	const d = new Date(0);
	d.setUTCFullYear(year, 0, 1);
	return locale.format(d.getTime(), 'year');
}

/** "the 1990s"; before the common era, where decades are not named so, its first and last years. */
function decadeWords(year: number, locale: DateLocale): string {
	if (year > 0) return locale.words.decade(yearWords(year, locale));
	return fill(locale.words.years, { from: yearWords(year, locale), to: yearWords(year + 9, locale) }, locale.intl);
}

function qualifier(value: { uncertain: EdtfBitmask; approximate: EdtfBitmask }, { words }: DateLocale): string {
	const uncertain = value.uncertain.value !== 0;
	const approximate = value.approximate.value !== 0;
	if (uncertain && approximate) return words.probablyAbout;
	return uncertain ? words.probably : approximate ? words.about : '';
}

/**
 * Plain English for the calendar days from `start` to `end` (YYYY-MM-DD, inclusive), in the
 * coarsest terms that fit exactly: "2015", "October to December 2001", "18 to 30 May 2021",
 * "28 December 2014 to 1 January 2015". Throws on an invalid day or when `end` is before `start`.
 */
export function describeRange(start: string, end: string, locale: DateLocale = ENGLISH_DATES): string {
	const from = dayToMs(start);
	const to = dayToMs(end);
	if (to < from) throw new Error(`${end} is before ${start}`);
	return formatPeriod(from, to + DAY, { style: 'exact', locale });
}

function describeSeason(value: EdtfSeason, locale: DateLocale): string {
	const code = value.season;
	const year = yearWords(value.year, locale);
	const { words, intl } = locale;
	const season = (n: number) => fill(words.season, { season: words.seasons[n] ?? '', year }, intl);
	let text: string;
	if (code <= 24) text = season(code - 21);
	else if (code <= 28) text = fill(words.northern, { season: season(code - 25) }, intl);
	else if (code <= 32) text = fill(words.southern, { season: season(code - 29) }, intl);
	else if (code <= 36) text = fill(words.quarters[code - 33] ?? '', { year }, intl);
	else if (code <= 39) text = fill(words.fourMonths[code - 37] ?? '', { year }, intl);
	else text = fill(words.halves[code - 40] ?? '', { year }, intl);
	return qualifier(value, locale) + text;
}

function describeDay(value: EdtfDate, locale: DateLocale): string {
	if (value.unspecified.value) {
		const from = msToDay(value.min ?? NaN);
		const to = msToDay(value.max ?? NaN);
		// Whether the span is one unit ("1990s", "May 2021") or a range does not depend on the language.
		const range = describeRange(from, to).includes(' to ');
		return fill(range ? locale.words.someTimeFrom : locale.words.someTimeIn, { span: describeRange(from, to, locale) }, locale.intl);
	}
	if (value.precision === 0) return fill(locale.words.utc, { time: locale.format(value.min ?? NaN, 'minute') }, locale.intl);
	return qualifier(value, locale) + locale.format(value.min ?? NaN, FORM[value.precision]);
}

function describeBound(bound: EdtfDate | EdtfSeason | number | null, open: string, locale: DateLocale): string {
	if (bound === null) return locale.words.unknown;
	if (typeof bound === 'number') return open;
	return bound.type === 'Season' ? describeSeason(bound, locale) : describeDay(bound, locale);
}

function joinWords(items: string[], type: 'conjunction' | 'disjunction', locale: DateLocale): string {
	return new Intl.ListFormat(locale.intl, { type }).format(items);
}

/** Plain words for a value edtf has parsed. */
export function describeValue(value: Edtf, locale: DateLocale = ENGLISH_DATES): string {
	const { words, intl } = locale;
	switch (value.type) {
		case 'Date':
			return describeDay(value, locale);
		case 'Season':
			return describeSeason(value, locale);
		case 'Interval': {
			const { lower, upper } = value;
			if (isCalendarBound(lower) && isCalendarBound(upper)) {
				return formatBounds(
					{ ms: lower.min ?? NaN, precision: lower.precision, qualifier: qualifier(lower, locale) },
					{ ms: upper.min ?? NaN, precision: upper.precision, qualifier: qualifier(upper, locale) },
					locale
				);
			}
			if (typeof lower === 'number') return fill(words.until, { date: describeBound(upper, '', locale) }, intl);
			if (typeof upper === 'number') return fill(words.onwards, { date: describeBound(lower, '', locale) }, intl);
			return words.range(describeBound(lower, '', locale), describeBound(upper, '', locale), 'day');
		}
		case 'List':
		case 'Set': {
			const items = value.values.map((item) =>
				Array.isArray(item) ? words.range(describeDay(item[0], locale), describeDay(item[1], locale), 'day') : describeValue(item, locale)
			);
			const set = value.type === 'Set';
			if (value.earlier) items[0] = fill(set ? words.orEarlier : words.andEarlier, { date: items[0] ?? '' }, intl);
			if (value.later) items[items.length - 1] = fill(set ? words.orLater : words.andLater, { date: items.at(-1) ?? '' }, intl);
			return joinWords(items, set ? 'disjunction' : 'conjunction', locale);
		}
		case 'Decade':
			return decadeWords(new Date(value.min ?? NaN).getUTCFullYear(), locale);
		default:
			// A century, or a year of more than four digits.
			return describeRange(msToDay(value.min ?? NaN), msToDay(value.max ?? NaN), locale);
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
function simpleQualifier(q: SimpleBound['qualifier'], { words }: DateLocale): string {
	return q === '?' ? words.probably : q === '~' ? words.about : q === '%' ? words.probablyAbout : '';
}

function simpleBound(bound: SimpleBound, locale: DateLocale): { ms: number; precision: 1 | 2 | 3; qualifier: string } {
	return { ms: dayToMs(bound.start), precision: bound.precision, qualifier: simpleQualifier(bound.qualifier, locale) };
}

/** A common-form date in the same words {@link describeDay} gives edtf's reading of it. */
function describeSimple(bound: SimpleBound, locale: DateLocale): string {
	const { ms, precision, qualifier } = simpleBound(bound, locale);
	return qualifier + locale.format(ms, FORM[precision]);
}

/**
 * Plain English for what an EDTF date means, for labels and screen readers:
 * "2001-10~/2001-12~" → "late 2001", "2021-05-18?" → "probably 18 May 2021",
 * "2021-33" → "the first quarter of 2021". Never throws: a string that is not EDTF comes back
 * unchanged, so a label cannot break the page.
 */
export function describeDate(date: string, locale: DateLocale = ENGLISH_DATES): string {
	const bounds = readSimpleBounds(date);
	if (bounds) {
		return bounds.length === 1
			? describeSimple(bounds[0], locale)
			: formatBounds(simpleBound(bounds[0], locale), simpleBound(bounds[1], locale), locale);
	}
	try {
		return describeValue(parse(date), locale);
	} catch {
		return date;
	}
}
