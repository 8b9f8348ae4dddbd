import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleDataset } from './article';
import { packResult } from './packed-result';
import { prepareDataset } from './prepare';
import { prepareInWorker } from './prepare-in-worker';

/** A worker that answers the first message it gets with `answer`, as prepare.worker.ts would. */
function fakeWorker(answer: () => Promise<unknown>) {
	return class {
		onmessage: ((event: { data: unknown }) => void) | null = null;
		onerror: ((event: { preventDefault(): void }) => void) | null = null;
		terminated = false;
		postMessage() {
			void answer().then((data) => this.onmessage?.({ data }));
		}
		terminate() {
			this.terminated = true;
		}
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('prepareInWorker(text, url)', () => {
	it('gives back the worker’s packed result unpacked', async () => {
		const text = JSON.stringify(articleDataset);
		vi.stubGlobal(
			'Worker',
			fakeWorker(async () => {
				const { packed, transfer } = packResult(await prepareDataset(text, 'https://news.example/a.json'));
				return { type: 'done', result: structuredClone(packed, { transfer }) };
			})
		);
		const result = await prepareInWorker(text, 'https://news.example/a.json');
		if (!result || result === 'cancelled' || !result.ok || !result.prepared) throw new Error('not prepared');
		expect(result.dataset.events.length).toBe(articleDataset.events.length);
		expect(result.prepared.events).toBe(result.dataset.events);
	});

	it('says the work stopped half-way when the result cannot be unpacked, and offers to try again', async () => {
		vi.stubGlobal('Worker', fakeWorker(async () => ({ type: 'done', result: { ok: true, json: '{"dataset": ' } })));
		const result = await prepareInWorker('{}', 'https://news.example/big.json');
		expect(result).toEqual({ ok: false, message: expect.stringContaining('https://news.example/big.json could not be checked'), issues: [], retry: true });
	});
});
