import { readFileSync } from 'node:fs';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../tests/bench/dataset';
import { visibleItems } from '../timeline/item-index';
import { layoutMarks } from '../timeline/layout';
import { articleDataset } from './article';
import { packResult, unpackResult } from './packed-result';
import { prepareDataset, type CheckedDataset } from './prepare';

const URL_ = 'https://news.example/data.json';

/** `result` packed, sent to another thread as the worker sends it (buffers transferred), and unpacked. */
function acrossThreads(result: Awaited<ReturnType<typeof prepareDataset>>) {
	const { packed, transfer } = packResult(result);
	return unpackResult(structuredClone(packed, { transfer }));
}

async function prepared(text: string): Promise<CheckedDataset> {
	const result = await prepareDataset(text, URL_);
	if (!result.ok || !result.prepared) throw new Error('not prepared');
	return result;
}

describe('packResult and unpackResult', () => {
	it.each([
		['the built-in article', JSON.stringify(articleDataset)],
		['an example with records, media, eras and groups', readFileSync('static/examples/kestrel-point.json', 'utf8')],
		['2,000 generated events', JSON.stringify(syntheticDataset(2_000))]
	])('give back %s as it was prepared', async (_, text) => {
		const result = await prepared(text);
		// Packing transfers the index's buffers away: compare with a second, untouched copy.
		const expected = await prepared(text);
		const copy = acrossThreads(result);
		expect(copy).toEqual(expected);
	});

	it('keeps shared objects shared: each item holds the dataset’s own event, and the index the items', async () => {
		const copy = acrossThreads(await prepared(JSON.stringify(syntheticDataset(500))));
		if (!copy.ok || !copy.prepared) throw new Error('not prepared');
		const { dataset, prepared: p } = copy;
		expect(p.events).toBe(dataset.events);
		const events = new Set(dataset.events);
		expect(p.items.every((item) => events.has(item.event) && item.id === item.event.id)).toBe(true);
		const items = new Set(p.items);
		expect(p.index.items.every((item) => items.has(item))).toBe(true);
		expect(new Set(p.index.byAnchor).size).toBe(p.items.length);
		expect(p.index.byAnchor.every((item) => items.has(item))).toBe(true);
	});

	it('gives an index that answers and lays out exactly as the one prepared', async () => {
		const text = JSON.stringify(syntheticDataset(3_000));
		const fresh = await prepared(text);
		const copy = acrossThreads(await prepared(text));
		if (!copy.ok || !copy.prepared || !fresh.prepared) throw new Error('not prepared');
		const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2004, 0, 1)];
		const scale = scaleUtc().domain(domain).range([0, 1200]);
		const layout = (index: typeof fresh.prepared.index) =>
			layoutMarks(index, { x: (ms) => scale(ms), range: domain, width: 1200, maxLanes: 6 }).marks.map((m) => [m.key, m.x, m.lane]);
		expect(layout(copy.prepared.index)).toEqual(layout(fresh.prepared.index));
		const ids = (index: typeof fresh.prepared.index) => visibleItems(index, ...domain).map((item) => item.id);
		expect(ids(copy.prepared.index)).toEqual(ids(fresh.prepared.index));
	});

	it('passes a failure and a dataset without prepared items through', async () => {
		const failure = await prepareDataset('{"version": 1.1', URL_);
		expect(acrossThreads(failure)).toEqual(failure);
		const { prepared: _, ...checked } = await prepared(JSON.stringify(articleDataset));
		expect(acrossThreads(checked)).toEqual(checked);
	});
});
