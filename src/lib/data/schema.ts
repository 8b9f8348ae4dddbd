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
export function validateDataset(input: unknown): DatasetValidation {
	const result = v.safeParse(datasetSchema(readArticleTexts(input)), input, { message: typeMessage });
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
