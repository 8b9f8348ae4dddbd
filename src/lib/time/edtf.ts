/**
 * EDTF (ISO 8601-2) dates: what a date string allows, as calendar days, and how it is drawn.
 * The common forms are read by readSimpleEdtf; the rest by the edtf package, which is loaded
 * only when a dataset uses one of them (its grammar is most of the bytes a page would load).
 */
import type { Edtf } from 'edtf';
import type { MarkKind } from '../timeline/types';
import { formatDay, YEAR_RANGE, yearName } from './day';
import { readSimpleEdtf } from './simple-edtf';

/** The first and last calendar day a date allows, YYYY-MM-DD. */
export interface DayRange {
	/** The first day. */
	start: string;
	/** The last day. */
	end: string;
}

/**
 * Answers by date string. Validating, drawing and describing an event ask about the same
 * string several times, and a dataset repeats dates: each distinct string is read once.
 * An answer is a value or the message of the error it threw; the maps are cleared when full
 * so a long session cannot grow them without bound.
 */
const CACHE_MAX = 100_000;
type Answer<T> = { value: T } | { error: string };
const parsed = new Map<string, Answer<Edtf>>();
const ranges = new Map<string, Answer<DayRange>>();
const kinds = new Map<string, Answer<MarkKind>>();

/** The edtf package's parser, once loaded. */
let edtf: ((date: string) => Edtf) | null = null;
let loading: Promise<void> | null = null;
/** Whether a date needed edtf while it was not loaded, since {@link withEdtf} last looked. */
let missed = false;

/** Thrown, and never remembered, when a date needs edtf before it has loaded. */
export class EdtfNotLoadedError extends Error {
	constructor(date: string) {
		super(`"${date}" needs the full EDTF reader, which has not loaded yet`);
		this.name = 'EdtfNotLoadedError';
	}
}

/** Loads the edtf package, once; every function here then reads the rare forms synchronously. */
export function loadEdtf(): Promise<void> {
	loading ??= import('edtf').then((module) => {
		edtf = module.default;
	});
	return loading;
}

/** Whether the edtf package has loaded (a dataset used one of the rare forms). */
export function edtfLoaded(): boolean {
	return edtf !== null;
}

/**
 * Runs `read` (a validation, say) and, when a date in it needed edtf before it had loaded,
 * loads edtf and runs it once more. A dataset of the common forms never loads edtf.
 */
export async function withEdtf<T>(read: () => T): Promise<T> {
	if (edtf) return read();
	missed = false;
	try {
		const result = read();
		if (!missed) return result;
	} catch (error) {
		if (!(error instanceof EdtfNotLoadedError)) throw error;
	}
	await loadEdtf();
	return read();
}

function remember<T>(cache: Map<string, Answer<T>>, date: string, read: () => T): T {
	let answer = cache.get(date);
	if (answer === undefined) {
		try {
			answer = { value: read() };
		} catch (error) {
			if (error instanceof EdtfNotLoadedError) throw error;
			answer = { error: (error as Error).message };
		}
		if (cache.size >= CACHE_MAX) cache.clear();
		cache.set(date, answer);
	}
	if ('error' in answer) throw new Error(answer.error);
	return answer.value;
}

function invalid(date: string): Error {
	return new Error(`"${date}" is not a valid date`);
}

/**
 * Parses an EDTF string with the edtf package (remembered), with a plain message when it is
 * not one. Rejects days that do not exist ("2021-02-29"), which edtf would roll over.
 * Throws {@link EdtfNotLoadedError} before {@link loadEdtf} has finished.
 */
export function parse(date: string): Edtf {
	return remember(parsed, date, () => {
		if (readSimpleEdtf(date) === null) throw invalid(date);
		if (!edtf) {
			missed = true;
			throw new EdtfNotLoadedError(date);
		}
		try {
			return edtf(date);
		} catch {
			throw invalid(date);
		}
	});
}

/** Earliest and latest instant of a value; edtf reads a list's last range by its first day. */
export function extent(value: Edtf): { min: number | null; max: number | null } {
	if (value.type !== 'List' && value.type !== 'Set') return value;
	const items = value.values.flat();
	return {
		min: value.earlier ? -Infinity : Math.min(...items.map((item) => item.min ?? NaN)),
		max: value.later ? Infinity : Math.max(...items.map((item) => item.max ?? NaN))
	};
}

/** A season (21 to 41) of a year before 0000, which edtf places in the wrong year. */
const SEASON_BEFORE_YEAR_ZERO = /(?:^|\/)-\d{4}-(?:2\d|3\d|4[01])\b/;

function rangeOfValue(date: string): DayRange {
	if (SEASON_BEFORE_YEAR_ZERO.test(date)) throw new Error(`"${date}": seasons and quarters before the year 0000 are not supported; give the months instead`);
	const { min, max } = extent(parse(date));
	if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) {
		throw new Error(`"${date}" has an open or unknown end, so it has no first and last day`);
	}
	const start = formatDay(min);
	const end = formatDay(max);
	if (start === undefined || end === undefined) {
		throw new Error(`"${date}" falls outside the years ${yearName(YEAR_RANGE.min)} to ${yearName(YEAR_RANGE.max)} (-9999 to 9999)`);
	}
	return { start, end };
}

/**
 * The earliest and latest calendar days an EDTF date allows, YYYY-MM-DD:
 * "2001-10~/2001-12~" → 2001-10-01 to 2001-12-31. Qualifiers (~ ?) do not widen the range.
 * Throws when the date does not parse or has an open or unknown end.
 */
export function edtfRange(date: string): DayRange {
	return remember(ranges, date, () => {
		const simple = readSimpleEdtf(date);
		if (simple === null) throw invalid(date);
		return simple ? { start: simple.start, end: simple.end } : rangeOfValue(date);
	});
}

/**
 * How a date is drawn: 'point' for one day (even an uncertain one, "2021-05-18?"),
 * 'bar' for one exact month, 'band' for anything vaguer: a year, season, interval,
 * approximate or uncertain month, unspecified digits. Throws when the date does not parse.
 */
export function markKind(date: string): MarkKind {
	return remember(kinds, date, () => {
		const simple = readSimpleEdtf(date);
		if (simple === null) throw invalid(date);
		return simple ? simple.kind : kindOfValue(parse(date));
	});
}

/** The mark kind of a value parsed by edtf, by the rule {@link markKind} documents. */
export function kindOfValue(value: Edtf): MarkKind {
	if (value.type !== 'Date' || value.unspecified.value || value.approximate.value) return 'band';
	if (value.precision === 3 || value.precision === 0) return 'point';
	if (value.precision === 2 && !value.uncertain.value) return 'bar';
	return 'band';
}
