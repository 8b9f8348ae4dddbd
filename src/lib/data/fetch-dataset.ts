/**
 * Downloading a dataset file: the network half of loading, kept apart from validation so a
 * progress bar (or a worker) can sit on top of it. It tells a failed download from a file
 * that arrived but is not JSON, names an HTML page as such, and gives up when the server
 * sends nothing for a while.
 */
import { en } from '../i18n/messages/en';
import { fill } from '../i18n/plural';
import { jsonProblem, looksLikeHtml } from './json-problem';

/** How long a download may go without receiving a byte before it is given up, in ms. */
export const NO_PROGRESS_TIMEOUT = 20_000;

/** How far a download has come: bytes received, and the total when the server says it. */
export interface DownloadProgress {
	/** Bytes received so far. */
	loaded: number;
	/** The file's size from Content-Length, when the server sent it. */
	total: number | undefined;
}

/** Why a download gave no JSON: which kind of failure, and a sentence naming the address. */
export interface DownloadFailure {
	ok: false;
	/** `network`: never arrived or broke off; `cancelled`: the reader stopped it; `timeout`: nothing came for too long; `status`: an HTTP error; `html`: a web page, not data; `json`: arrived but is not JSON. */
	kind: 'network' | 'cancelled' | 'timeout' | 'status' | 'html' | 'json';
	/** What went wrong, in plain words. */
	message: string;
}

/** The outcome of {@link fetchDataset}: the parsed JSON, or why there is none. */
export type DownloadResult = { ok: true; json: unknown } | DownloadFailure;

/** The outcome of {@link downloadText}: the file's text, or why there is none. */
export type TextResult = { ok: true; text: string } | DownloadFailure;

/** Options for {@link fetchDataset}. */
export interface FetchDatasetOptions {
	/** The absolute http(s) address to download. */
	url: string;
	/** Called as bytes arrive. */
	onProgress?: (progress: DownloadProgress) => void;
	/** Aborts the download (a Cancel button); it then resolves as a `cancelled` failure. */
	signal?: AbortSignal;
	/** ms without a byte before giving up; {@link NO_PROGRESS_TIMEOUT} by default. */
	timeout?: number;
	/** The fetch to use (tests pass their own). */
	fetch?: typeof fetch;
}

/**
 * Downloads `url` and parses it as JSON. Never throws. The timeout restarts with every chunk
 * received, so a large file on a slow line is not cut off while it is still arriving.
 */
export async function fetchDataset(options: FetchDatasetOptions): Promise<DownloadResult> {
	const download = await downloadText(options);
	return download.ok ? parseDatasetText(download.text, options.url) : download;
}

/**
 * Parses a downloaded dataset file as JSON; a parse error comes back as a `json` failure
 * with the line and column. Never throws. Runs in a worker for large files.
 */
export function parseDatasetText(text: string, url: string): DownloadResult {
	try {
		return { ok: true, json: JSON.parse(text) };
	} catch (error) {
		return { ok: false, kind: 'json', message: `The file at ${url} is not valid JSON: ${describeJsonError(text, error)}` };
	}
}

/**
 * Downloads `url` as text, as {@link fetchDataset} does, without parsing it: a large file is
 * parsed off the main thread. An HTML page is refused here, where its content type is known.
 */
export async function downloadText(options: FetchDatasetOptions): Promise<TextResult> {
	const { url, onProgress, signal, timeout = NO_PROGRESS_TIMEOUT, fetch: fetchFn = fetch } = options;
	const controller = new AbortController();
	let timedOut = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const restartTimer = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, timeout);
	};
	const onAbort = () => controller.abort();
	signal?.addEventListener('abort', onAbort, { once: true });
	const seconds = Math.round(timeout / 1000);
	const failed = (kind: DownloadFailure['kind'], message: string): DownloadFailure => ({ ok: false, kind, message });
	const broken = (during: string) =>
		timedOut
			? failed('timeout', `The dataset at ${url} did not arrive: its server sent nothing for ${seconds} seconds.`)
			: signal?.aborted
				? failed('cancelled', fill(en.loading.cancelled, { url }))
				: failed('network', `The dataset at ${url} could not be downloaded: ${during}`);
	// Cancelled already (while the loader's code was loading): an aborted signal fires no more.
	if (signal?.aborted) return failed('cancelled', fill(en.loading.cancelled, { url }));
	// A fetch that ignores the signal (a response started earlier, say) must still give up.
	const aborted = new Promise<never>((_, reject) =>
		controller.signal.addEventListener('abort', () => reject(new DOMException('The download was given up.', 'AbortError')), { once: true })
	);
	aborted.catch(() => {});
	try {
		restartTimer();
		let response: Response;
		try {
			// Past the HTTP cache: Chromium holds a second request for an address behind one still
			// in flight (its cache lock), so "Try again" after a stalled download would stall too.
			// The first attempt takes the response the page's head started (early-fetch.ts).
			response = await Promise.race([fetchFn(url, { headers: { accept: 'application/json' }, cache: 'no-store', signal: controller.signal }), aborted]);
		} catch {
			return broken('the address is unreachable, or its server does not allow other sites to read it (CORS).');
		}
		if (!response.ok) return failed('status', `The dataset at ${url} could not be downloaded: the server answered ${response.status}.`);
		const length = Number(response.headers.get('content-length'));
		const total = Number.isFinite(length) && length > 0 ? length : undefined;
		let text: string;
		try {
			text = await readText(response, aborted, (loaded) => {
				restartTimer();
				onProgress?.({ loaded, total });
			});
		} catch {
			return broken('the connection broke off before the whole file arrived.');
		}
		if (looksLikeHtml(text, response.headers.get('content-type'))) {
			return failed('html', `The address ${url} gives a web page (HTML), not a dataset file (JSON). Check that it names the .json file itself.`);
		}
		return { ok: true, text };
	} finally {
		clearTimeout(timer);
		signal?.removeEventListener('abort', onAbort);
	}
}

/** Reads a body as text chunk by chunk, reporting the bytes received after each. */
async function readText(response: Response, aborted: Promise<never>, onChunk: (loaded: number) => void): Promise<string> {
	if (!response.body) return Promise.race([response.text(), aborted]);
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	const parts: string[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await Promise.race([reader.read(), aborted]).catch((error: unknown) => {
			void reader.cancel().catch(() => {});
			throw error;
		});
		if (done) break;
		loaded += value.byteLength;
		parts.push(decoder.decode(value, { stream: true }));
		onChunk(loaded);
	}
	parts.push(decoder.decode());
	return parts.join('');
}

/**
 * A JSON parse error as a reader can act on it: what is wrong, the line and column, and that
 * line cut to a few dozen characters around the spot.
 */
export function describeJsonError(text: string, error: unknown): string {
	if (text.trim() === '') return 'the file is empty.';
	const { what, line, column, excerpt } = jsonProblem(text, error instanceof Error ? error : new Error(String(error)));
	return `${what} at line ${line}, column ${column}: ${JSON.stringify(excerpt)}.`;
}
