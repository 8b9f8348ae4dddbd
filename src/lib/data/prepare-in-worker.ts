/**
 * The page's side of prepare.worker.ts: starts the worker for one file, passes its progress
 * on, and ends it when it is done or the reader cancels.
 */
import { reviveItemIndex } from '../timeline/item-index';
import type { CheckedDataset, CheckFailure, PrepareProgress } from './prepare';
import type { PrepareMessage, PrepareRequest } from './prepare.worker';

/** Options for {@link prepareInWorker}. */
export interface PrepareInWorkerOptions {
	/** Hears the worker's progress. */
	onProgress?: (progress: PrepareProgress) => void;
	/** Ends the worker at once; the promise then resolves to `'cancelled'`. */
	signal?: AbortSignal;
}

/**
 * Parses, checks and indexes `text` (the file downloaded from `url`) in a worker. Resolves to
 * the result, to `'cancelled'` when `signal` aborts, or to null when no worker could run
 * (the page then does the work itself). Never rejects.
 */
export function prepareInWorker(text: string, url: string, options: PrepareInWorkerOptions = {}): Promise<CheckedDataset | CheckFailure | 'cancelled' | null> {
	const { onProgress, signal } = options;
	if (signal?.aborted) return Promise.resolve('cancelled');
	let worker: Worker;
	try {
		worker = new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module', name: 'prepare-dataset' });
	} catch {
		return Promise.resolve(null);
	}
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
			const { result } = data;
			if (result.ok && result.prepared) reviveItemIndex(result.prepared.index);
			finish(result);
		};
		// A worker that fails to load (or crashes before a word) leaves the work to the page.
		worker.onerror = (event) => {
			event.preventDefault();
			finish(heard ? { ok: false, message: `The dataset at ${url} could not be read: ${event.message || 'its worker stopped'}.`, issues: [] } : null);
		};
		const request: PrepareRequest = { text, url };
		worker.postMessage(request);
	});
}
