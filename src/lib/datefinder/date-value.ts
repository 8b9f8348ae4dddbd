/**
 * The dates the finder gives mentions, and how each is written in EDTF with the first and
 * last day it allows. Bounds are computed here, not by parsing the EDTF back, because
 * parsing costs about half a millisecond a date and a long article has hundreds.
 */
import { addDays, addMonths, dayOf, monthLength, monthText, yearText } from './calendar';

/** How fine the words are: the unit the date is given in. */
export type Precision =
	| 'day'
	| 'week'
	| 'month'
	| 'season'
	| 'quarter'
	| 'half'
	| 'year'
	| 'decade'
	| 'century'
	| 'span';

/** A date as the finder resolves it. */
export interface DateValue {
	/** EDTF: "2020-02-29", "2001-10~/2001-12~", "199X", "2021-05-18?". */
	date: string;
	/** First day the date allows, YYYY-MM-DD. */
	from: string;
	/** Last day the date allows, YYYY-MM-DD. */
	to: string;
	precision: Precision;
	/** The words are vague about where it falls ("late 2001", "around 2010"): EDTF `~`. */
	approximate: boolean;
	/** The date is the finder's guess ("the same day" leaning on an earlier date): EDTF `?`. */
	uncertain: boolean;
	/** The plain EDTF of the first and last unit, which an interval is made of. */
	lower: string;
	upper: string;
	/** A one-token EDTF form ("199X", "1998-35") used while the date is unqualified. */
	code?: string;
	/**
	 * For a vague part ("early 1997"), the unit it is a part of ("1997"): TimeML annotates the
	 * unit as the value and the part as a modifier (mod START, MID, END).
	 */
	whole?: DateValue;
}

function make(
	lower: string,
	upper: string,
	from: string,
	to: string,
	precision: Precision,
	code?: string
): DateValue {
	const date = code ?? (lower === upper ? lower : `${lower}/${upper}`);
	return { date, from, to, precision, approximate: false, uncertain: false, lower, upper, code };
}

/** One day. */
export function dayValue(day: string): DateValue {
	return make(day, day, day, day, 'day');
}

/** The days from `first` to `last`, as an interval (a week, a weekend, a publication window). */
export function daysValue(first: string, last: string, precision: Precision = 'span'): DateValue {
	return make(first, last, first, last, precision);
}

/** One month (1 to 12). */
export function monthValue(year: number, month: number): DateValue {
	const text = monthText(year, month);
	return make(text, text, dayOf(year, month, 1), dayOf(year, month, monthLength(year, month)), 'month');
}

/** The months from one to another, inclusive. */
export function monthsValue(
	year: number,
	month: number,
	count: number,
	precision: Precision = 'span'
): DateValue {
	const last = addMonths(year, month, count - 1);
	const first = monthValue(year, month);
	const end = monthValue(last.year, last.month);
	return make(first.lower, end.lower, first.from, end.to, precision);
}

/** One year. */
export function yearValue(year: number): DateValue {
	const text = yearText(year);
	return make(text, text, dayOf(year, 1, 1), dayOf(year, 12, 31), 'year');
}

/** The years from `first` to `last`, inclusive. */
export function yearsValue(first: number, last: number, precision: Precision = 'span'): DateValue {
	return make(yearText(first), yearText(last), dayOf(first, 1, 1), dayOf(last, 12, 31), precision);
}

/** The decade that starts with `year` (1990 for "the 1990s"): EDTF "199X". */
export function decadeValue(year: number): DateValue {
	const start = year - (year % 10);
	const value = yearsValue(start, start + 9, 'decade');
	return { ...value, date: `${yearText(start).slice(0, 3)}X`, code: `${yearText(start).slice(0, 3)}X` };
}

/** The hundred years that start with `year` (1900 for "the 20th century", as news uses it): "19XX". */
export function centuryValue(year: number): DateValue {
	const start = year - (year % 100);
	const value = yearsValue(start, start + 99, 'century');
	const code = `${yearText(start).slice(0, 2)}XX`;
	return { ...value, date: code, code };
}

/** A quarter (1 to 4) of a year: EDTF season codes 33 to 36. */
export function quarterValue(year: number, quarter: number): DateValue {
	const months = monthsValue(year, quarter * 3 - 2, 3, 'quarter');
	return { ...months, date: `${yearText(year)}-${32 + quarter}`, code: `${yearText(year)}-${32 + quarter}` };
}

/** A half (1 or 2) of a year: EDTF codes 40 and 41. */
export function halfValue(year: number, half: number): DateValue {
	const months = monthsValue(year, half * 6 - 5, 6, 'half');
	return { ...months, date: `${yearText(year)}-${39 + half}`, code: `${yearText(year)}-${39 + half}` };
}

/** The seasons in the order "spring", "summer", "fall", "winter". */
export type Season = 'spring' | 'summer' | 'fall' | 'winter';

const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };

/**
 * A meteorological season of the northern hemisphere, as months (EDTF's own season codes are
 * read as quarters by the edtf package, so they would not give the months a reader means):
 * spring March to May, summer June to August, fall September to November, winter December
 * to February of the next year.
 */
export function seasonValue(year: number, season: Season): DateValue {
	return monthsValue(year, SEASON_START[season], 3, 'season');
}

/** The ISO week (Monday to Sunday) that starts on `monday`. */
export function weekValue(monday: string): DateValue {
	return daysValue(monday, addDays(monday, 6), 'week');
}

/** From the start of one date to the end of another: "since 2014", "the past two decades". */
export function spanValue(first: DateValue, last: DateValue): DateValue {
	const value = make(first.lower, last.upper, first.from, last.to, 'span');
	const lower = first.approximate || first.uncertain;
	const upper = last.approximate || last.uncertain;
	const mark = (v: DateValue) => (v.approximate ? '~' : v.uncertain ? '?' : '');
	const date = `${first.lower}${lower ? mark(first) : ''}/${last.upper}${upper ? mark(last) : ''}`;
	return { ...value, date, approximate: first.approximate || last.approximate };
}

/**
 * The same days marked approximate (`~`, vague words) or uncertain (`?`, the finder's
 * guess). A one-token form becomes an interval of its units, which EDTF can qualify.
 */
export function qualify(value: DateValue, mark: '~' | '?'): DateValue {
	const approximate = value.approximate || mark === '~';
	const uncertain = value.uncertain || mark === '?';
	const q = approximate && uncertain ? '%' : approximate ? '~' : '?';
	const date =
		value.lower === value.upper ? `${value.lower}${q}` : `${value.lower}${q}/${value.upper}${q}`;
	return { ...value, date, approximate, uncertain, code: undefined };
}
