/**
 * A worker that parses, checks and indexes a large dataset file off the page's main thread
 * (see prepare.ts), so the page keeps drawing its progress bar and answers Cancel. It gets
 * `{ text, url }` once, posts `{ type: 'progress' }` as it goes, then `{ type: 'done' }` with
 * the result, packed for the crossing (packed-result.ts).
 */
import { packResult, type PackedResult } from './packed-result';
import { prepareDataset, type PrepareProgress } from './prepare';

/** What the worker posts to the page. */
export type PrepareMessage = { type: 'progress'; progress: PrepareProgress } | { type: 'done'; result: PackedResult };

/** What the page posts to the worker. */
export interface PrepareRequest {
	text: string;
	url: string;
}

const post = (message: PrepareMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<PrepareRequest>) => {
	const { text, url } = event.data;
	const { packed, transfer } = packResult(await prepareDataset(text, url, (progress) => post({ type: 'progress', progress })));
	post({ type: 'done', result: packed }, transfer);
};
