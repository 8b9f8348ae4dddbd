/**
 * Periods in words: the one place that says a stretch of time, in the reader's language
 * (a {@link DateLocale}; English by default), for the live region, the toolbar, cluster
 * labels, period shortcuts and the annotation panel.
 */
// The mini class: the full one builds three Intl formatters for its toString when its module loads.
import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';
import { fill } from '../i18n/plural';
import { DAY } from './day';
import { ENGLISH_DATES, type DateForm, type DateLocale } from './date-locale';

/**
 * How a period is said:
 * - `sentence`: for a live region, "Showing March 2020 to June 2021", told to the day under
 *   about three months, in months up to four years and in years beyond;
 * - `label`: the same words without "Showing", for the toolbar and cluster labels;
 * - `short`: a shortcut button at a given precision, "2014–2015", "February – May 2021";
 * - `exact`: whole calendar units in the coarsest terms that fit exactly: "2015",
 *   "October to December 2001", "18 to 30 May 2021".
 */
export type PeriodStyle = 'sentence' | 'label' | 'short' | 'exact';

/** The unit a `short` period is told in. */
export type PeriodPrecision = 'year' | 'month' | 'day';

/** Options for {@link formatPeriod}. */
export interface FormatPeriodOptions {
	/** How to say it; see {@link PeriodStyle}. */
	style: PeriodStyle;
	/** For `short`: the unit to tell it in (default year). */
	precision?: PeriodPrecision;
	/** The language to say it in (English by default). */
	locale?: DateLocale;
}

/** Below this a view is told to the day ("3 May to 28 May 2021"). */
const DAYS_BELOW = 92 * DAY;
/** From this up a view is told in years ("2000 to 2022"); between, in months. */
const YEARS_FROM = 4 * 365 * DAY;

/** Date forms by precision: 1 year, 2 month, 3 day. */
const FORM = { 1: 'year', 2: 'month', 3: 'day' } as const;
const UNIT = { 1: 'year', 2: 'month', 3: 'day' } as const;

/** One end of a period: an instant at a precision, with the words that qualify it ("about "). */
export interface Bound {
	/** The instant, UTC ms. */
	ms: number;
	/** 1 year, 2 month, 3 day. */
	precision: 1 | 2 | 3;
	/** Words before it, with a trailing space ("probably "), or ''; the locale's words. */
	qualifier: string;
}

/**
 * The period [from, to) (UTC ms, `to` exclusive) in words, in the style asked for. A year or
 * month that both ends share is said once. Empty for an empty or invalid period.
 */
export function formatPeriod(from: number, to: number, options: FormatPeriodOptions): string {
	if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return '';
	const locale = options.locale ?? ENGLISH_DATES;
	switch (options.style) {
		case 'sentence':
			return fill(locale.words.showing, { period: viewWords(from, to, locale) }, locale.intl);
		case 'label':
			return viewWords(from, to, locale);
		case 'short':
			return shortWords(from, to - 1, options.precision ?? 'year', locale);
		case 'exact':
			return exactWords(from, to, locale);
	}
}

/** Approximate months of one year that make a part of it: early, mid, late (as the date finder reads them). */
const PARTS: { first: number; last: number; word: 'early' | 'mid' | 'late' }[] = [
	{ first: 0, last: 3, word: 'early' },
	{ first: 4, last: 7, word: 'mid' },
	{ first: 9, last: 11, word: 'late' }
];


/**
 * Two bounds joined: "October to December 2001", "18 to 30 May 2021", "about 2002 to May 2021".
 * The shared year (and month) is said once when both ends have the same precision and qualifier.
 */
export function formatBounds(from: Bound, to: Bound, locale: DateLocale = ENGLISH_DATES): string {
	const a = new UTCDate(from.ms);
	const b = new UTCDate(to.ms);
	const { words, format } = locale;
	const shared = from.qualifier === to.qualifier && from.precision === to.precision;
	if (shared && from.precision === 2 && from.qualifier === words.about && a.getFullYear() === b.getFullYear()) {
		// "late 2001", as the article would say it, rather than "about October to December 2001".
		const part = PARTS.find((p) => p.first === a.getMonth() && p.last === b.getMonth());
		if (part) return fill(words[part.word], { year: format(from.ms, 'year') }, locale.intl);
	}
	if (shared && from.precision > 1 && a.getFullYear() === b.getFullYear()) {
		const head: DateForm = from.precision === 2 ? 'monthName' : a.getMonth() === b.getMonth() ? 'dayNumber' : 'dayMonth';
		return from.qualifier + words.range(format(from.ms, head), format(to.ms, FORM[to.precision]), UNIT[from.precision]);
	}
	const toQualifier = from.qualifier === to.qualifier ? '' : to.qualifier;
	return words.range(`${from.qualifier}${format(from.ms, FORM[from.precision])}`, `${toQualifier}${format(to.ms, FORM[to.precision])}`, UNIT[from.precision]);
}

/** A view of the timeline: its unit chosen by its length. */
function viewWords(from: number, to: number, locale: DateLocale): string {
	const { format, words } = locale;
	const start = new UTCDate(from);
	const end = new UTCDate(to - 1);
	const sameYear = start.getFullYear() === end.getFullYear();
	if (to - from < DAYS_BELOW) {
		const last = format(+end, 'day');
		if (sameYear && start.getMonth() === end.getMonth() && start.getDate() === end.getDate()) return last;
		return words.range(format(from, sameYear ? 'dayMonth' : 'day'), last, 'day');
	}
	if (to - from < YEARS_FROM) {
		const last = format(+end, 'month');
		if (sameYear && start.getMonth() === end.getMonth()) return last;
		return words.range(format(from, sameYear ? 'monthName' : 'month'), last, 'month');
	}
	return sameYear ? format(+end, 'year') : words.range(format(from, 'year'), format(+end, 'year'), 'year');
}

const SHORT: Record<PeriodPrecision, [full: DateForm, withoutYear: DateForm]> = {
	year: ['year', 'year'],
	month: ['month', 'monthName'],
	day: ['day', 'dayMonth']
};

/** "2014–2015", "May 2021", "February – May 2021": from the first to the last instant. */
function shortWords(first: number, last: number, precision: PeriodPrecision, { format }: DateLocale): string {
	const [full, withoutYear] = SHORT[precision];
	const a = new UTCDate(first);
	const b = new UTCDate(last);
	const end = format(last, full);
	if (format(first, full) === end) return end;
	if (precision === 'year') return `${format(first, full)}–${end}`;
	return `${format(first, a.getFullYear() === b.getFullYear() ? withoutYear : full)} – ${end}`;
}

/** Whole days from `from` to `to` in the coarsest units that fit them exactly. */
function exactWords(from: number, to: number, locale: DateLocale): string {
	const last = to - DAY;
	const first = new UTCDate(from);
	const next = new UTCDate(to);
	const precision: 1 | 2 | 3 =
		first.getDate() !== 1 || next.getDate() !== 1 ? 3 : first.getMonth() === 0 && next.getMonth() === 0 ? 1 : 2;
	const form = FORM[precision];
	if (locale.format(from, form) === locale.format(last, form)) return locale.format(from, form);
	return formatBounds({ ms: from, precision, qualifier: '' }, { ms: last, precision, qualifier: '' }, locale);
}
