import type { Dataset } from '../timeline/types';
import { loadEdtf } from '../time/edtf';
import { en } from '../i18n/messages/en';
import { fill } from '../i18n/plural';
import { downloadText, parseDatasetText } from './fetch-dataset';
import { checkDataset, type CheckedDataset, type CheckFailure, type PreparedItems, type PrepareProgress } from './prepare';
import { WORKER_MIN_LENGTH } from './prepare-in-worker';
import type { DatasetIssue } from './schema';

export { WORKER_MIN_LENGTH };

/** How far loading has come: the download (bytes), then checking the events, then laying them out. */
export type LoadProgress = { phase: 'download'; loaded: number; total: number | undefined } | PrepareProgress;

/** Does the work after the download somewhere else (a worker); null when it cannot. */
export type Prepare = (
	text: string,
	url: string,
	options: { onProgress?: (progress: PrepareProgress) => void; signal?: AbortSignal }
) => Promise<CheckedDataset | CheckFailure | 'cancelled' | null>;

/** Why a dataset could not be shown: a sentence, and the validator's issues when it got that far. */
export interface LoadFailure {
	/** What went wrong, in plain words, naming the address. */
	message: string;
	/** Every problem the validator found, with its path; empty when the file never arrived. */
	issues: DatasetIssue[];
	/** Whether trying again may help (the download failed or timed out, or was cancelled). */
	retry?: boolean;
	/** Whether the reader cancelled the load. */
	cancelled?: boolean;
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
	/** The items and their index, when a worker prepared them with the dataset. */
	prepared?: PreparedItems;
}

/** The outcome of {@link loadDataset}. */
export type LoadResult = LoadedDataset | ({ ok: false; url: string } & LoadFailure);

/** Options for {@link loadDataset} beyond the address. */
export interface LoadOptions {
	/** The fetch to use (tests pass their own). */
	fetch?: typeof fetch;
	/** Origins `?data=` may load from besides the page's own ("*" for any); see docs/hosting.md. */
	allowedOrigins?: readonly string[];
	/** Called as the file arrives, and as it is checked and laid out. */
	onProgress?: (progress: LoadProgress) => void;
	/** Cancels the load: the download, or the worker. */
	signal?: AbortSignal;
	/** ms without progress before giving up. */
	timeout?: number;
	/** Where a file of {@link WORKER_MIN_LENGTH} or more is prepared (prepareInWorker); on the main thread without it. */
	prepare?: Prepare;
	/** Gets `prepare` ready while a large file downloads (warmWorker); returns what undoes it. */
	warm?: () => () => void;
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
 * built-in dataset, keeping the sound events of a file with a few broken ones; a large file
 * is parsed, checked and indexed by `options.prepare` (a worker). Only http(s)
 * addresses on an allowed origin are fetched. Never throws: every failure comes back as a
 * message (and the validator's issues) to show the reader.
 */
export async function loadDataset(source: string, base: string, options: LoadOptions | typeof fetch = {}): Promise<LoadResult> {
	const { fetch: fetchFn = fetch, allowedOrigins = DATA_ORIGINS, onProgress, signal, timeout, prepare, warm } = typeof options === 'function' ? { fetch: options } : options;
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
	let cool: (() => void) | undefined;
	const download = await downloadText({
		url: url.href,
		fetch: fetchFn,
		onProgress: (progress) => {
			// A large file: the worker loads its scripts while the rest of the file arrives.
			if (!cool && warm && prepare && Math.max(progress.loaded, progress.total ?? 0) >= WORKER_MIN_LENGTH) cool = warm();
			onProgress?.({ phase: 'download', ...progress });
		},
		signal,
		timeout
	});
	if (!download.ok || download.text.length < WORKER_MIN_LENGTH || !prepare) cool?.();
	if (!download.ok) {
		const { kind, message } = download;
		if (kind === 'cancelled') return cancelled(url.href);
		return { ok: false, url: url.href, message, issues: [], retry: kind === 'network' || kind === 'timeout' || kind === 'status' };
	}
	let checked: CheckedDataset | CheckFailure | 'cancelled' | null = null;
	if (prepare && download.text.length >= WORKER_MIN_LENGTH) {
		checked = await prepare(download.text, url.href, { onProgress, signal });
		// A dataset with rare dates is drawn with edtf: the page loads it too.
		if (checked && checked !== 'cancelled' && checked.ok && checked.edtf) await loadEdtf();
	}
	if (checked === null) {
		const parsed = parseDatasetText(download.text, url.href);
		checked = parsed.ok ? await checkDataset(parsed.json, url.href, onProgress) : { ok: false, message: parsed.message, issues: [] };
	}
	if (checked === 'cancelled' || signal?.aborted) return cancelled(url.href);
	if (!checked.ok) return { ok: false, url: url.href, message: checked.message, issues: checked.issues, ...(checked.retry && { retry: true }) };
	const { dataset, problems, events, prepared } = checked;
	return { ok: true, dataset, url: url.href, problems, events, ...(prepared && { prepared }) };
}

function cancelled(url: string): LoadResult {
	return { ok: false, url, message: fill(en.loading.cancelled, { url }), issues: [], retry: true, cancelled: true };
}

function cut(text: string): string {
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
