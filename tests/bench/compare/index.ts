/**
 * `npm run bench -- --compare`: this timeline side by side with vis-timeline and TimelineJS on
 * the same synthetic events, in one Chromium, interleaved (ours, vis, TimelineJS, ours, …
 * per repetition) so that load on the machine hits all three alike. Prints markdown tables;
 * asserts nothing.
 *
 * BENCH_COMPARE_SIZES (default 6,100,1000,10000; add 100000 to try it), BENCH_COMPARE_REPS
 * (default 3), BENCH_COMPARE_TIMEOUT_S (default 120: a system that shows nothing by then is
 * reported as slower than that, and not tried at larger sizes), BENCH_COMPARE_BUDGET_S
 * (default 600: no further repetition of a size is started after this long on it).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { syntheticDataset } from '../dataset';
import { formatCount } from '../stats';
import { BLOCK_OTHER_HOSTS, empty, measure, type Measurement } from './measure';
import { ours } from './ours';
import { report, type Results } from './report';
import { close, DATA, DATA_PORT, listen, PAGES_PORT, readBuild, staticServer } from './server';
import type { System } from './system';
import { tjs } from './tjs';
import { vis } from './vis';

const SYSTEMS: System[] = [ours, vis, tjs];

/** A positive number from the environment, or `fallback`. */
function envNumber(name: string, fallback: number): number {
	const value = Number(process.env[name]);
	return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The sizes to compare, from BENCH_COMPARE_SIZES. */
function compareSizes(): number[] {
	return (process.env.BENCH_COMPARE_SIZES ?? '6,100,1000,10000')
		.split(',')
		.map(Number)
		.filter((n) => Number.isInteger(n) && n > 0);
}

/** Runs the comparison and prints its report (resolving once it is written out). */
export async function runCompare(): Promise<void> {
	const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	const sizes = compareSizes();
	const reps = envNumber('BENCH_COMPARE_REPS', 3);
	const timeoutMs = envNumber('BENCH_COMPARE_TIMEOUT_S', 120) * 1000;
	const budgetMs = envNumber('BENCH_COMPARE_BUDGET_S', 600) * 1000;

	const pages = readBuild() as Map<string, Buffer | string>;
	for (const system of SYSTEMS) for (const [path, body] of system.files()) pages.set(path, body);
	const datasets = new Map<string, string>();
	for (const n of sizes) {
		const dataset = syntheticDataset(n);
		for (const system of SYSTEMS) datasets.set(`/${system.key}-${n}.json`, JSON.stringify(system.data(dataset)));
	}

	const pageServer = staticServer(pages);
	const dataServer = staticServer(datasets, true);
	let browser: Browser | undefined;
	const results: Results = { sizes, systems: SYSTEMS, runs: new Map(), timeoutMs, chromium: '', skipped: new Map() };
	try {
		await listen(pageServer, PAGES_PORT);
		await listen(dataServer, DATA_PORT);
		browser = await chromium.launch({ executablePath: existsSync(executablePath) ? executablePath : undefined, headless: true, args: [BLOCK_OTHER_HOSTS] });
		results.chromium = browser.version();
		/** Systems that showed nothing in time at a smaller size. */
		const tooSlow = new Map<string, number>();
		for (const n of sizes) {
			const begin = performance.now();
			for (let rep = 0; rep < reps && (rep === 0 || performance.now() - begin < budgetMs); rep++) {
				for (const system of SYSTEMS) {
					const id = `${system.key}@${n}`;
					if (tooSlow.has(system.key)) {
						results.skipped.set(id, tooSlow.get(system.key) as number);
						continue;
					}
					const runs = results.runs.get(id) ?? [];
					if (runs.some((m) => m.status !== 'shown')) continue;
					process.stderr.write(`compare: ${formatCount(n)} events, run ${rep + 1}: ${system.name}… `);
					const started = performance.now();
					let m: Measurement;
					try {
						m = await measure(browser, system, `${DATA}/${system.key}-${n}.json`, timeoutMs);
					} catch (error) {
						m = empty([(error as Error).message.split('\n')[0] as string]);
					}
					process.stderr.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`);
					runs.push(m);
					results.runs.set(id, runs);
					if (m.status === 'timed out') tooSlow.set(system.key, n);
				}
			}
		}
	} finally {
		await browser?.close();
		await Promise.all([close(pageServer), close(dataServer)]);
	}
	const text = `${report(results)}\n`;
	await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
}
