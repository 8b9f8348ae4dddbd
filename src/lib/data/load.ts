import type { Dataset } from '../timeline/types';
import { withEdtf } from '../time/edtf';
import { fetchDataset, type DownloadProgress } from './fetch-dataset';
import { resolveMediaUrls } from './media-urls';
import { validateKeeping, type DatasetIssue } from './schema';

/** Why a dataset could not be shown: a sentence, and the validator's issues when it got that far. */
export interface LoadFailure {
	/** What went wrong, in plain words, naming the address. */
	message: string;
	/** Every problem the validator found, with its path; empty when the file never arrived. */
	issues: DatasetIssue[];
	/** Whether trying again may help (the download failed or timed out). */
	retry?: boolean;
}

/** A dataset that can be shown, with the problems of the events left out of it. */
export interface LoadedDataset {
	ok: true;
	dataset: Dataset;
	url: string;
	/** Problems of the events that were left out; empty when every event is shown. */
	problems: DatasetIssue[];
	/** How many events the file has and how many were left out. */
	events: { total: number; skipped: number };
}

/** The outcome of {@link loadDataset}. */
export type LoadResult = LoadedDataset | ({ ok: false; url: string } & LoadFailure);

/** Options for {@link loadDataset} beyond the address. */
export interface LoadOptions {
	/** The fetch to use (tests pass their own). */
	fetch?: typeof fetch;
	/** Origins `?data=` may load from besides the page's own ("*" for any); see docs/hosting.md. */
	allowedOrigins?: readonly string[];
	/** Called as the file arrives. */
	onProgress?: (progress: DownloadProgress) => void;
	/** Cancels the download. */
	signal?: AbortSignal;
	/** ms without progress before giving up. */
	timeout?: number;
}

/**
 * The origins the site was built to load `?data=` from (DATA_ORIGINS, read when the site is
 * built): a list of origins, or "*" for any. The page's own origin is always allowed.
 */
export const DATA_ORIGINS: readonly string[] = (typeof __DATA_ORIGINS__ === 'string' ? __DATA_ORIGINS__ : '')
	.split(/[\s,]+/)
	.filter(Boolean)
	.map((origin) => (origin === '*' ? origin : safeOrigin(origin)))
	.filter((origin): origin is string => origin !== undefined);

function safeOrigin(text: string): string | undefined {
	try {
		return new URL(text).origin;
	} catch {
		return undefined;
	}
}

/** Whether `url` may be loaded by a page at `base` that allows `allowed` too. */
export function originAllowed(url: URL, base: string, allowed: readonly string[]): boolean {
	return url.origin === new URL(base).origin || allowed.includes('*') || allowed.includes(url.origin);
}

/**
 * Loads another article's timeline from `source` (the `data` URL parameter), relative to
 * `base`: fetches it, parses the JSON and validates it with the same validator as the
 * built-in dataset, keeping the sound events of a file with a few broken ones. Only http(s)
 * addresses on an allowed origin are fetched. Never throws: every failure comes back as a
 * message (and the validator's issues) to show the reader.
 */
export async function loadDataset(source: string, base: string, options: LoadOptions | typeof fetch = {}): Promise<LoadResult> {
	const { fetch: fetchFn = fetch, allowedOrigins = DATA_ORIGINS, onProgress, signal, timeout } = typeof options === 'function' ? { fetch: options } : options;
	let url: URL;
	try {
		url = new URL(source, base);
	} catch {
		return { ok: false, url: source, message: `${JSON.stringify(cut(source))} is not a web address.`, issues: [] };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { ok: false, url: url.href, message: `Only http and https addresses can be loaded, not “${cut(url.protocol)}”.`, issues: [] };
	}
	if (!originAllowed(url, base, allowedOrigins)) {
		return {
			ok: false,
			url: url.href,
			message: `This site does not load timelines from ${url.host}. Only data from ${[new URL(base).host, ...allowedOrigins.map((o) => new URL(o).host)].join(', ')} can be shown here.`,
			issues: []
		};
	}
	const download = await fetchDataset({ url: url.href, fetch: fetchFn, onProgress, signal, timeout });
	if (!download.ok) {
		return { ok: false, url: url.href, message: download.message, issues: [], retry: download.kind === 'network' || download.kind === 'timeout' || download.kind === 'status' };
	}
	// The validator reads EDTF dates with edtf, which loads on demand.
	const result = await withEdtf(() => validateKeeping(download.json));
	if (result.refused || !result.dataset) {
		const count = result.problems.length === 1 ? 'a problem' : `${result.problems.length.toLocaleString('en')} problems`;
		return { ok: false, url: url.href, message: `The dataset at ${url.href} has ${count}, so it cannot be shown.`, issues: result.problems };
	}
	// Media addresses in the file are relative to the file, not to this site.
	return { ok: true, dataset: resolveMediaUrls(result.dataset, url.href), url: url.href, problems: result.problems, events: result.events };
}

function cut(text: string): string {
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
