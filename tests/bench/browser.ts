/**
 * The built app in Chromium: how long a dataset takes to show, and how smooth zooming and
 * panning are, for the article's own timeline and for synthetic datasets loaded with
 * `?data=` (the full page) and in the embed. Prints a markdown table; asserts nothing.
 *
 * It serves `build/` (built once with `npx vite build` if missing) from memory on port 4191
 * and the datasets, readable by other origins, on port 4192.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { syntheticDataset } from './dataset';
import { quiet, startFrames, stopFrames } from './compare/probes';
import { readBuild } from './compare/server';

export { readBuild };
import { formatCount, formatMs, median, percentile } from './stats';

const APP_PORT = 4191;
const DATA_PORT = 4192;
const APP = `http://127.0.0.1:${APP_PORT}`;
const VIEWPORT = { width: 1280, height: 800 };
/** Loading 100,000 events takes minutes: wait up to this long for a page to be ready. */
const LOAD_TIMEOUT_MS = 30 * 60_000;
const WHEEL_EVENTS = 30;
const INPUT_INTERVAL_MS = 16;
const PAN_PX = 400;
const PAN_STEPS = 25;
/** How far the overview's window is dragged, px. */
const OVERVIEW_PX = 300;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8'
};

/** One page to measure. */
interface Scenario {
	/** What the table calls it. */
	name: string;
	/** The page's path and query on the app's origin. */
	path: string;
	/** A mark of this dataset, so the built-in timeline a page shows first is not mistaken for it. */
	markSelector: string;
	/** In an embed, a plain wheel scrolls the host page: zoom with Ctrl + wheel (5 times the step). */
	ctrlWheel: boolean;
}

/** What one page measured, in ms unless named otherwise. */
interface Measurement {
	fetched: number;
	ready: number;
	painted: number;
	elementsAtStart: number;
	zoom: number[];
	pan: number[];
	/** Dragging the overview's window across the overview, at the deepest zoom. */
	overview: number[];
	elementsDeepest: number;
	deepestDays: number;
	plotWidth: number;
	errors: string[];
}

/** The built site as a static host serves it: `/` is index.html, `/embed` embed.html. */
export function appServer(files: Map<string, Buffer>): Server {
	return createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', APP).pathname);
		const name = [path === '/' ? '/index.html' : path, `${path}.html`].find((p) => files.has(p));
		if (!name) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' });
		res.end(files.get(name));
	});
}

/** The synthetic datasets, readable by other origins (CORS), at `/events-<n>.json`. */
function dataServer(datasets: Map<string, string>): Server {
	return createServer((req, res) => {
		const body = datasets.get(new URL(req.url ?? '/', APP).pathname);
		if (body === undefined) {
			res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('Not found');
			return;
		}
		res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
		res.end(body);
	});
}

export function listen(server: Server, port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
}

export function close(server: Server): Promise<void> {
	return new Promise((resolve) => {
		server.close(() => resolve());
		server.closeAllConnections();
	});
}

/**
 * Runs in the page before its own scripts: notes when the timeline is ready with this dataset's
 * marks (`.timeline[data-ready]`), and when that state has been painted.
 */
function watchReady(markSelector: string) {
	const bench = { ready: NaN, painted: NaN };
	(window as unknown as { __bench: typeof bench }).__bench = bench;
	const check = () => {
		if (!Number.isNaN(bench.ready)) return;
		if (!document.querySelector(`.timeline[data-ready] .plot svg ${markSelector}`)) return;
		bench.ready = performance.now();
		observer.disconnect();
		// A task queued from a frame callback runs once that frame has been rendered.
		requestAnimationFrame(() => setTimeout(() => (bench.painted = performance.now())));
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const countElements = (page: Page) => page.locator('.plot svg *').count();

async function wheel(page: Page, scenario: Scenario, direction: 1 | -1): Promise<void> {
	// The embed zooms 5 times faster with Ctrl: a fifth of the delta is the same zoom step.
	const deltaY = (direction * 120) / (scenario.ctrlWheel ? 5 : 1);
	if (scenario.ctrlWheel) await page.keyboard.down('Control');
	for (let i = 0; i < WHEEL_EVENTS; i++) {
		await page.mouse.wheel(0, deltaY);
		await sleep(INPUT_INTERVAL_MS);
	}
	if (scenario.ctrlWheel) await page.keyboard.up('Control');
}

/** Progress on stderr, so a long run shows where it is. */
function progress(scenario: Scenario, what: string): void {
	process.stderr.write(`browser: ${scenario.name}: ${what}\n`);
}

async function measure(browser: Browser, scenario: Scenario): Promise<Measurement> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		page.setDefaultTimeout(LOAD_TIMEOUT_MS);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		// tsx compiles named functions with an `__name` helper, which the functions handed to the
		// page would call there: give the page a stand-in.
		await page.addInitScript('globalThis.__name = (f) => f;');
		await page.addInitScript(watchReady, scenario.markSelector);
		await page.goto(`${APP}${scenario.path}`, { waitUntil: 'commit' });
		await page.waitForFunction(() => !Number.isNaN((window as unknown as { __bench: { painted: number } }).__bench.painted), null, {
			timeout: LOAD_TIMEOUT_MS,
			polling: 250
		});
		progress(scenario, 'painted');
		const times = await page.evaluate(() => {
			const bench = (window as unknown as { __bench: { ready: number; painted: number } }).__bench;
			const data = performance.getEntriesByType('resource').find((e) => e.name.includes(':4192/')) as PerformanceResourceTiming | undefined;
			return { ...bench, fetched: data ? data.responseEnd : NaN };
		});
		await quiet(page);
		progress(scenario, 'quiet; zooming in');
		const elementsAtStart = await countElements(page);

		const box = await page.locator('.plot svg').boundingBox();
		if (!box) throw new Error('the plot has no box');
		const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
		await page.mouse.move(cx, cy);

		await startFrames(page);
		await wheel(page, scenario, -1);
		const zoomIn = await stopFrames(page);
		await quiet(page);
		const elementsDeepest = await countElements(page);
		// Let the view settle (d3-zoom ends a wheel gesture after 150 ms), so data-from/to are set.
		await sleep(400);
		const deepestDays = await page.evaluate(() => {
			const t = document.querySelector<HTMLElement>('.timeline');
			const [from, to] = [t?.dataset.from, t?.dataset.to].map((d) => (d ? Date.parse(`${d}T00:00:00Z`) : NaN));
			return ((to as number) - (from as number)) / 86_400_000 + 1;
		});

		progress(scenario, 'panning');
		// Drag the plot 400 px to the right, towards earlier dates.
		await startFrames(page);
		await page.mouse.move(cx - PAN_PX / 2, cy);
		await page.mouse.down();
		for (let i = 1; i <= PAN_STEPS; i++) {
			await page.mouse.move(cx - PAN_PX / 2 + (PAN_PX * i) / PAN_STEPS, cy);
			await sleep(INPUT_INTERVAL_MS);
		}
		await page.mouse.up();
		const pan = await stopFrames(page);
		await quiet(page);

		progress(scenario, 'dragging the overview');
		const viewFrom = () => page.evaluate(() => document.querySelector<HTMLElement>('.timeline')?.dataset.from);
		const before = await viewFrom();
		const overview = await dragOverview(page);
		await quiet(page);
		await sleep(400);
		// A drag that missed the window would measure frames with nothing moving.
		if ((await viewFrom()) === before) errors.push(`dragging the overview's window did not move the view (from ${before})`);

		progress(scenario, 'zooming out');
		await page.mouse.move(cx, cy);
		await startFrames(page);
		await wheel(page, scenario, 1);
		const zoomOut = await stopFrames(page);

		return {
			fetched: times.fetched,
			ready: times.ready,
			painted: times.painted,
			elementsAtStart,
			zoom: [...zoomIn, ...zoomOut],
			pan,
			overview,
			elementsDeepest,
			deepestDays,
			plotWidth: box.width,
			errors
		};
	} finally {
		await context.close();
	}
}

/**
 * Frame intervals while the overview's window (the brush, narrow at the deepest zoom) is
 * dragged OVERVIEW_PX to the right in small moves, which moves the view across the data.
 */
async function dragOverview(page: Page): Promise<number[]> {
	const handle = page.locator('.overview .brush .selection');
	const box = await handle.boundingBox();
	if (!box) throw new Error("the overview's window has no box");
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	await page.mouse.move(x, y);
	await startFrames(page);
	await page.mouse.down();
	for (let i = 1; i <= PAN_STEPS; i++) {
		await page.mouse.move(x + (OVERVIEW_PX * i) / PAN_STEPS, y);
		await sleep(INPUT_INTERVAL_MS);
	}
	await page.mouse.up();
	return stopFrames(page);
}

const seconds = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(ms < 10_000 ? 2 : 1) : '–');

function row(scenario: Scenario, m: Measurement): string {
	const frames = (list: number[]) => `${formatMs(median(list))} / ${formatMs(percentile(list, 0.95))}`;
	return [
		scenario.name,
		seconds(m.fetched),
		seconds(m.ready),
		seconds(m.painted),
		seconds(m.painted - m.fetched),
		formatCount(m.elementsAtStart),
		frames(m.zoom),
		`${formatCount(m.elementsDeepest)} (${Math.round(m.deepestDays)} days)`,
		frames(m.pan),
		frames(m.overview)
	].join(' | ');
}

/** Measures the built app in Chromium, or says why it cannot. */
export async function runBrowserBench(sizes: number[]): Promise<void> {
	const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(executablePath)) {
		console.log(`\nNo Chromium at ${executablePath} (set CHROMIUM_PATH): the browser part is skipped.`);
		return;
	}
	const files = readBuild();
	const datasets = new Map<string, string>();
	const scenarios: Scenario[] = [{ name: 'the article (`/`)', path: '/', markSelector: '.mark', ctrlWheel: false }];
	for (const n of sizes) {
		const file = `/events-${n}.json`;
		datasets.set(file, JSON.stringify(syntheticDataset(n)));
		const data = encodeURIComponent(`http://127.0.0.1:${DATA_PORT}${file}`);
		const markSelector = '.mark[data-key*=":event-"]';
		// BENCH_PAGES=embed measures the embed alone (the full page takes minutes at 100,000 events).
		if (process.env.BENCH_PAGES !== 'embed') scenarios.push({ name: `${formatCount(n)} events, full page`, path: `/?data=${data}`, markSelector, ctrlWheel: false });
		scenarios.push({ name: `${formatCount(n)} events, embed`, path: `/embed?data=${data}`, markSelector, ctrlWheel: true });
	}

	const app = appServer(files);
	const data = dataServer(datasets);
	let browser: Browser | undefined;
	const rows: string[] = [];
	const notes: string[] = [];
	const plotWidths = new Map<string, number>();
	try {
		await listen(app, APP_PORT);
		await listen(data, DATA_PORT);
		browser = await chromium.launch({ executablePath, headless: true });
		for (const scenario of scenarios) {
			progress(scenario, 'loading');
			try {
				const m = await measure(browser, scenario);
				rows.push(`| ${row(scenario, m)} |`);
				plotWidths.set(scenario.ctrlWheel ? 'in the embed' : 'on the full page', Math.round(m.plotWidth));
				if (m.errors.length) notes.push(`${scenario.name}: ${m.errors.slice(0, 3).join('; ')}`);
			} catch (error) {
				rows.push(`| ${scenario.name} | ${Array(9).fill('–').join(' | ')} |`);
				notes.push(`${scenario.name}: ${(error as Error).message.split('\n')[0]}`);
			}
		}
		console.log(`\n## Chromium ${browser.version()} headless, the built app\n`);
	} finally {
		await browser?.close();
		await Promise.all([close(app), close(data)]);
	}
	console.log(
		`Window ${VIEWPORT.width}×${VIEWPORT.height}; the plot is ${[...plotWidths].map(([page, px]) => `${px} px wide ${page}`).join(', ')}. Times in s from navigation: the dataset fetched, the timeline ready with its marks (\`.timeline[data-ready]\`), and that painted; then painted after the data arrived (a file of 1 MB or more is parsed, checked and indexed in a worker). ` +
			`Zoom: ${WHEEL_EVENTS} wheel steps in and ${WHEEL_EVENTS} out, ${INPUT_INTERVAL_MS} ms apart (the embed with Ctrl); pan: a ${PAN_PX} px drag at the deepest zoom; overview: its window dragged ${OVERVIEW_PX} px there. ` +
			'Frame intervals in ms from a requestAnimationFrame loop, median / 95th percentile (16.7 is every frame). SVG elements: `.plot svg *`.\n'
	);
	console.log('| page | fetched (s) | ready (s) | painted (s) | painted after data (s) | SVG elements | zoom frames (ms) | SVG elements, deepest | pan frames (ms) | overview frames (ms) |');
	console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
	console.log(rows.join('\n'));
	if (notes.length) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
}
