/**
 * One system at one dataset size, in a fresh browser context: first paint, JS heap, the bytes
 * of JS and CSS it loaded, and frame intervals while zooming in, dragging and zooming out.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { firstPaint, loadShifts, quiet, startFrames, stopFrames, watchFirstPaint } from './probes';
import { DATA_PORT, PAGES, PAGES_PORT } from './server';
import type { System, View } from './system';

export const VIEWPORT = { width: 1280, height: 800 };
/**
 * Chromium's flag that leaves every host but the local one unresolved. Blocking other hosts by
 * routing every request through the test driver instead would hold up each of them on its way,
 * which costs a page of many small files more than a page of one big one.
 */
export const BLOCK_OTHER_HOSTS = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
export const WHEEL_STEPS = 30;
export const INPUT_INTERVAL_MS = 16;
export const PAN_PX = 400;
const PAN_STEPS = 25;
/** d3-zoom ends a wheel gesture after 150 ms; others animate for a while: wait before reading the view. */
const SETTLE_MS = 400;

/** JS and CSS a page loaded: raw and gzipped (node:zlib, default level) bytes, and file count. */
export interface Bytes {
	files: number;
	raw: number;
	gzip: number;
}

/** What one page measured; ms unless named otherwise. `painted` is null when it showed nothing in time. */
export interface Measurement {
	/** Whether the page showed the data in time, or the run broke off (see `errors`). */
	status: 'shown' | 'timed out' | 'failed';
	/** The data file's response has ended (resource timing), NaN if not seen. */
	fetched: number;
	painted: number | null;
	shown: number | null;
	heapBytes: number;
	/** First contentful paint (Paint Timing), NaN if not seen. */
	fcp: number;
	/** Layout shifts until the page was quiet after load, summed (not counting input). */
	layoutShift: number;
	bytes: Bytes;
	zoom: number[];
	pan: number[];
	/** The view at load, after zooming in, after the drag and after zooming out. */
	views: View[];
	errors: string[];
	/** What the page asked other hosts for (blocked), without queries. */
	blocked: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const LOCAL = new Set([`127.0.0.1:${PAGES_PORT}`, `127.0.0.1:${DATA_PORT}`]);

/** Zooms in (`direction` -1) or out (1) by the system's own means, at the pointer's place. */
async function zoom(page: Page, system: System, direction: 1 | -1, at: { x: number; y: number }): Promise<void> {
	const z = system.zoom;
	if (z.kind === 'buttons') {
		const box = await page.locator(direction < 0 ? z.zoomIn : z.zoomOut).boundingBox();
		if (!box) throw new Error('no zoom button');
		for (let i = 0; i < WHEEL_STEPS; i++) {
			await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
			await sleep(INPUT_INTERVAL_MS);
		}
		return;
	}
	await page.mouse.move(at.x, at.y);
	if (z.ctrl) await page.keyboard.down('Control');
	for (let i = 0; i < WHEEL_STEPS; i++) {
		await page.mouse.wheel(0, direction * z.deltaY);
		await sleep(INPUT_INTERVAL_MS);
	}
	if (z.ctrl) await page.keyboard.up('Control');
}

/**
 * The height at which a drag from `x` starts on `target`: the first such point from the top of
 * `box` down, or `fallback` if there is none.
 */
function dragStartY(page: Page, target: string, x: number, box: { y: number; height: number }, fallback: number): Promise<number> {
	return page.evaluate(
		({ target, x, top, bottom, fallback }) => {
			for (let y = top + 2; y < bottom; y += 4) if (document.elementFromPoint(x, y)?.matches(target)) return y;
			return fallback;
		},
		{ target, x, top: box.y, bottom: box.y + box.height, fallback }
	);
}

/**
 * Drags from `PAN_PX / 2` right of `at` to as far left of it, in small moves: towards later
 * dates, the one way TimelineJS can pan from its first event, where it starts.
 */
async function drag(page: Page, at: { x: number; y: number }): Promise<void> {
	await page.mouse.move(at.x + PAN_PX / 2, at.y);
	await page.mouse.down();
	for (let i = 1; i <= PAN_STEPS; i++) {
		await page.mouse.move(at.x + PAN_PX / 2 - (PAN_PX * i) / PAN_STEPS, at.y);
		await sleep(INPUT_INTERVAL_MS);
	}
	await page.mouse.up();
}

/** Frame intervals while `gesture` runs, after which the page is left to settle. */
async function framesDuring(page: Page, gesture: () => Promise<void>): Promise<number[]> {
	await startFrames(page);
	await gesture();
	const frames = await stopFrames(page);
	await quiet(page);
	await sleep(SETTLE_MS);
	return frames;
}

/** A measurement with nothing measured yet: a page that failed, until it shows something. */
export function empty(errors: string[]): Measurement {
	const bytes = { files: 0, raw: 0, gzip: 0 };
	return { status: 'failed', fetched: NaN, painted: null, shown: null, heapBytes: NaN, fcp: NaN, layoutShift: NaN, bytes, zoom: [], pan: [], views: [], errors, blocked: [] };
}

/** Measures `system` showing the data at `dataUrl`; gives up on a page that shows nothing within `timeoutMs`. */
export async function measure(browser: Browser, system: System, dataUrl: string, timeoutMs: number): Promise<Measurement> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	// Only the two local origins answer: the browser resolves no other host (see BLOCK_OTHER_HOSTS),
	// so fonts and anything else from elsewhere fail at once, with no request held up on its way.
	const blocked = new Set<string>();
	const errors: string[] = [];
	try {
		const page = await context.newPage();
		page.setDefaultTimeout(timeoutMs + 60_000);
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('requestfailed', (request) => {
			const url = new URL(request.url());
			if (!LOCAL.has(url.host) && /^https?:$/.test(url.protocol)) blocked.add(`${url.origin}${url.pathname}`);
		});
		// The bodies are read once the page has painted, so that reading them does not slow its load.
		const scripts: Response[] = [];
		page.on('response', (response) => {
			const type = response.headers()['content-type'] ?? '';
			if (response.url().startsWith(PAGES) && /javascript|css/.test(type)) scripts.push(response);
		});
		// tsx compiles named functions with an `__name` helper, which functions handed to the page call.
		await page.addInitScript('globalThis.__name = (f) => f;');
		await page.addInitScript(watchFirstPaint, system.itemSelector);
		await page.goto(`${PAGES}${system.path(dataUrl)}`, { waitUntil: 'commit' });
		const times = await firstPaint(page, timeoutMs);
		// A page that timed out may still be busy: ask it nothing more.
		if (!times) return { ...empty(errors), status: 'timed out', blocked: [...blocked] };
		const fetched = await page.evaluate((port) => {
			const data = performance.getEntriesByType('resource').find((e) => e.name.includes(`:${port}/`)) as PerformanceResourceTiming | undefined;
			return data ? data.responseEnd : NaN;
		}, DATA_PORT);
		const result: Measurement = { ...empty(errors), status: 'shown', fetched, painted: times.painted, shown: times.shown };
		const bodies = scripts.map((response) => response.body().catch(() => null));
		await quiet(page);
		Object.assign(result, await loadShifts(page));
		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		result.heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
		for (const body of await Promise.all(bodies)) {
			if (!body) continue;
			result.bytes.files++;
			result.bytes.raw += body.length;
			result.bytes.gzip += gzipSync(body).length;
		}

		const box = await page.locator(system.surface).first().boundingBox();
		if (!box) throw new Error(`${system.surface} has no box`);
		const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		result.views.push(await page.evaluate(system.view));
		const zoomIn = await framesDuring(page, () => zoom(page, system, -1, at));
		result.views.push(await page.evaluate(system.view));
		const dragAt = system.dragTarget ? { x: at.x, y: await dragStartY(page, system.dragTarget, at.x + PAN_PX / 2, box, at.y) } : at;
		result.pan = await framesDuring(page, () => drag(page, dragAt));
		result.views.push(await page.evaluate(system.view));
		const zoomOut = await framesDuring(page, () => zoom(page, system, 1, at));
		result.views.push(await page.evaluate(system.view));
		result.zoom = [...zoomIn, ...zoomOut];
		result.blocked = [...blocked];
		return result;
	} finally {
		await context.close();
	}
}
