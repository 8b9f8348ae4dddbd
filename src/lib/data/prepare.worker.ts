/**
 * A worker that parses, checks and indexes a large dataset file off the page's main thread
 * (see prepare.ts), so the page keeps drawing its progress bar and answers Cancel. It gets
 * `{ text, url }` once, posts `{ type: 'progress' }` as it goes, then `{ type: 'done' }` with
 * the result; the index's typed arrays are transferred rather than copied.
 */
import { itemIndexBuffers } from '../timeline/item-index';
import { prepareDataset, type CheckedDataset, type CheckFailure, type PrepareProgress } from './prepare';

/** What the worker posts to the page. */
export type PrepareMessage = { type: 'progress'; progress: PrepareProgress } | { type: 'done'; result: CheckedDataset | CheckFailure };

/** What the page posts to the worker. */
export interface PrepareRequest {
	text: string;
	url: string;
}

const post = (message: PrepareMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<PrepareRequest>) => {
	const { text, url } = event.data;
	const result = await prepareDataset(text, url, (progress) => post({ type: 'progress', progress }));
	post({ type: 'done', result }, result.ok && result.prepared ? itemIndexBuffers(result.prepared.index) : []);
};
