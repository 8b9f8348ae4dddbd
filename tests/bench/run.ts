/**
 * How fast the timeline is at 1,000, 10,000 and 100,000 synthetic events, as markdown tables
 * for the README; a benchmark, so nothing is asserted.
 *
 * 1. In Node, the work done once per dataset (parsing and validating it, turning its events
 *    into items, indexing them, splitting the article into quoted sentences; see once.ts) and
 *    the work of every frame (`layoutMarks` and `axisTicks`) at four zoom levels.
 * 2. In Node, the date finder on a 10,000-word article and on the evaluation set (datefinder.ts).
 * 3. In Chromium, the built app itself (see browser.ts).
 * 4. Lighthouse's mobile performance audit of `/` and `/embed` (see lighthouse.ts).
 *
 * Run with `npm run bench`. BENCH_SIZES=1000,10000 limits the sizes; BENCH_BROWSER=0 skips part 3,
 * BENCH_LIGHTHOUSE=0 part 4, BENCH_PAGES=embed leaves the full page out of part 3;
 * `npm run bench -- --lighthouse` runs only part 4.
 * `npm run bench -- --compare` runs only the side-by-side comparison with vis-timeline and
 * TimelineJS instead (see compare/index.ts).
 */
import { scaleUtc } from 'd3-scale';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createItemIndex, visibleItems } from '../../src/lib/timeline/item-index';
import { toTimelineItems } from '../../src/lib/timeline/items';
import { layoutMarks } from '../../src/lib/timeline/layout';
import { axisTicks } from '../../src/lib/timeline/ticks';
import { paddedDomain } from '../../src/lib/timeline/viewport';
import { runBrowserBench } from './browser';
import { runDateFinderBench } from './datefinder';
import { syntheticDataset } from './dataset';
import type { OnceTimes } from './once';
import { benchSizes, formatCount, formatMs, median } from './stats';

if (process.argv.includes('--lighthouse')) {
	const { runLighthouse } = await import('./lighthouse');
	await runLighthouse();
	process.exit(0);
}

if (process.argv.includes('--compare')) {
	const { runCompare } = await import('./compare/index');
	await runCompare();
	process.exit(0);
}

const DAY = 86_400_000;
/** The full page's plot width in the browser part's 1280 px wide window. */
const WIDTH = 1246;
/** The lanes the app gives a plot wider than 560 px. */
const MAX_LANES = 6;
const RUNS = 21;
const RUN_MS = 500;
const WARM_UP = 5;
const WARM_UP_MS = 300;
/** The one-off steps are run at most this many times, and not once more after this long. */
const ONCE_RUNS = 5;
const ONCE_BUDGET_MS = 10_000;

/**
 * Median ms of a per-frame `fn`, and its last result: warmed up for at least WARM_UP runs and
 * WARM_UP_MS, so the JIT has optimised it, then timed over at least RUNS runs and RUN_MS.
 */
function perFrame<T>(fn: () => T): { ms: number; result: T } {
	let result = fn();
	let begin = performance.now();
	for (let runs = 1; runs < WARM_UP || performance.now() - begin < WARM_UP_MS; runs++) result = fn();
	const times: number[] = [];
	begin = performance.now();
	while (times.length < RUNS || performance.now() - begin < RUN_MS) {
		const t = performance.now();
		result = fn();
		times.push(performance.now() - t);
	}
	return { ms: median(times), result };
}

/**
 * The one-off steps for `n` events, each run in a fresh process as a freshly opened page runs
 * them (see once.ts): the median of up to ONCE_RUNS processes, fewer when they are slow.
 */
function once(n: number): OnceTimes {
	const runs: OnceTimes[] = [];
	const begin = performance.now();
	do {
		const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('once.ts', import.meta.url)), String(n)], {
			encoding: 'utf8',
			maxBuffer: 1 << 20
		});
		if (child.status !== 0) throw new Error(`once.ts ${n} failed: ${child.stderr}`);
		runs.push(JSON.parse(child.stdout) as OnceTimes);
	} while (runs.length < ONCE_RUNS && performance.now() - begin < ONCE_BUDGET_MS);
	const keys = Object.keys(runs[0] as OnceTimes) as (keyof OnceTimes)[];
	return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as unknown as OnceTimes;
}

const sizes = benchSizes();
const oneOff: string[] = [];
const frames: string[] = [];

for (const n of sizes) {
	const t = once(n);
	oneOff.push(
		`| ${formatCount(n)} | ${t.jsonMB.toFixed(1)} | ${formatMs(t.parse)} | ${formatMs(t.validate)} | ${formatMs(t.items)} | ${formatMs(t.index)} | ${formatMs(t.segments)} |`
	);

	const items = toTimelineItems(syntheticDataset(n).events);
	const index = createItemIndex(items);
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
		const options = { x: (ms: number) => scale(ms), range: [from, to] as const, width: WIDTH, maxLanes: MAX_LANES };
		const layout = perFrame(() => layoutMarks(index, options));
		const ticks = perFrame(() => axisTicks(scale, WIDTH));
		const frame = perFrame(() => {
			axisTicks(scale, WIDTH);
			return layoutMarks(index, options);
		});
		const { marks, laneCount } = layout.result;
		const clusters = marks.filter((m) => m.type === 'cluster').length;
		const inView = visibleItems(index, from, to).length;
		frames.push(
			`| ${formatCount(n)} | ${zoom} | ${formatCount(inView)} | ${marks.length} (${clusters}) | ${laneCount} | ${formatMs(layout.ms, 2)} | ${formatMs(ticks.ms, 2)} | ${formatMs(frame.ms, 2)} |`
		);
	}
}

console.log(`## Node ${process.versions.node}: once per dataset\n`);
console.log(
	`Synthetic datasets (tests/bench/dataset.ts) of valid EDTF dates, each event quoting one sentence of the article. The steps in the page's order, in a fresh process each time (empty caches); median of up to ${ONCE_RUNS} processes; ms.\n`
);
console.log('| events | JSON (MB) | JSON.parse | validateDataset | toTimelineItems | createItemIndex | segmentArticle (full page only) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
console.log(oneOff.join('\n'));
console.log(`\n## Node ${process.versions.node}: every frame\n`);
console.log(`A plot ${WIDTH} px wide with ${MAX_LANES} label lanes; median of at least ${RUNS} runs (and ${RUN_MS} ms) after a warm-up; ms.\n`);
console.log('| events | zoom | events in view | marks (clusters) | lanes | layoutMarks | axisTicks | frame (both) |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|');
console.log(frames.join('\n'));
console.log(`\n## Node ${process.versions.node}: the date finder\n`);
await runDateFinderBench();

if (process.env.BENCH_BROWSER !== '0') await runBrowserBench(sizes);
if (process.env.BENCH_LIGHTHOUSE !== '0') {
	const { runLighthouse } = await import('./lighthouse');
	await runLighthouse();
}
