/**
 * Schemas of the single fields and small objects of the dataset format
 * (docs/data-format.md), each with the plain message its check gives.
 */
import * as v from 'valibot';
import { isDay as isDayUncached } from '../time/day';
import { edtfRange } from '../time/edtf';
import { ID_MAX_LENGTH, ID_PATTERN } from '../time/id';

/** How much of a value a message repeats: enough to find it, never a whole megabyte. */
const ECHO_MAX = 40;

/** A value as a message quotes it: `"2021-02-30"`, cut to a few dozen characters with "…". */
export function quoted(input: unknown): string {
	const text = String(input);
	return JSON.stringify(text.length > ECHO_MAX ? `${text.slice(0, ECHO_MAX)}…` : text);
}

/** A value as a message names it: "a list", "an object", or the JSON of anything else, cut short. */
export function received(input: unknown): string {
	if (Array.isArray(input)) return 'a list';
	if (typeof input === 'string') return quoted(input);
	return typeof input === 'object' && input !== null ? 'an object' : String(JSON.stringify(input));
}

/**
 * The longest texts a dataset may hold, in characters (docs/data-format.md, "Limits"): far
 * beyond any real headline or quote, and short enough that no field can stall a page.
 */
export const TEXT_LIMITS = {
	/** Titles, names, date words, actors, tags. */
	short: 500,
	/** Summaries, credit lines, notes, citations. */
	long: 10_000,
	/** One quote. */
	quote: 5_000,
	/** An article's whole text. */
	article: 2_000_000
} as const;

const count = (n: number) => n.toLocaleString('en-US');

const NOT_BLANK = /\S/;

/** Plain text that is not empty or only white space, `max` characters at most. */
export function limitedText(max: number) {
	return v.pipe(
		v.string(),
		v.check((text) => NOT_BLANK.test(text), 'should not be empty'),
		v.maxLength(max, (issue) => `is ${count((issue.input as string).length)} characters long; the most is ${count(max)}`)
	);
}

/** A title, a name, date words, an actor or a tag. */
export const Text = limitedText(TEXT_LIMITS.short);
/** A summary, a credit line, a note or a citation. */
export const LongText = limitedText(TEXT_LIMITS.long);
/** One quote from an article. */
export const QuoteText = limitedText(TEXT_LIMITS.quote);

/** An id: a URL-safe slug (lowercase letters, digits, single hyphens), 200 characters at most. */
export const Id = v.pipe(
	v.string(),
	v.regex(ID_PATTERN, (issue) => `${quoted(issue.input)} is not a URL-safe slug (use lowercase letters, digits and single hyphens)`),
	v.maxLength(ID_MAX_LENGTH, `is longer than ${ID_MAX_LENGTH} characters`)
);

/** The first and last day an EDTF date allows, or undefined when it has none. */
export function rangeOf(date: string): { start: string; end: string } | undefined {
	try {
		return edtfRange(date);
	} catch {
		return undefined;
	}
}

/** An EDTF (ISO 8601-2) date with a first and a last day; the message is edtfRange's own. */
export const EdtfDate = v.pipe(
	v.string(),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		try {
			edtfRange(dataset.value);
		} catch (error) {
			addIssue({ message: (error as Error).message });
		}
	})
);

/** YYYY-MM-DD, with a minus sign before years earlier than 0000 (ISO 8601's 1 BCE). */
const DAY_SHAPE = /^-?\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a string is a real calendar day, remembered: each event's start and end are
 * checked several times, and a big dataset has far fewer distinct days than checks.
 */
const days = new Map<string, boolean>();
function isDay(day: string): boolean {
	let known = days.get(day);
	if (known === undefined) {
		known = isDayUncached(day);
		if (days.size >= 100_000) days.clear();
		days.set(day, known);
	}
	return known;
}

/** A calendar day written YYYY-MM-DD (-YYYY-MM-DD before the year 0000). */
export const Day = v.pipe(
	v.string(),
	v.regex(DAY_SHAPE, (issue) => `${quoted(issue.input)} should be a day written YYYY-MM-DD`),
	v.check(
		(day) => !DAY_SHAPE.test(day) || isDay(day),
		(issue) => `${quoted(issue.input)} is not a valid date`
	)
);

/** An absolute http or https address. */
export const HttpUrl = v.pipe(
	v.string(),
	v.check(isHttpUrl, (issue) => `${quoted(issue.input)} is not an http or https URL`)
);

/** A language tag (BCP 47) in its usual shape: "en", "en-GB", "pt-BR", "zh-Hant-TW". */
export const Language = v.pipe(
	v.string(),
	v.regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, (issue) => `${quoted(issue.input)} is not a language tag like "en" or "en-GB"`)
);

function coordinate(name: string, limit: number) {
	const message = (issue: { input: number }) => `${issue.input} is out of range: ${name} runs from -${limit} to ${limit}`;
	return v.pipe(v.number(), v.minValue(-limit, message), v.maxValue(limit, message));
}

/** A place an event happened, for a caption or a map. */
export const PlaceSchema = v.strictObject({
	/** The place's name ("Lashkar Gah"). */
	name: Text,
	/** Latitude in degrees, -90 to 90. */
	lat: coordinate('latitude', 90),
	/** Longitude in degrees, -180 to 180. */
	lon: coordinate('longitude', 180),
	/** The province, state or country it lies in, when that helps. */
	region: v.optional(Text)
});

/** A source of the public record: a title plus a URL or a printed citation. */
export const SourceSchema = v.pipe(
	v.strictObject({
		/** What the source is called ("DoD Inspector General news release"). */
		title: Text,
		/** Where to read it, when it is online (http or https only). */
		url: v.optional(HttpUrl),
		/** A citation for sources without a URL, or extra detail (publisher, date). */
		citation: v.optional(LongText)
	}),
	v.partialCheck(
		[['url'], ['citation']],
		(source) => source.url !== undefined || source.citation !== undefined,
		'needs a url or a citation'
	)
);

/*
 * The rules that tie `start` and `end` to `date`, and start to end, for object schemas'
 * partial checks: each runs as soon as the fields it reads have the right types, so a
 * broken title elsewhere in the object does not hide it. Each passes when a field it reads
 * is itself invalid or absent, since that field reports its own issue (or is computed).
 */

type Dated = { date: string; start?: string | undefined; end?: string | undefined };

/** Whether `start`, where given, is the first day `date` allows. */
export function startFits({ date, start }: Dated): boolean {
	if (start === undefined || !isDay(start)) return true;
	const range = rangeOf(date);
	return !range || range.start === start;
}

/** Says which start `date` asks for. */
export function startMessage({ input }: { input: Dated }): string {
	return `should be "${rangeOf(input.date)?.start}", the first day "${input.date}" allows`;
}

/** Whether `end`, where given, is the last day `date` allows. */
export function endFits({ date, end }: Dated): boolean {
	if (end === undefined || !isDay(end)) return true;
	const range = rangeOf(date);
	return !range || range.end === end;
}

/** Says which end `date` asks for. */
export function endMessage({ input }: { input: Dated }): string {
	return `should be "${rangeOf(input.date)?.end}", the last day "${input.date}" allows`;
}

/** Whether start is not after end, where both are given. */
export function inOrder({ start, end }: Omit<Dated, 'date'>): boolean {
	return start === undefined || end === undefined || !isDay(start) || !isDay(end) || start <= end;
}

/** Says that end comes before start. */
export function orderMessage({ input }: { input: Omit<Dated, 'date'> }): string {
	return `"${input.end}" is before start "${input.start}"`;
}

/** What the public record says about an event's date, kept apart from the article's claim. */
export const RecordClaimSchema = v.pipe(
	v.strictObject({
		/** The record's date as EDTF (ISO 8601-2). */
		date: EdtfDate,
		/** Earliest calendar day `date` allows, YYYY-MM-DD. */
		start: Day,
		/** Latest calendar day `date` allows, YYYY-MM-DD. */
		end: Day,
		/** Plain-text note: what the record says and, where it differs, how it differs from the article. */
		note: LongText,
		/** Where the record comes from; at least one. */
		sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source'))
	}),
	v.forward(v.partialCheck([['date'], ['start']], startFits, startMessage), ['start']),
	v.forward(v.partialCheck([['date'], ['end']], endFits, endMessage), ['end']),
	v.forward(v.partialCheck([['start'], ['end']], inOrder, orderMessage), ['end'])
);

function isHttpUrl(url: string): boolean {
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}
