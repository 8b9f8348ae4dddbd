import { describe, expect, it } from 'vitest';
import { describeJsonError, fetchDataset } from './fetch-dataset';

const URL_ = 'https://news.example/data.json';

/** A fetch whose body sends `chunks` and then either ends, breaks off, or hangs. */
function streaming(chunks: string[], then: 'end' | 'error' | 'hang', headers: Record<string, string> = {}) {
	return (async (_url: string, init?: RequestInit) => {
		const encoder = new TextEncoder();
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
				if (then === 'end') controller.close();
				if (then === 'error') controller.error(new TypeError('network error'));
				init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
			}
		});
		return new Response(body, { status: 200, headers });
	}) as unknown as typeof fetch;
}

describe('fetchDataset({ url, onProgress, timeout, fetch })', () => {
	it('parses the JSON and reports the bytes as they arrive, with the size the server gave', async () => {
		const seen: { loaded: number; total: number | undefined }[] = [];
		const result = await fetchDataset({ url: URL_, fetch: streaming(['{"a":', '1}'], 'end', { 'content-length': '7' }), onProgress: (p) => seen.push(p) });
		expect(result).toEqual({ ok: true, json: { a: 1 } });
		expect(seen).toEqual([
			{ loaded: 5, total: 7 },
			{ loaded: 7, total: 7 }
		]);
	});

	it('names a body that breaks off as a failed download, not as bad JSON', async () => {
		const result = await fetchDataset({ url: URL_, fetch: streaming(['{"events": ['], 'error') });
		expect(result).toMatchObject({ ok: false, kind: 'network', message: `The dataset at ${URL_} could not be downloaded: the connection broke off before the whole file arrived.` });
	});

	it('gives up on a server that sends nothing for the timeout', async () => {
		const result = await fetchDataset({ url: URL_, fetch: streaming(['{'], 'hang'), timeout: 30 });
		expect(result).toMatchObject({ ok: false, kind: 'timeout', message: `The dataset at ${URL_} did not arrive: its server sent nothing for 0 seconds.` });
	});

	it('gives up on a fetch that ignores the abort signal', async () => {
		const deaf = (() => new Promise<Response>(() => {})) as unknown as typeof fetch;
		const result = await fetchDataset({ url: URL_, fetch: deaf, timeout: 30 });
		expect(result).toMatchObject({ ok: false, kind: 'timeout' });
	});

	it('gives up at once when it is cancelled before it starts', async () => {
		const deaf = (() => new Promise<Response>(() => {})) as unknown as typeof fetch;
		const result = await fetchDataset({ url: URL_, fetch: deaf, signal: AbortSignal.abort() });
		expect(result).toMatchObject({ ok: false, kind: 'cancelled' });
	});

	it('names an HTML page as such', async () => {
		const result = await fetchDataset({ url: URL_, fetch: streaming(['\n<!doctype html><title>Home</title>'], 'end') });
		expect(result).toMatchObject({ ok: false, kind: 'html' });
	});
});

describe('describeJsonError(text, error)', () => {
	const reason = (text: string) => {
		try {
			JSON.parse(text);
		} catch (error) {
			return describeJsonError(text, error);
		}
		throw new Error('parsed');
	};

	it.each([
		['a stray character on line 3', '{\n "a": 1,\n "b": x\n}', 'unexpected "x" at line 3, column 7: " \\"b\\": x".'],
		['a file cut short', '{"a": [1, 2', "expected ',' or ']' after array element at line 1, column 12: \"{\\\"a\\\": [1, 2\"."],
		['an empty file', '  ', 'the file is empty.']
	])('gives the line, column and line text for %s', (_, text, expected) => {
		expect(reason(text)).toBe(expected);
	});

	it('cuts a long line to a few dozen characters around the spot', () => {
		const text = `{"a": "${'x'.repeat(5000)}" oops}`;
		expect(reason(text).length).toBeLessThan(160);
	});
});
