/**
 * Periods in words: the one place that says a stretch of time in English, for the live
 * region, the toolbar, cluster labels, period shortcuts and the annotation panel.
 */
import { UTCDate } from '@date-fns/utc';
import { DAY } from './day';
import { formatUtc } from './format-utc';

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
}

/** Below this a view is told to the day ("3 May to 28 May 2021"). */
const DAYS_BELOW = 92 * DAY;
/** From this up a view is told in years ("2000 to 2022"); between, in months. */
const YEARS_FROM = 4 * 365 * DAY;

/** date-fns patterns by precision: 1 year, 2 month, 3 day. */
const PATTERN = { 1: 'y', 2: 'MMMM y', 3: 'd MMMM y' } as const;

/** One end of a period: an instant at a precision, with the words that qualify it ("about "). */
export interface Bound {
	/** The instant, UTC ms. */
	ms: number;
	/** 1 year, 2 month, 3 day. */
	precision: 1 | 2 | 3;
	/** Words before it, with a trailing space ("probably "), or ''. */
	qualifier: string;
}

/**
 * The period [from, to) (UTC ms, `to` exclusive) in words, in the style asked for. A year or
 * month that both ends share is said once. Empty for an empty or invalid period.
 */
export function formatPeriod(from: number, to: number, options: FormatPeriodOptions): string {
	if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return '';
	switch (options.style) {
		case 'sentence':
			return `Showing ${viewWords(from, to)}`;
		case 'label':
			return viewWords(from, to);
		case 'short':
			return shortWords(from, to - 1, options.precision ?? 'year');
		case 'exact':
			return exactWords(from, to);
	}
}

/**
 * Two bounds joined: "October to December 2001", "18 to 30 May 2021", "about 2002 to May 2021".
 * The shared year (and month) is said once when both ends have the same precision and qualifier.
 */
export function formatBounds(from: Bound, to: Bound): string {
	const a = new UTCDate(from.ms);
	const b = new UTCDate(to.ms);
	const shared = from.qualifier === to.qualifier && from.precision === to.precision;
	if (shared && from.precision > 1 && a.getFullYear() === b.getFullYear()) {
		const head = from.precision === 2 ? 'MMMM' : a.getMonth() === b.getMonth() ? 'd' : 'd MMMM';
		return `${from.qualifier}${words(from.ms, head)} to ${words(to.ms, PATTERN[to.precision])}`;
	}
	const toQualifier = from.qualifier === to.qualifier ? '' : to.qualifier;
	return `${from.qualifier}${words(from.ms, PATTERN[from.precision])} to ${toQualifier}${words(to.ms, PATTERN[to.precision])}`;
}

/** The instant `ms` as date-fns `pattern` in UTC. */
function words(ms: number, pattern: string): string {
	return formatUtc(ms, pattern);
}

/** A view of the timeline: its unit chosen by its length. */
function viewWords(from: number, to: number): string {
	const start = new UTCDate(from);
	const end = new UTCDate(to - 1);
	const sameYear = start.getFullYear() === end.getFullYear();
	if (to - from < DAYS_BELOW) {
		const last = formatUtc(end, 'd MMMM yyyy');
		if (sameYear && start.getMonth() === end.getMonth() && start.getDate() === end.getDate()) return last;
		return `${formatUtc(start, sameYear ? 'd MMMM' : 'd MMMM yyyy')} to ${last}`;
	}
	if (to - from < YEARS_FROM) {
		const last = formatUtc(end, 'MMMM yyyy');
		if (sameYear && start.getMonth() === end.getMonth()) return last;
		return `${formatUtc(start, sameYear ? 'MMMM' : 'MMMM yyyy')} to ${last}`;
	}
	return sameYear ? formatUtc(end, 'yyyy') : `${formatUtc(start, 'yyyy')} to ${formatUtc(end, 'yyyy')}`;
}

const SHORT: Record<PeriodPrecision, [full: string, withoutYear: string]> = {
	year: ['yyyy', 'yyyy'],
	month: ['MMMM yyyy', 'MMMM'],
	day: ['d MMMM yyyy', 'd MMMM']
};

/** "2014–2015", "May 2021", "February – May 2021": from the first to the last instant. */
function shortWords(first: number, last: number, precision: PeriodPrecision): string {
	const [full, withoutYear] = SHORT[precision];
	const a = new UTCDate(first);
	const b = new UTCDate(last);
	const end = formatUtc(b, full);
	if (formatUtc(a, full) === end) return end;
	if (precision === 'year') return `${formatUtc(a, full)}–${end}`;
	return `${formatUtc(a, a.getFullYear() === b.getFullYear() ? withoutYear : full)} – ${end}`;
}

/** Whole days from `from` to `to` in the coarsest units that fit them exactly. */
function exactWords(from: number, to: number): string {
	const last = to - DAY;
	const first = new UTCDate(from);
	const next = new UTCDate(to);
	const precision: 1 | 2 | 3 =
		first.getDate() !== 1 || next.getDate() !== 1 ? 3 : first.getMonth() === 0 && next.getMonth() === 0 ? 1 : 2;
	if (words(from, PATTERN[precision]) === words(last, PATTERN[precision])) return words(from, PATTERN[precision]);
	return formatBounds({ ms: from, precision, qualifier: '' }, { ms: last, precision, qualifier: '' });
}
