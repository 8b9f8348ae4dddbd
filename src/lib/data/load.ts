/**
 * Loading another article's dataset (the `data` URL parameter): where it may come from, the
 * download with a timeout and progress, the JSON, and the validation, each failure said in
 * words a reader or a newsroom developer can act on.
 */
import type { Dataset } from '../timeline/types';
import { withEdtf } from '../time/edtf';
import { isAllowedDataOrigin } from './data-origins';
import { readDataset, type SkippedEvents } from './read-dataset';
import type { DatasetIssue } from './schema';

/** Why a dataset could not be shown: a sentence, and the validator's issues when it got that far. */
export interface LoadFailure {
	/** What went wrong, in plain words, naming the address. */
	message: string;
	/** Every problem the validator found, with its path; empty when the file never arrived. */
	issues: DatasetIssue[];
	/** The part of the file around a JSON syntax error, when that is what went wrong. */
	excerpt?: string;
	/** Whether trying again may help (a timeout or a broken download). */
	retry?: boolean;
}

/** The outcome of {@link loadDataset}. */
export type LoadResult =
	| { ok: true; dataset: Dataset; url: string; skipped: SkippedEvents | null }
	| ({ ok: false; url: string } & LoadFailure);

/** What {@link loadDataset} may be told. */
export interface LoadOptions {
	/** Origins data may come from (DATA_ORIGINS), `*` for any; by default the page's own. */
	allowedOrigins?: readonly string[];
	/** Give up after this long without a byte arriving; 20 seconds by default. */
	stallMs?: number;
	/** Called as the body arrives: bytes so far and, when the server says, in all. */
	onProgress?: (loaded: number, total: number | undefined) => void;
	/** Cancels the load. */
	signal?: AbortSignal;
}

/** The largest file the page reads, in bytes (docs/data-format.md, "Limits"). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const STALL_MS = 20_000;

class Stalled extends Error {}
class TooLarge extends Error {}

/**
 * Reads a response's body as text, failing when nothing arrives for `stallMs`, when the body
 * grows past {@link MAX_FILE_BYTES}, or when it breaks off.
 */
async function readBody(response: Response, options: LoadOptions, restart: () => void): Promise<string> {
	const length = Number(response.headers.get('content-length'));
	const total = Number.isFinite(length) && length > 0 ? length : undefined;
	if (total !== undefined && total > MAX_FILE_BYTES) throw new TooLarge();
	if (!response.body) return response.text();
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	const parts: string[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		restart();
		loaded += value.byteLength;
		if (loaded > MAX_FILE_BYTES) {
			void reader.cancel();
			throw new TooLarge();
		}
		parts.push(decoder.decode(value, { stream: true }));
		options.onProgress?.(loaded, total);
	}
	parts.push(decoder.decode());
	return parts.join('');
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number; start: number; end: number } {
	const start = text.lastIndexOf('\n', offset - 1) + 1;
	const next = text.indexOf('\n', offset);
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
	return { line, column: offset - start + 1, start, end: next === -1 ? text.length : next };
}

/** Why a text is not JSON, in words: an HTML page by name, else where the syntax breaks. */
export function explainJsonError(text: string, error: Error, where: string): Pick<LoadFailure, 'message' | 'excerpt'> {
	if (/^\s*</.test(text)) {
		return { message: `${where} is a web page (HTML), not a dataset: check that the address points at the JSON file itself.` };
	}
	if (text.trim() === '') return { message: `${where} is empty.` };
	const position = /position (\d+)/.exec(error.message);
	if (!position) return { message: `${where} is not valid JSON.` };
	const offset = Math.min(Number(position[1]), text.length);
	const at = lineAndColumn(text, offset);
	const from = Math.max(at.start, offset - 60);
	const line = text.slice(from, Math.min(at.end, offset + 60));
	const marker = `${' '.repeat(offset - from)}^`;
	const ending = offset >= text.trimEnd().length ? ', where the file ends too early (it may have been cut off)' : '';
	return { message: `${where} is not valid JSON: the syntax breaks at line ${at.line}, column ${at.column}${ending}.`, excerpt: `${line}\n${marker}` };
}

/**
 * Loads another article's timeline from `source` (the `data` URL parameter), relative to
 * `base`: checks that its origin may be used, fetches it, parses the JSON and reads it with
 * the validator, keeping the valid events of a file whose structure is sound. Only http(s)
 * addresses are fetched. Never throws: every failure comes back as a message to show.
 */
export async function loadDataset(source: string, base: string, fetchFn: typeof fetch = fetch, options: LoadOptions = {}): Promise<LoadResult> {
	let url: URL;
	try {
		url = new URL(source, base);
	} catch {
		return { ok: false, url: source, message: `“${source.slice(0, 80)}” is not a web address.`, issues: [] };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { ok: false, url: url.href, message: `Only http and https addresses can be loaded, not “${url.protocol}”.`, issues: [] };
	}
	const own = new URL(base).origin;
	if (!isAllowedDataOrigin(url.origin, options.allowedOrigins ?? [own], own)) {
		return {
			ok: false,
			url: url.href,
			message: `This site does not show data from ${url.host}. Its publisher chooses the sites it shows data from (DATA_ORIGINS).`,
			issues: []
		};
	}
	const controller = new AbortController();
	const stallMs = options.stallMs ?? STALL_MS;
	let stalled = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const restart = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			stalled = true;
			controller.abort();
		}, stallMs);
	};
	const cancel = () => controller.abort();
	options.signal?.addEventListener('abort', cancel);
	const where = `The file at ${url.href}`;
	const stalledFailure = { ok: false as const, url: url.href, message: `${where} did not arrive: nothing came for ${Math.round(stallMs / 1000)} seconds.`, issues: [], retry: true };
	let text: string;
	try {
		restart();
		let response: Response;
		try {
			response = await fetchFn(url.href, { headers: { accept: 'application/json' }, signal: controller.signal });
		} catch {
			if (stalled) return stalledFailure;
			return {
				ok: false,
				url: url.href,
				message: `The dataset at ${url.href} could not be fetched: the address is unreachable, or its server does not allow other sites to read it (CORS).`,
				issues: [],
				retry: true
			};
		}
		if (!response.ok) {
			return { ok: false, url: url.href, message: `The dataset at ${url.href} could not be fetched: the server answered ${response.status}.`, issues: [], retry: response.status >= 500 };
		}
		try {
			text = await readBody(response, options, restart);
		} catch (error) {
			if (error instanceof TooLarge) {
				return { ok: false, url: url.href, message: `${where} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, the most a timeline reads.`, issues: [] };
			}
			if (stalled) return stalledFailure;
			return { ok: false, url: url.href, message: `${where} could not be downloaded: the connection broke off before the end.`, issues: [], retry: true };
		}
	} finally {
		clearTimeout(timer);
		options.signal?.removeEventListener('abort', cancel);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, url: url.href, issues: [], ...explainJsonError(text, error as Error, where) };
	}
	const result = await withEdtf(() => readDataset(json));
	if (!result.ok) {
		const count = result.issues.length === 1 ? 'a problem' : `${result.issues.length.toLocaleString('en-US')} problems`;
		return { ok: false, url: url.href, message: `The dataset at ${url.href} has ${count}, so it cannot be shown.`, issues: result.issues };
	}
	return { ok: true, dataset: result.dataset, url: url.href, skipped: result.skipped };
}
