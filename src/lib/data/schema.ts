import * as v from 'valibot';
import { edtfRange } from '../timeline/dates';
import { createTextSearch } from '../timeline/text-search';
import type { Dataset } from '../timeline/types';

/** One problem in a dataset: where it is (`events[3].date`) and what is wrong, in plain words. */
export interface DatasetIssue {
	/** Where the problem is, like `events[3].date`; empty for the dataset as a whole. */
	path: string;
	/** What is wrong, like `"2021-02-30" is not a valid date`. */
	message: string;
}

/** The outcome of validateDataset: the typed dataset, or every problem found. */
export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const Text = v.pipe(
	v.string(),
	v.check((text) => text.trim() !== '', 'should not be empty')
);

const Slug = v.pipe(
	v.string(),
	v.regex(SLUG, (issue) => `"${issue.input}" is not a URL-safe slug (use lowercase letters, digits and single hyphens)`)
);

/** An EDTF date with a first and a last day; the message is edtfRange's own. */
const EdtfDate = v.pipe(
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

const Day = v.pipe(
	v.string(),
	v.regex(DAY, (issue) => `"${issue.input}" should be a day written YYYY-MM-DD`),
	v.check(
		(day) => !DAY.test(day) || isCalendarDay(day),
		(issue) => `"${issue.input}" is not a valid date`
	)
);

const HttpUrl = v.pipe(
	v.string(),
	v.check(isHttpUrl, (issue) => `"${issue.input}" is not an http or https URL`)
);

function coordinate(name: string, limit: number) {
	const message = (issue: { input: number }) => `${issue.input} is out of range: ${name} runs from -${limit} to ${limit}`;
	return v.pipe(v.number(), v.minValue(-limit, message), v.maxValue(limit, message));
}

const Place = v.strictObject({
	name: Text,
	lat: coordinate('latitude', 90),
	lon: coordinate('longitude', 180),
	region: v.optional(Text)
});

const Source = v.pipe(
	v.strictObject({ title: Text, url: v.optional(HttpUrl), citation: v.optional(Text) }),
	v.partialCheck(
		[['url'], ['citation']],
		(source) => source.url !== undefined || source.citation !== undefined,
		'needs a url or a citation'
	)
);

/*
 * Checks that `start` and `end` are the first and last days `date` allows, and that start
 * is not after end. They are partial checks, so each runs as soon as the fields it reads
 * have the right types: a broken title elsewhere in the object does not hide them. Each
 * passes when a field it reads is itself invalid, since that field reports its own issue.
 */

function startFits({ date, start }: { date: string; start: string }): boolean {
	const range = rangeOf(date);
	return !range || !isCalendarDay(start) || range.start === start;
}

function startMessage({ input }: { input: { date: string } }): string {
	return `should be "${rangeOf(input.date)?.start}", the first day "${input.date}" allows`;
}

function endFits({ date, end }: { date: string; end: string }): boolean {
	const range = rangeOf(date);
	return !range || !isCalendarDay(end) || range.end === end;
}

function endMessage({ input }: { input: { date: string } }): string {
	return `should be "${rangeOf(input.date)?.end}", the last day "${input.date}" allows`;
}

function inOrder({ start, end }: { start: string; end: string }): boolean {
	return !isCalendarDay(start) || !isCalendarDay(end) || start <= end;
}

function orderMessage({ input }: { input: { start: string; end: string } }): string {
	return `"${input.end}" is before start "${input.start}"`;
}

const RecordClaim = v.pipe(
	v.strictObject({
		date: EdtfDate,
		start: Day,
		end: Day,
		note: Text,
		sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'))
	}),
	v.forward(v.partialCheck([['date'], ['start']], startFits, startMessage), ['start']),
	v.forward(v.partialCheck([['date'], ['end']], endFits, endMessage), ['end']),
	v.forward(v.partialCheck([['start'], ['end']], inOrder, orderMessage), ['end'])
);

/** A text that must occur in the article; unchecked when the article text itself is missing. */
function inArticle(text: string | undefined, ignoreCase: boolean) {
	const haystack = ignoreCase ? text?.toLowerCase() : text;
	const occurs = haystack === undefined ? () => true : createTextSearch(haystack);
	return v.check<string, string>((needle) => occurs(ignoreCase ? needle.toLowerCase() : needle), 'not found in the article text');
}

function eventSchema(text: string | undefined) {
	const Event = v.strictObject({
		id: Slug,
		title: Text,
		summary: Text,
		dateText: v.pipe(Text, inArticle(text, true)),
		date: EdtfDate,
		start: Day,
		end: Day,
		quotes: v.pipe(
			v.array(v.pipe(Text, inArticle(text, false))),
			v.minLength(1, 'needs at least one quote from the article')
		),
		record: v.optional(RecordClaim),
		places: v.optional(v.array(Place)),
		actors: v.optional(v.array(Text)),
		tags: v.optional(v.array(Text))
	});
	return v.pipe(
		Event,
		v.forward(v.partialCheck([['date'], ['start']], startFits, startMessage), ['start']),
		v.forward(v.partialCheck([['date'], ['end']], endFits, endMessage), ['end']),
		v.forward(v.partialCheck([['start'], ['end']], inOrder, orderMessage), ['end'])
	);
}

const HasId = v.object({ id: v.string() });

/** Each event whose id an earlier event already uses, with that earlier event's index. */
function duplicateIds(events: readonly unknown[]): { index: number; earlier: number; id: string }[] {
	const firstUse = new Map<string, number>();
	const duplicates: { index: number; earlier: number; id: string }[] = [];
	events.forEach((event, index) => {
		// The list may hold events that failed validation, so read the id defensively.
		if (!v.is(HasId, event)) return;
		const earlier = firstUse.get(event.id);
		if (earlier === undefined) firstUse.set(event.id, index);
		else duplicates.push({ index, earlier, id: event.id });
	});
	return duplicates;
}

function datasetSchema(text: string | undefined) {
	return v.strictObject({
		version: v.literal(1, (issue) => `should be 1, not ${JSON.stringify(issue.input)}`),
		article: v.strictObject({
			title: Text,
			publication: Text,
			author: v.optional(Text),
			published: EdtfDate,
			credit: Text,
			url: v.optional(HttpUrl),
			text: Text
		}),
		events: v.pipe(
			v.array(eventSchema(text)),
			v.minLength(1, 'needs at least one event'),
			// A raw check runs even when some events are invalid, so duplicates are always reported.
			v.rawCheck<v.InferOutput<ReturnType<typeof eventSchema>>[]>(({ dataset, addIssue }) => {
				// After a failed event the value is the partly parsed list, typed unknown.
				const value: unknown = dataset.value;
				if (!Array.isArray(value)) return;
				const events: readonly unknown[] = value;
				for (const { index, earlier, id } of duplicateIds(events)) {
					const event = events[index] as Record<string, unknown>;
					addIssue({
						message: `"${id}" is used by events[${earlier}] too`,
						path: [
							{ type: 'array', origin: 'value', input: events, key: index, value: event },
							{ type: 'object', origin: 'value', input: event, key: 'id', value: id }
						]
					});
				}
			})
		)
	});
}

/** Just enough to find the article text that quotes are checked against. */
const WithText = v.object({ article: v.object({ text: v.string() }) });

/**
 * Validates anything (parsed JSON, say) against the dataset format of
 * docs/data-format.md, and reports every problem it finds, not just the first:
 * missing or mistyped fields, unknown fields, ids that are not slugs or are used twice,
 * dates that are not EDTF, start/end that do not match the date, quotes not found
 * verbatim in the article, bad URLs and coordinates.
 */
export function validateDataset(input: unknown): DatasetValidation {
	const withText = v.safeParse(WithText, input);
	const text = withText.success ? withText.output.article.text : undefined;
	const result = v.safeParse(datasetSchema(text), input, { message: typeMessage });
	if (result.success) return { ok: true, dataset: result.output };
	return {
		ok: false,
		issues: result.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
	};
}

/**
 * All issues as one message for an Error or a log line:
 * "The dataset has 2 problems:\n- events[3].date: ...\n- ...".
 */
export function formatIssues(issues: DatasetIssue[]): string {
	const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
	const lines = issues.map(({ path, message }) => `- ${path || 'dataset'}: ${message}`);
	return [`The dataset has ${count}:`, ...lines].join('\n');
}

const EXPECTED: Record<string, string> = {
	string: 'text',
	number: 'a number',
	array: 'a list',
	object: 'an object',
	strict_object: 'an object'
};

/** Plain messages for wrong types, missing fields and unknown fields. */
function typeMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.expected === 'never') return 'is not a field of this format';
	if (issue.input === undefined) return 'is missing';
	const input = issue.input;
	const received = Array.isArray(input) ? 'a list' : typeof input === 'object' && input !== null ? 'an object' : JSON.stringify(input);
	return `should be ${EXPECTED[issue.type] ?? issue.expected}, not ${received}`;
}

/** `events[3].quotes[0]`: object keys joined by dots, array indexes in brackets. */
function formatPath(path: readonly v.IssuePathItem[] | undefined): string {
	let text = '';
	for (const item of path ?? []) {
		if (typeof item.key === 'number') text += `[${item.key}]`;
		else text += text ? `.${String(item.key)}` : String(item.key);
	}
	return text;
}

function rangeOf(date: string): { start: string; end: string } | undefined {
	try {
		return edtfRange(date);
	} catch {
		return undefined;
	}
}

function isCalendarDay(day: string): boolean {
	return rangeOf(day)?.start === day;
}

function isHttpUrl(url: string): boolean {
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}
