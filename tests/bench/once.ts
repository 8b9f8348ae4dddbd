/**
 * The work the app does once when it loads a dataset of `n` synthetic events, step by step
 * in the app's order, in a process of its own: the app's caches (parsed EDTF dates) start
 * empty, as in a freshly opened page. Prints the times as JSON, in ms; run.ts calls it.
 *
 * Usage: node --import tsx tests/bench/once.ts <n>
 */
import { validateDataset } from '../../src/lib/data/schema';
import { segmentArticle } from '../../src/lib/timeline/article-segments';
import { createItemIndex } from '../../src/lib/timeline/item-index';
import { toTimelineItems } from '../../src/lib/timeline/items';
import type { Dataset } from '../../src/lib/timeline/types';
import { syntheticDataset } from './dataset';

/** The steps, in the order the page runs them. */
export interface OnceTimes {
	jsonMB: number;
	parse: number;
	validate: number;
	items: number;
	index: number;
	segments: number;
}

function timed<T>(fn: () => T): [T, number] {
	const t = performance.now();
	const result = fn();
	return [result, performance.now() - t];
}

const n = Number(process.argv[2]);
const json = JSON.stringify(syntheticDataset(n));
const [input, parse] = timed(() => JSON.parse(json) as unknown);
const [validation, validate] = timed(() => validateDataset(input));
if (!validation.ok) throw new Error(`The synthetic dataset of ${n} events is invalid: ${JSON.stringify(validation.issues.slice(0, 3))}`);
const dataset: Dataset = validation.dataset;
const [items, itemsMs] = timed(() => toTimelineItems(dataset.events));
const [, index] = timed(() => createItemIndex(items));
const [, segments] = timed(() => segmentArticle(dataset.article.text ?? '', dataset.article.title, dataset.events));
const times: OnceTimes = { jsonMB: json.length / 1e6, parse, validate, items: itemsMs, index, segments };
console.log(JSON.stringify(times));
