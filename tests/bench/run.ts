/**
 * How fast the timeline is at 1,000, 10,000 and 100,000 synthetic events, as markdown tables
 * for the README; a benchmark, so nothing is asserted.
 *
 * 1. In Node, the work done once per dataset (validating it, turning its events into items,
 *    indexing them, splitting the article into quoted sentences) and the work of every frame
 *    (`layoutMarks` and `axisTicks`) at four zoom levels.
 * 2. In Chromium, the built app itself (see browser.ts).
 *
 * Run with `npm run bench`. BENCH_SIZES=1000,10000 limits the sizes; BENCH_BROWSER=0 skips part 2.
 */
import { scaleUtc } from 'd3-scale';
import { validateDataset } from '../../src/lib/data/schema';
import { segmentArticle } from '../../src/lib/timeline/article-segments';
import { createItemIndex, visibleItems } from '../../src/lib/timeline/clusters';
import { toTimelineItems } from '../../src/lib/timeline/items';
import { layoutMarks } from '../../src/lib/timeline/layout';
import { axisTicks } from '../../src/lib/timeline/ticks';
import { paddedDomain } from '../../src/lib/timeline/viewport';
import { runBrowserBench } from './browser';
import { syntheticDataset } from './dataset';
import { benchSizes, formatCount, formatMs, median } from './stats';

const DAY = 86_400_000;
/** The plot's width in the browser part's 1280 px wide window. */
const WIDTH = 1248;
/** The lanes the app gives a plot wider than 560 px. */
const MAX_LANES = 6;
const RUNS = 21;
const WARM_UP = 5;
/** A one-off step is repeated at most this many times, and not once more after this long. */
const ONCE_RUNS = 5;
const ONCE_BUDGET_MS = 2000;

/** Median ms of a per-frame `fn` over RUNS runs, after WARM_UP runs for the JIT; and its last result. */
function perFrame<T>(fn: () => T): { ms: number; result: T } {
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

/**
 * Median ms of a one-off `fn`, run as the app runs it, cold the first time: up to ONCE_RUNS
 * times while the runs so far took under ONCE_BUDGET_MS, so a slow step runs only once.
 */
function once<T>(fn: () => T): { ms: number; result: T } {
	const times: number[] = [];
	let result: T;
	const begin = performance.now();
	do {
		const t = performance.now();
		result = fn();
		times.push(performance.now() - t);
	} while (times.length < ONCE_RUNS && performance.now() - begin < ONCE_BUDGET_MS);
	return { ms: median(times), result };
}

const sizes = benchSizes();
const oneOff: string[] = [];
const frames: string[] = [];

for (const n of sizes) {
	const dataset = syntheticDataset(n);
	const { events } = dataset;
	const json = JSON.stringify(dataset);
	const validation = once(() => validateDataset(dataset));
	if (!validation.result.ok) throw new Error(`The synthetic dataset of ${n} events is invalid: ${JSON.stringify(validation.result.issues.slice(0, 3))}`);
	const items = once(() => toTimelineItems(events));
	const index = once(() => createItemIndex(items.result));
	const segments = once(() => segmentArticle(dataset.article.text, dataset.article.title, events));
	oneOff.push(
		`| ${formatCount(n)} | ${(json.length / 1e6).toFixed(1)} | ${formatMs(validation.ms)} | ${formatMs(items.ms)} | ${formatMs(index.ms)} | ${formatMs(segments.ms)} |`
	);

	const domain = paddedDomain(items.result);
	const mid = Date.UTC(2012, 6, 1);
	const zooms: [string, number, number][] = [
		['full extent', domain[0], domain[1]],
		['one year', mid, mid + 365 * DAY],
		['one month', mid, mid + 31 * DAY],
		['one day', mid, mid + DAY]
	];
	for (const [zoom, from, to] of zooms) {
		const scale = scaleUtc().domain([from, to]).range([0, WIDTH]);
		const options = { x: (ms: number) => scale(ms), range: [from, to] as const, width: WIDTH, maxLanes: MAX_LANES };
		const layout = perFrame(() => layoutMarks(index.result, options));
		const ticks = perFrame(() => axisTicks(scale, WIDTH));
		const frame = perFrame(() => {
			axisTicks(scale, WIDTH);
			return layoutMarks(index.result, options);
		});
		const { marks, laneCount } = layout.result;
		const clusters = marks.filter((m) => m.type === 'cluster').length;
		const inView = visibleItems(index.result, from, to).length;
		frames.push(
			`| ${formatCount(n)} | ${zoom} | ${formatCount(inView)} | ${marks.length} (${clusters}) | ${laneCount} | ${formatMs(layout.ms, 2)} | ${formatMs(ticks.ms, 2)} | ${formatMs(frame.ms, 2)} |`
		);
	}
}

console.log(`## Node ${process.versions.node}: once per dataset\n`);
console.log(
	`Synthetic datasets (tests/bench/dataset.ts) of valid EDTF dates, each event quoting one sentence of the article. Median of up to ${ONCE_RUNS} runs, a slow step once; ms.\n`
);
console.log('| events | JSON (MB) | validateDataset | toTimelineItems | createItemIndex | segmentArticle (full page only) |');
console.log('|---:|---:|---:|---:|---:|---:|');
console.log(oneOff.join('\n'));
console.log(`\n## Node ${process.versions.node}: every frame\n`);
console.log(`A plot ${WIDTH} px wide with ${MAX_LANES} label lanes; median of ${RUNS} runs after ${WARM_UP} warm-up runs; ms.\n`);
console.log('| events | zoom | events in view | marks (clusters) | lanes | layoutMarks | axisTicks | frame (both) |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|');
console.log(frames.join('\n'));

if (process.env.BENCH_BROWSER !== '0') await runBrowserBench(sizes);
