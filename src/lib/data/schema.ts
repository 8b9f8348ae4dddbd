import * as v from 'valibot';
import type { Dataset } from '../timeline/types';
import { readArticleTexts } from './article-texts';
import { datasetSchema } from './dataset-schema';
import { received } from './fields';

/** One problem in a dataset: where it is (`events[3].date`) and what is wrong, in plain words. */
export interface DatasetIssue {
	/** Where the problem is, like `events[3].date`; empty for the dataset as a whole. */
	path: string;
	/** What is wrong, like `"2021-02-30" is not a valid date`. */
	message: string;
}

/** Options for {@link validateDataset} and {@link validateKeeping}. */
export interface ValidateOptions {
	/** Called as each event has been checked, sound or not, in the file's order (for a progress bar). */
	onEvent?: () => void;
}

/** The outcome of validateDataset: the normalised dataset, or every problem found. */
export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

/**
 * Validates anything (parsed JSON, say) against the dataset format of
 * docs/data-format.md, version 1 or 1.1, and reports every problem it finds, not just the
 * first: missing or mistyped fields, unknown fields, ids that are not slugs or are used
 * twice, dates that are not EDTF, start/end that do not match the date, quotes not found
 * verbatim in their article, events naming an unknown article, bad URLs and coordinates.
 *
 * A valid dataset comes back normalised: `articles` always present with `article` its
 * first, every article with an id and its text as one string, every event with `start`,
 * `end` and `article` filled in.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): DatasetValidation {
	const result = v.safeParse(datasetSchema(readArticleTexts(input), options.onEvent), input, { message: typeMessage });
	if (result.success) return { ok: true, dataset: result.output };
	return {
		ok: false,
		issues: result.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
	};
}

/** The outcome of {@link validateKeeping}: what can be shown, and what could not. */
export interface KeptValidation {
	/** The dataset without its broken events; undefined when the file is refused. */
	dataset: Dataset | undefined;
	/** Every problem found, with paths into the file as it was given. */
	problems: DatasetIssue[];
	/** Whether the file cannot be shown at all (its structure is broken, or no event is sound). */
	refused: boolean;
	/** How many events the file has and how many were left out. */
	events: { total: number; skipped: number };
}

const EVENT_PATH = /^events\[(\d+)\]/;

/**
 * Validates like {@link validateDataset}, but keeps the sound part: when every problem lies
 * inside particular events, those events are left out and the rest is shown, so one typo in
 * a live file does not take every timeline made from it dark. A problem anywhere else (the
 * article, the version, the list of events itself) refuses the file, as does a file with no
 * sound event.
 */
export function validateKeeping(input: unknown, options: ValidateOptions = {}): KeptValidation {
	const first = validateDataset(input, options);
	const list = (input as { events?: unknown } | null)?.events;
	const total = Array.isArray(list) ? list.length : 0;
	if (first.ok) return { dataset: first.dataset, problems: [], refused: false, events: { total, skipped: 0 } };
	const refuse = (): KeptValidation => ({ dataset: undefined, problems: first.issues, refused: true, events: { total, skipped: 0 } });
	if (!Array.isArray(list)) return refuse();
	const bad = new Set<number>();
	for (const issue of first.issues) {
		const match = EVENT_PATH.exec(issue.path);
		if (!match) return refuse();
		bad.add(Number(match[1]));
	}
	if (bad.size >= total) return refuse();
	const rest = { ...(input as object), events: list.filter((_, i) => !bad.has(i)) };
	const second = validateDataset(rest);
	// Leaving events out cannot break the others (ids stay unique, quotes stay in their
	// article); should it ever, the file is refused with the first pass's problems.
	if (!second.ok) return refuse();
	return { dataset: second.dataset, problems: first.issues, refused: false, events: { total, skipped: bad.size } };
}

export { groupIssues, type IssueGroup } from './issue-groups';

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
	return `should be ${EXPECTED[issue.type] ?? issue.expected}, not ${received(issue.input)}`;
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
