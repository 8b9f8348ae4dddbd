import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../tests/bench/dataset';
import { createItemIndex, reviveItemIndex } from '../timeline/item-index';
import { toTimelineItems } from '../timeline/items';
import { layoutMarks } from '../timeline/layout';
import { articleDataset } from './article';
import { TEXT_LIMITS } from './fields';
import { checkDataset, prepareDataset, type PrepareProgress } from './prepare';

const URL_ = 'https://news.example/big.json';

describe('checkDataset(json, url, onProgress)', () => {
	it('counts every event as it is checked, at most a hundred steps, ending with all of them', async () => {
		const seen: PrepareProgress[] = [];
		const json = JSON.parse(JSON.stringify(syntheticDataset(1_000)));
		const result = await checkDataset(json, URL_, (p) => seen.push(p));
		expect(result.ok).toBe(true);
		expect(seen[0]).toEqual({ phase: 'checking', done: 0, total: 1_000 });
		expect(seen.length).toBeLessThanOrEqual(101);
		expect(seen.at(-1)).toEqual({ phase: 'checking', done: 1_000, total: 1_000 });
		const dones = seen.map((p) => (p.phase === 'checking' ? p.done : -1));
		expect([...dones].sort((a, b) => a - b)).toEqual(dones);
	});

	it('counts the broken events too, and keeps the sound ones', async () => {
		const json = JSON.parse(JSON.stringify(syntheticDataset(10))) as { events: { date: string }[] };
		json.events[3]!.date = '2021-02-30';
		const seen: PrepareProgress[] = [];
		const result = await checkDataset(json, URL_, (p) => seen.push(p));
		expect(seen.at(-1)).toEqual({ phase: 'checking', done: 10, total: 10 });
		expect(result.ok && result.events).toEqual({ total: 10, skipped: 1 });
	});

	it('refuses a file without events with a sentence that names its address', async () => {
		const result = await checkDataset({ version: 1.1 }, URL_);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/^The dataset at https:\/\/news\.example\/big\.json has \d+ problems?/);
	});
});

describe('prepareDataset(text, url, onProgress)', () => {
	it('parses, checks and indexes a file, ending with the layout step', async () => {
		const seen: string[] = [];
		const result = await prepareDataset(JSON.stringify(articleDataset), URL_, (p) => seen.push(p.phase));
		expect(seen[0]).toBe('checking');
		expect(seen.at(-1)).toBe('layout');
		expect(result.ok).toBe(true);
		if (!result.ok || !result.prepared) throw new Error('not prepared');
		expect(result.prepared.events).toBe(result.dataset.events);
		expect(result.prepared.items.map((i) => i.id)).toEqual(toTimelineItems(result.dataset.events).map((i) => i.id));
	});

	it('says where a file is not JSON, with the line and column', async () => {
		const result = await prepareDataset('{"version": 1.1,\n  "article": }', URL_);
		expect(result).toEqual({ ok: false, message: expect.stringMatching(/is not valid JSON: .* at line 2, column \d+/), issues: [] });
	});

	it('gives a result that survives structured clone: the revived index lays out exactly as a fresh one', async () => {
		const result = await prepareDataset(JSON.stringify(syntheticDataset(2_000)), URL_);
		if (!result.ok || !result.prepared) throw new Error('not prepared');
		const copy = structuredClone(result);
		if (!copy.ok || !copy.prepared) throw new Error('not cloned');
		// One message keeps shared objects shared: each item still holds the dataset's own event.
		expect(copy.prepared.items[0]!.event).toBe(copy.prepared.events.find((e) => e.id === copy.prepared!.items[0]!.id));
		expect(copy.prepared.index.items[0]).toBe(copy.prepared.items[0]);
		const revived = reviveItemIndex(copy.prepared.index);
		const fresh = createItemIndex(toTimelineItems(result.dataset.events));
		const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2004, 0, 1)];
		const scale = scaleUtc().domain(domain).range([0, 1200]);
		const layout = (index: typeof fresh) => layoutMarks(index, { x: (ms) => scale(ms), range: domain, width: 1200, maxLanes: 6 }).marks.map((m) => [m.key, m.x, m.lane]);
		expect(layout(revived)).toEqual(layout(fresh));
	});
});

describe('the benchmark datasets', () => {
	it('keep their article within the format’s limit at 100,000 events, so the benchmark measures a valid file', () => {
		expect(syntheticDataset(100_000).article.text?.length).toBeLessThan(TEXT_LIMITS.article);
	});
});
