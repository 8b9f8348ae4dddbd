import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { APP_PORT, HOST_PORT } from '../playwright.config';

/** The app's origin and the host page's (another origin, as a newsroom's page is). */
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const HOST = `http://localhost:${HOST_PORT}`;

/** Collects console errors and page errors, to assert there were none. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/**
 * Starts summing the page's layout shifts from its first paint: `layoutShift` those not caused
 * by input (as Cumulative Layout Shift counts them), `allShifts` every one.
 */
export async function observeShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { layoutShift: number; allShifts: number };
		w.layoutShift = 0;
		w.allShifts = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!entry.hadRecentInput) w.layoutShift += entry.value;
				w.allShifts += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shifts not caused by input, summed since {@link observeShifts}. */
export const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

/** Every layout shift, input or not, summed since {@link observeShifts}. */
export const allShifts = (page: Page) => page.evaluate(() => (window as unknown as { allShifts: number }).allShifts);

/** Opens `path` and waits until the timeline's zoom behaviour is attached. */
export async function openTimeline(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await page.locator('.timeline[data-ready]').first().waitFor();
}

/** The visible period as the timeline root reports it: [from, to] as YYYY-MM-DD. */
export async function visibleRange(page: Page): Promise<[string, string]> {
	const root = page.locator('.timeline[data-ready]').first();
	return [(await root.getAttribute('data-from')) ?? '', (await root.getAttribute('data-to')) ?? ''];
}

/** Days between two YYYY-MM-DD dates. */
export function days(from: string, to: string): number {
	return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/**
 * axe-core for `page`, with "label in name" (WCAG 2.5.3) on: axe 4.13 ships that rule as
 * experimental and off, and a control's visible text must be part of its accessible name.
 */
export function axe(page: Page): AxeBuilder {
	return new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
}

/** Runs axe-core on the page and expects no violations (WCAG 2.x A and AA, and label in name). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
	expect(ran).toContain('label-content-name-mismatch');
	const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary).toEqual([]);
}

/**
 * The URL's search parameters once they have settled (the app writes them after a pause),
 * after waiting for parameter `has`, when given, to appear.
 */
export async function settledParams(page: Page, has?: string): Promise<URLSearchParams> {
	if (has) await expect.poll(() => new URL(page.url()).searchParams.has(has)).toBe(true);
	let last = '';
	await expect
		.poll(async () => {
			const now = new URL(page.url()).search;
			const stable = now === last;
			last = now;
			return stable;
		}, { intervals: [400, 400, 400, 400, 600, 800] })
		.toBe(true);
	return new URL(page.url()).searchParams;
}
