/**
 * Types for the part of edtf (https://github.com/inukshuk/edtf.js) this app uses;
 * the package ships none. Only what dates.ts reads is declared.
 */
declare module 'edtf' {
	/** Which date parts carry a qualifier; `value` is 0 when none does. */
	export interface EdtfBitmask {
		readonly value: number;
	}

	/** What every parsed EDTF value has: its type and earliest/latest instant in UTC ms. */
	interface EdtfValue {
		/** The EDTF string, normalised. */
		readonly edtf: string;
		/** Earliest instant (UTC ms); -Infinity or null for an open or unknown start. */
		readonly min: number | null;
		/** Latest instant (UTC ms, inclusive); Infinity or null for an open or unknown end. */
		readonly max: number | null;
	}

	/** A calendar date: year, month or day precision, possibly qualified. */
	export interface EdtfDate extends EdtfValue {
		readonly type: 'Date';
		/** 1 year, 2 month, 3 day; 0 for a date with a time of day. */
		readonly precision: 0 | 1 | 2 | 3;
		/** Year, zero-based month, day, as far as the precision goes. */
		readonly values: number[];
		readonly uncertain: EdtfBitmask;
		readonly approximate: EdtfBitmask;
		readonly unspecified: EdtfBitmask;
	}

	/** A season, quarter, quadrimester or semester of a year (EDTF codes 21 to 41). */
	export interface EdtfSeason extends EdtfValue {
		readonly type: 'Season';
		readonly year: number;
		readonly season: number;
		readonly uncertain: EdtfBitmask;
		readonly approximate: EdtfBitmask;
		readonly unspecified: EdtfBitmask;
	}

	/** A span between two dates; a bound is null when unknown, Infinity when open. */
	export interface EdtfInterval extends EdtfValue {
		readonly type: 'Interval';
		readonly lower: EdtfDate | EdtfSeason | number | null;
		readonly upper: EdtfDate | EdtfSeason | number | null;
	}

	/** A List (all of these dates) or a Set (one of these dates); a pair is a consecutive range. */
	export interface EdtfList extends EdtfValue {
		readonly type: 'List' | 'Set';
		readonly values: (EdtfDate | [EdtfDate, EdtfDate])[];
		/** The set also allows any earlier date. */
		readonly earlier: boolean;
		/** The set also allows any later date. */
		readonly later: boolean;
	}

	/** A year beyond four digits, a decade or a century. */
	export interface EdtfOther extends EdtfValue {
		readonly type: 'Year' | 'Decade' | 'Century';
	}

	/** Any parsed EDTF value. */
	export type Edtf = EdtfDate | EdtfSeason | EdtfInterval | EdtfList | EdtfOther;

	/** Parses an EDTF string; throws on anything that is not EDTF. */
	export default function edtf(input: string): Edtf;
}
