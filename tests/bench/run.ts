/**
 * Per-frame cost of the timeline's math at 1,000, 10,000 and 100,000 synthetic events:
 * building the index once, then for each zoom level the work a frame does (marks, axis
 * ticks, label lanes). Prints a markdown table; a benchmark, so nothing is asserted.
 *
 * Run with `npm run bench`.
 */
import { scaleUtc } from 'd3-scale';
import { clusterRange, clusterVisible, createItemIndex, visibleItems, type Mark } from '../../src/lib/timeline/clusters';
import { assignLanes } from '../../src/lib/timeline/lanes';
import { axisTicks, estimateLabelWidth } from '../../src/lib/timeline/ticks';
import type { MarkKind, TimelineItem } from '../../src/lib/timeline/types';
import { paddedDomain } from '../../src/lib/timeline/viewport';

const DAY = 86_400_000;
const WIDTH = 1280;
const MIN_GAP = 24;
const MAX_LANES = 8;
const RUNS = 21;
const WARM_UP = 5;

/** A small seeded PRNG, so every run measures the same data. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** `n` events over 25 years from 2000: 70% days, 20% months, 10% bands of two months to eight years. */
function syntheticItems(n: number, seed = 1): TimelineItem[] {
	const random = mulberry32(seed);
	const t0 = Date.UTC(2000, 0, 1);
	const days = 25 * 365;
	return Array.from({ length: n }, (_, i) => {
		const r = random();
		const kind: MarkKind = r < 0.7 ? 'point' : r < 0.9 ? 'bar' : 'band';
		const start = t0 + Math.floor(random() * days) * DAY;
		const length = kind === 'point' ? 1 : kind === 'bar' ? 30 : Math.round(60 * Math.pow(48, random()));
		const id = `event-${i}`;
		const event = { id, title: `Synthetic event number ${i}`, summary: '', dateText: '', date: '', start: '', end: '', quotes: [] };
		return { id, event, kind, start, end: start + length * DAY };
	});
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median ms of `fn` over RUNS runs, after WARM_UP runs for the JIT; also returns the last result. */
function time<T>(fn: () => T): { ms: number; result: T } {
	let result = fn();
	for (let i = 1; i < WARM_UP; i++) result = fn();
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		result = fn();
		times.push(performance.now() - t);
	}
	return { ms: median(times), result };
}

/** Lays out labels as the event layer does: each mark with its label to the right. */
function lanes(marks: Mark[]) {
	return assignLanes(
		marks.map((m) => {
			const label = m.type === 'event' ? m.item.event.title : `${m.items.length} events`;
			return { x0: Math.min(m.x0, m.x), x1: Math.max(m.x1, m.x + 10 + estimateLabelWidth(label)) };
		}),
		{ gap: 12, maxLanes: MAX_LANES }
	);
}

const rows: string[] = [];
const builds: string[] = [];
for (const n of [1_000, 10_000, 100_000]) {
	const items = syntheticItems(n);
	const build = time(() => createItemIndex(items));
	builds.push(`| ${n.toLocaleString('en-US')} | ${build.ms.toFixed(1)} |`);
	const index = build.result;
	const domain = paddedDomain(items);
	const mid = Date.UTC(2012, 6, 1);
	const zooms: [string, number, number][] = [
		['full extent', domain[0], domain[1]],
		['one year', mid, mid + 365 * DAY],
		['one month', mid, mid + 31 * DAY],
		['one day', mid, mid + DAY]
	];
	for (const [zoom, from, to] of zooms) {
		const scale = scaleUtc().domain([from, to]).range([0, WIDTH]);
		const x = (ms: number) => scale(ms);
		const options = { minGap: MIN_GAP, width: WIDTH };
		const indexed = time(() => {
			const marks = clusterRange(index, from, to, x, options);
			axisTicks(scale, WIDTH);
			lanes(marks);
			return marks;
		});
		const linear = time(() => {
			const marks = clusterVisible(visibleItems(index, from, to), x, options);
			axisTicks(scale, WIDTH);
			lanes(marks);
			return marks;
		});
		const visible = visibleItems(index, from, to).length;
		rows.push(
			`| ${n.toLocaleString('en-US')} | ${zoom} | ${visible.toLocaleString('en-US')} | ${indexed.result.length} | ${indexed.ms.toFixed(2)} | ${linear.ms.toFixed(2)} |`
		);
	}
}

console.log(`Plot ${WIDTH} px wide, clusters merge within ${MIN_GAP} px, ${MAX_LANES} label lanes; median of ${RUNS} runs.\n`);
console.log('| events | createItemIndex (ms) |\n|---:|---:|');
console.log(builds.join('\n'));
console.log('\nPer frame: marks + axis ticks + label lanes. `clusterRange` works per mark; `visibleItems` + `clusterVisible` per visible item.\n');
console.log('| events | zoom | visible items | marks | clusterRange frame (ms) | visibleItems + clusterVisible frame (ms) |');
console.log('|---:|---|---:|---:|---:|---:|');
console.log(rows.join('\n'));
