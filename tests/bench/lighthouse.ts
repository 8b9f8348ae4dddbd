/**
 * Lighthouse's mobile performance audit (its default: a mid-range phone on a slow 4G link,
 * simulated) of the built `/` and `/embed`, served from memory on port 4193 by the same static
 * server as the browser part. A score, for the report, never a test: it depends on the machine.
 */
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { appServer, close, listen, readBuild } from './browser';

const PORT = 4193;
const PAGES = ['/', '/embed'];
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/** One page's median audit over the runs. */
interface Audit {
	page: string;
	score: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Runs the audits and prints the report's table (markdown). */
export async function runLighthouse(): Promise<void> {
	const server = appServer(readBuild());
	await listen(server, PORT);
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
	});
	const audits: Audit[] = [];
	try {
		for (const page of PAGES) {
			const runs: Omit<Audit, 'page'>[] = [];
			for (let i = 0; i < RUNS; i++) {
				const result = await lighthouse(`http://127.0.0.1:${PORT}${page}`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
				if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
				const { categories, audits: a } = result.lhr;
				runs.push({
					score: Math.round((categories.performance?.score ?? NaN) * 100),
					fcp: a['first-contentful-paint']?.numericValue ?? NaN,
					lcp: a['largest-contentful-paint']?.numericValue ?? NaN,
					tbt: a['total-blocking-time']?.numericValue ?? NaN,
					cls: a['cumulative-layout-shift']?.numericValue ?? NaN
				});
				process.stderr.write(`lighthouse: ${page} run ${i + 1}: ${runs.at(-1)?.score}\n`);
			}
			const pick = (key: keyof Omit<Audit, 'page'>) => median(runs.map((r) => r[key]));
			audits.push({ page, score: pick('score'), fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls') });
		}
	} finally {
		chrome.kill();
		await close(server);
	}
	console.log(`\n## Lighthouse ${lighthouseVersion()}: mobile performance\n`);
	console.log(`Its default mobile audit (simulated slow 4G and a 4× slower CPU), the built site's own pages with the built-in dataset; median of ${RUNS} runs.\n`);
	console.log('| page | score | first contentful paint (s) | largest contentful paint (s) | total blocking time (ms) | layout shift |');
	console.log('|---|---:|---:|---:|---:|---:|');
	for (const a of audits) {
		console.log(`| ${a.page} | ${a.score} | ${(a.fcp / 1000).toFixed(1)} | ${(a.lcp / 1000).toFixed(1)} | ${Math.round(a.tbt)} | ${a.cls.toFixed(3)} |`);
	}
}

function lighthouseVersion(): string {
	return (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;
}
