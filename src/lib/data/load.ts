import type { Dataset } from '../timeline/types';
import { withEdtf } from '../time/edtf';
import { validateDataset, type DatasetIssue } from './schema';

/** Why a dataset could not be shown: a sentence, and the validator's issues when it got that far. */
export interface LoadFailure {
	/** What went wrong, in plain words, naming the address. */
	message: string;
	/** Every problem the validator found, with its path; empty when the file never arrived. */
	issues: DatasetIssue[];
}

/** The outcome of {@link loadDataset}. */
export type LoadResult = { ok: true; dataset: Dataset; url: string } | ({ ok: false; url: string } & LoadFailure);

/**
 * Loads another article's timeline from `source` (the `data` URL parameter), relative to
 * `base`: fetches it, parses the JSON and validates it with the same validator as the
 * built-in dataset. Only http(s) addresses are fetched. Never throws: every failure comes
 * back as a message (and the validator's issues) to show the reader.
 */
export async function loadDataset(source: string, base: string, fetchFn: typeof fetch = fetch): Promise<LoadResult> {
	let url: URL;
	try {
		url = new URL(source, base);
	} catch {
		return { ok: false, url: source, message: `“${source}” is not a web address.`, issues: [] };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { ok: false, url: url.href, message: `Only http and https addresses can be loaded, not “${url.protocol}”.`, issues: [] };
	}
	let response: Response;
	try {
		response = await fetchFn(url.href, { headers: { accept: 'application/json' } });
	} catch {
		return {
			ok: false,
			url: url.href,
			message: `The dataset at ${url.href} could not be fetched: the address is unreachable, or its server does not allow other sites to read it (CORS).`,
			issues: []
		};
	}
	if (!response.ok) {
		return { ok: false, url: url.href, message: `The dataset at ${url.href} could not be fetched: the server answered ${response.status}.`, issues: [] };
	}
	let json: unknown;
	try {
		json = JSON.parse(await response.text());
	} catch (error) {
		return { ok: false, url: url.href, message: `The file at ${url.href} is not valid JSON: ${(error as Error).message}.`, issues: [] };
	}
	const result = await withEdtf(() => validateDataset(json));
	if (!result.ok) {
		const count = result.issues.length === 1 ? 'a problem' : `${result.issues.length} problems`;
		return { ok: false, url: url.href, message: `The dataset at ${url.href} has ${count}, so it cannot be shown.`, issues: result.issues };
	}
	return { ok: true, dataset: result.dataset, url: url.href };
}
