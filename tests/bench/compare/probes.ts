/**
 * What runs inside the measured pages, the same for every system: when its first item is
 * painted, and the intervals between frames while a gesture runs.
 */
import type { Page } from 'playwright-core';

/** The times noted by `watchFirstPaint`, in ms from navigation. */
export interface FirstPaint {
	/** The first element matching the selector is in the DOM. */
	shown: number;
	/** A frame including it has been rendered. */
	painted: number;
}

/**
 * Init script, run before the page's own scripts: notes when an element matching `selector`
 * first appears, and when that has been painted (a task queued from the next frame callback
 * runs once that frame has been rendered).
 */
export function watchFirstPaint(selector: string): void {
	const times = { shown: NaN, painted: NaN };
	(window as unknown as { __firstPaint: typeof times }).__firstPaint = times;
	// Layout shifts not caused by input, summed (CLS as one session), and the first contentful paint.
	const shifts = { layoutShift: 0, fcp: NaN };
	(window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
			if (!entry.hadRecentInput) shifts.layoutShift += entry.value;
		}
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') shifts.fcp = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	const check = () => {
		if (!Number.isNaN(times.shown) || !document.querySelector(selector)) return;
		times.shown = performance.now();
		observer.disconnect();
		requestAnimationFrame(() => setTimeout(() => (times.painted = performance.now())));
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

/** Waits until the page has painted its first item, up to `timeout` ms; the times, or null on time-out. */
export async function firstPaint(page: Page, timeout: number): Promise<FirstPaint | null> {
	try {
		await page.waitForFunction(() => !Number.isNaN((window as unknown as { __firstPaint: FirstPaint }).__firstPaint?.painted), null, {
			timeout,
			polling: 100
		});
	} catch {
		return null;
	}
	return page.evaluate(() => ({ ...(window as unknown as { __firstPaint: FirstPaint }).__firstPaint }));
}

/** The page's summed layout shift and first contentful paint (ms) so far. */
export function loadShifts(page: Page): Promise<{ layoutShift: number; fcp: number }> {
	return page.evaluate(() => ({ ...(window as unknown as { __shifts: { layoutShift: number; fcp: number } }).__shifts }));
}

/** Starts noting the time of every frame. */
export function startFrames(page: Page): Promise<void> {
	return page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __recording: boolean };
		w.__frames = [];
		w.__recording = true;
		const loop = (t: number) => {
			if (!w.__recording) return;
			w.__frames.push(t);
			requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
	});
}

/** Stops after one more frame and returns the intervals between the frames, in ms. */
export async function stopFrames(page: Page): Promise<number[]> {
	const times = await page.evaluate(
		() =>
			new Promise<number[]>((resolve) =>
				requestAnimationFrame((t) => {
					const w = window as unknown as { __frames: number[]; __recording: boolean };
					w.__recording = false;
					w.__frames.push(t);
					resolve(w.__frames);
				})
			)
	);
	return times.slice(1).map((t, i) => t - (times[i] as number));
}

/** Resolves once ten frames in a row came within 40 ms of each other (the page is idle), or after `maxMs`. */
export function quiet(page: Page, maxMs = 120_000): Promise<void> {
	return page.evaluate(
		(maxMs) =>
			new Promise<void>((resolve) => {
				const start = performance.now();
				let last = start;
				let calm = 0;
				const frame = (t: number) => {
					calm = t - last < 40 ? calm + 1 : 0;
					last = t;
					if (calm >= 10 || t - start > maxMs) resolve();
					else requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			}),
		maxMs
	);
}
