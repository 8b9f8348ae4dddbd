/**
 * Vague parts of a unit ("late 2001", "the early 1990s", "mid-November"), decided once here
 * so every rule gives the same bounds, which a reader would agree with:
 *
 * | words | of a year | of a decade | of a century | of a month |
 * | --- | --- | --- | --- | --- |
 * | early, the beginning of, the start of | January to April | years 0 to 3 | 00 to 33 | the month |
 * | mid, the middle of | May to August | years 4 to 6 | 34 to 66 | the month |
 * | late | October to December | years 7 to 9 | 67 to 99 | the month |
 * | the end of | November and December | years 8 and 9 | 90 to 99 | the month |
 *
 * All are approximate (EDTF `~`). A part of a month stays the whole month, approximate:
 * naming days would make up a precision the words do not have.
 */
import { centuryValue, decadeValue, monthsValue, monthValue, qualify, yearsValue, yearValue, type DateValue } from './date-value';

/** Which part of a unit the words name. */
export type Part = 'early' | 'mid' | 'late' | 'end';

/** The part named by words like "early", "mid-", "the end of"; undefined for none. */
export function partOf(words: string | undefined): Part | undefined {
	if (!words) return undefined;
	const lower = words.toLowerCase();
	if (/early|beginning|start/.test(lower)) return 'early';
	if (/mid|middle/.test(lower)) return 'mid';
	if (/late/.test(lower)) return 'late';
	if (/end/.test(lower)) return 'end';
	return undefined;
}

const YEAR_MONTHS: Record<Part, [number, number]> = { early: [1, 4], mid: [5, 4], late: [10, 3], end: [11, 2] };
const DECADE_YEARS: Record<Part, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9], end: [8, 9] };
const CENTURY_YEARS: Record<Part, [number, number]> = { early: [0, 33], mid: [34, 66], late: [67, 99], end: [90, 99] };

/** A part of a year: "late 2001" → 2001-10~/2001-12~. */
export function partOfYear(year: number, part: Part): DateValue {
	const [month, count] = YEAR_MONTHS[part];
	return { ...qualify(monthsValue(year, month, count), '~'), precision: 'month', whole: yearValue(year) };
}

/** A part of a decade (its first year): "the late 1970s" → 1977~/1979~. */
export function partOfDecade(start: number, part: Part): DateValue {
	const [a, b] = DECADE_YEARS[part];
	return { ...qualify(yearsValue(start + a, start + b), '~'), precision: 'year', whole: decadeValue(start) };
}

/** A part of a century (its first year): "the early 20th century" → 1900~/1933~. */
export function partOfCentury(start: number, part: Part): DateValue {
	const [a, b] = CENTURY_YEARS[part];
	return { ...qualify(yearsValue(start + a, start + b), '~'), precision: 'decade', whole: centuryValue(start) };
}

/** A part of a month: the month, approximate. */
export function partOfMonth(year: number, month: number): DateValue {
	return qualify(monthValue(year, month), '~');
}
