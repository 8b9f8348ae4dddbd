/**
 * The page's side of prepare.worker.ts: starts the worker for one file, passes its progress
 * on, and ends it when it is done or the reader cancels.
 */
import { unpackResult } from './packed-result';
import type { CheckedDataset, CheckFailure, PrepareProgress } from './prepare';
import type { PrepareMessage, PrepareRequest } from './prepare.worker';

/**
 * Files at least this long (in characters, about 1 MB; some 3,500 events) are parsed, checked
 * and indexed in a worker. A smaller one is read on the page, quicker than starting a worker.
 */
export const WORKER_MIN_LENGTH = 1_000_000;

/** Options for {@link prepareInWorker}. */
export interface PrepareInWorkerOptions {
	/** Hears the worker's progress. */
	onProgress?: (progress: PrepareProgress) => void;
	/** Ends the worker at once; the promise then resolves to `'cancelled'`. */
	signal?: AbortSignal;
}

/** A worker started while a large file still downloads, and whether it failed to load. */
let warm: { worker: Worker; failed: boolean } | null = null;

function startWorker(): Worker {
	return new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module', name: 'prepare-dataset' });
}

/**
 * Starts the worker ahead of the text, once the download shows the file is large, so that
 * loading its scripts overlaps the download. Returns what ends it if it goes unused.
 */
export function warmWorker(): () => void {
	try {
		const started = (warm ??= { worker: startWorker(), failed: false });
		started.worker.onerror = (event) => {
			event.preventDefault();
			started.failed = true;
		};
	} catch {
		warm = null;
	}
	const mine = warm;
	return () => {
		if (!mine || warm !== mine) return;
		mine.worker.terminate();
		warm = null;
	};
}

/** The worker started ahead, if it loaded, or a new one; null when none can start. */
function takeWorker(): Worker | null {
	const started = warm;
	warm = null;
	if (started && !started.failed) return started.worker;
	started?.worker.terminate();
	try {
		return startWorker();
	} catch {
		return null;
	}
}

/**
 * Parses, checks and indexes `text` (the file downloaded from `url`) in a worker (the one
 * {@link warmWorker} started, if any). Resolves to the result, to `'cancelled'` when `signal`
 * aborts, or to null when no worker could run (the page then does the work itself). Never
 * rejects.
 */
export function prepareInWorker(text: string, url: string, options: PrepareInWorkerOptions = {}): Promise<CheckedDataset | CheckFailure | 'cancelled' | null> {
	const { onProgress, signal } = options;
	if (signal?.aborted) return Promise.resolve('cancelled');
	const worker = takeWorker();
	if (!worker) return Promise.resolve(null);
	return new Promise((resolve) => {
		let heard = false;
		const finish = (value: CheckedDataset | CheckFailure | 'cancelled' | null) => {
			worker.terminate();
			signal?.removeEventListener('abort', cancel);
			resolve(value);
		};
		const cancel = () => finish('cancelled');
		signal?.addEventListener('abort', cancel, { once: true });
		worker.onmessage = ({ data }: MessageEvent<PrepareMessage>) => {
			heard = true;
			if (data.type === 'progress') return onProgress?.(data.progress);
			// A result that cannot be unpacked (the page ran out of memory, say) is a stop half-way.
			let result: CheckedDataset | CheckFailure;
			try {
				result = unpackResult(data.result);
			} catch {
				result = { ok: false, message: workerFailed(url), issues: [], retry: true };
			}
			finish(result);
		};
		// A worker that fails to load (or crashes before a word) leaves the work to the page.
		worker.onerror = (event) => {
			event.preventDefault();
			finish(heard ? { ok: false, message: workerFailed(url), issues: [], retry: true } : null);
		};
		const request: PrepareRequest = { text, url };
		worker.postMessage(request);
	});
}

/** The worker reading a large file stopped half-way (out of memory, say). */
const workerFailed = (url: string): string =>
	`The dataset at ${url} could not be checked: the browser stopped the work half-way (it may have run out of memory).`;
