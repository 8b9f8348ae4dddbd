/**
 * What the finder returns for each date it finds in a text, and what its rules see while
 * they resolve one.
 */
import type { DateValue, Precision } from './date-value';
import type { Reference } from './reference';
import type { Sentence } from './sentences';
import type { Tense } from './tense';

/** One date mention: the words, where they are, and the date they give. */
export interface Mention {
	/** The verbatim words: always `text.slice(start, end)`. */
	text: string;
	/** Offsets in the text, in UTF-16 code units as JavaScript counts them; `end` is exclusive. */
	start: number;
	end: number;
	/** EDTF date at the precision the words carry. */
	date: string;
	/** First and last day the date allows, YYYY-MM-DD. */
	from: string;
	to: string;
	precision: Precision;
	/** Vague words ("late 2001"): the EDTF carries `~`. */
	approximate: boolean;
	/** A guess ("the same day"): the EDTF carries `?`. */
	uncertain: boolean;
	/**
	 * The date a span is counted from, without the word that makes it a span: "2014" in
	 * "since 2014". TimeML annotates that date alone and the word "since" as a signal.
	 */
	origin?: { start: number; end: number; date: string; from: string; to: string };
	/**
	 * For a vague part of a unit, the unit: "2001" for "late 2001". TimeML annotates the unit
	 * as the value and the part as a modifier.
	 */
	partOf?: { date: string; from: string; to: string };
	/** The index of the earlier mention this one is read from ("two days later"), if any. */
	anchor?: number;
	/** Whether the words point back at an earlier date or event ("that day", "the same day"). */
	anaphoric: boolean;
	/** The index of the sentence the mention is in. */
	sentence: number;
	/** The rule that found it, for reading the finder's mistakes. */
	rule: string;
}

/** What a rule knows when it resolves its words. */
export interface Context {
	text: string;
	reference: Reference;
	/** The sentence holding the words, and its index. */
	sentence: Sentence;
	sentenceIndex: number;
	/** The words' offsets. */
	start: number;
	end: number;
	/** The tense of the words' clause. */
	tense: () => Tense;
	/** The mentions resolved so far, in text order. */
	previous: readonly Mention[];
	/**
	 * When the words open a range whose other end writes its year ("from March to May
	 * 2020", "Jan. 4 and Feb. 2, 2017"): that year, and the month of that end when it names one.
	 */
	rangeEnd?: { year: number; month?: number };
}

/** A rule's reading of its words. */
export interface Resolution {
	value: DateValue;
	anchor?: number;
	anaphoric?: boolean;
}

/** Words a rule found, not yet resolved. */
export interface Candidate {
	start: number;
	end: number;
	rule: string;
	/** Higher wins between candidates of the same length. */
	priority: number;
	resolve: (context: Context) => Resolution | undefined;
}

/** A rule: a pattern over the whole text and how to read each match. */
export interface Rule {
	name: string;
	/** A global (g) regular expression. */
	pattern: RegExp;
	priority?: number;
	resolve: (match: RegExpExecArray, context: Context) => Resolution | DateValue | undefined;
}
