import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BOOT_FALLBACK_MS, deferBoot, PRELOAD_SCRIPT, PRELOADS_ID } from './deferred-boot';

/** A page as SvelteKit prerenders it: module preloads in the head, the boot script in the body. */
const KIT_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link href="./_app/immutable/entry/start.js" rel="modulepreload">
<link href="./_app/immutable/chunks/a.js" rel="modulepreload">
<link href="./_app/immutable/assets/0.css" rel="stylesheet" disabled media="(max-width: 0)">
<title>t</title><script>(function(){document.documentElement.setAttribute("data-another-dataset","")})()</script></head>
<body><div style="display: contents"><main>text</main>
<script>
	{
		__sveltekit_x = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([import("./_app/immutable/entry/start.js"), import("./_app/immutable/entry/app.js")]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2] });
		});
	}
</script></div></body></html>`;

const scriptsOf = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

/**
 * Runs the rewritten boot script in a small stand-in of a browser (with Paint Timing or
 * without): which of its callbacks were queued, and what it did when they ran.
 */
function runBoot(bootScript: string, { anotherDataset = false, paintTiming = true as boolean | 'none' } = {}) {
	const log: string[] = [];
	const frames: (() => void)[] = [];
	const timers: { run: () => void; ms: number }[] = [];
	const observers: { report: (names: string[]) => void; type?: string; disconnected: boolean }[] = [];
	class PerformanceObserver {
		static supportedEntryTypes = paintTiming === true ? ['paint', 'resource'] : ['resource'];
		#record: { report: (names: string[]) => void; type?: string; disconnected: boolean };
		constructor(callback: (list: { getEntriesByName(name: string): string[] }, observer: PerformanceObserver) => void) {
			this.#record = { report: (names) => callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, this), disconnected: false };
			observers.push(this.#record);
		}
		observe(options: { type: string }) {
			this.#record.type = options.type;
		}
		disconnect() {
			this.#record.disconnected = true;
		}
	}
	const context = {
		document: {
			currentScript: { parentElement: { tag: 'div' } },
			documentElement: { hasAttribute: (name: string) => anotherDataset && name === 'data-another-dataset' }
		},
		window: { __timelinePreload: () => log.push('preload') },
		...(paintTiming !== 'none' && { PerformanceObserver }),
		requestAnimationFrame: (run: () => void) => frames.push(run),
		setTimeout: (run: () => void, ms = 0) => timers.push({ run, ms }),
		Promise: { all: (imports: unknown[]) => ({ then: () => log.push(`boot with ${imports.length} imports`) }) },
		// `import(…)` is syntax: the stand-in reads it as a call of this function.
		__import: (href: string) => href
	};
	runInNewContext(bootScript.replaceAll('import(', '__import('), context);
	return { log, frames, timers, observers };
}

describe('deferBoot(html)', () => {
	const { html, bootScript } = deferBoot(KIT_PAGE);

	it('holds the module preloads in a template at the end of the head, with the script that releases them', () => {
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head.match(/<template[\s\S]*?<\/template>/)?.[0]).toBe(
			`<template id="${PRELOADS_ID}"><link href="./_app/immutable/entry/start.js" rel="modulepreload"><link href="./_app/immutable/chunks/a.js" rel="modulepreload"></template>`
		);
		expect(head.replace(/<template[\s\S]*?<\/template>/, '')).not.toContain('modulepreload');
		expect(head.endsWith(PRELOAD_SCRIPT)).toBe(true);
		// The early-fetch script, which marks a page of another dataset, runs before it.
		expect(head.indexOf('data-another-dataset')).toBeLessThan(head.indexOf(PRELOAD_SCRIPT));
		// Stylesheet links are kit's, and stay where they are.
		expect(head).toContain('<link href="./_app/immutable/assets/0.css" rel="stylesheet" disabled media="(max-width: 0)">');
	});

	it('puts its boot script in place of kit’s, and says what it is for the page’s policy', () => {
		expect(bootScript).not.toBeNull();
		const scripts = scriptsOf(html);
		expect(scripts).toContain(bootScript);
		expect(scripts.some((s) => s.includes('kit.start(') && s !== bootScript)).toBe(false);
		expect(html.indexOf(`<script>${bootScript}</script>`)).toBeGreaterThan(html.indexOf('<main>text</main>'));
	});

	it('starts the scripts once the first contentful paint is reported, and only once', () => {
		const { log, frames, timers, observers } = runBoot(bootScript!);
		expect(log).toEqual([]);
		expect(frames).toEqual([]);
		expect(timers.map((t) => t.ms)).toEqual([BOOT_FALLBACK_MS]);
		expect(observers.map((o) => o.type)).toEqual(['paint']);
		// A paint that is not contentful (a background) is not enough.
		observers[0]!.report(['first-paint']);
		expect(timers).toHaveLength(1);
		observers[0]!.report(['first-contentful-paint']);
		expect(observers[0]!.disconnected).toBe(true);
		const afterPaint = timers[1]!;
		expect(afterPaint.ms).toBe(0);
		afterPaint.run();
		expect(log).toEqual(['preload', 'boot with 2 imports']);
		timers[0]!.run();
		expect(log).toEqual(['preload', 'boot with 2 imports']);
	});

	it('starts them from the fallback when nothing is painted (a hidden tab, an off-screen frame)', () => {
		const { log, timers } = runBoot(bootScript!);
		timers[0]!.run();
		expect(log).toEqual(['preload', 'boot with 2 imports']);
	});

	for (const paintTiming of [false, 'none'] as const) {
		it(`starts them a frame later where the browser does not report paints${paintTiming === 'none' ? ' or has no PerformanceObserver' : ''}`, () => {
			const { log, frames, timers, observers } = runBoot(bootScript!, { paintTiming });
			expect(observers).toEqual([]);
			expect(frames).toHaveLength(1);
			frames[0]!();
			timers[1]!.run();
			expect(log).toEqual(['preload', 'boot with 2 imports']);
		});
	}

	it('starts them at once on a page that shows another dataset, which has nothing to read before', () => {
		const { log, frames, timers, observers } = runBoot(bootScript!, { anotherDataset: true });
		expect(log).toEqual(['preload', 'boot with 2 imports']);
		expect(frames).toEqual([]);
		expect(timers).toEqual([]);
		expect(observers).toEqual([]);
	});

	it('leaves a page alone that has no boot script, or more than one', () => {
		const without = KIT_PAGE.replace(/<script>\s*\{[\s\S]*?<\/script>/, '');
		expect(deferBoot(without)).toEqual({ html: without, bootScript: null });
		const twice = KIT_PAGE.replace('</body>', `${KIT_PAGE.slice(KIT_PAGE.indexOf('<script>\n'), KIT_PAGE.lastIndexOf('</div>'))}</body>`);
		expect(deferBoot(twice)).toEqual({ html: twice, bootScript: null });
	});
});

describe('PRELOAD_SCRIPT', () => {
	/** Runs the head script with a template of preloads; what the head holds, and what it queued. */
	function release(anotherDataset: boolean) {
		const head: unknown[] = [];
		const content = { links: 2 };
		const queued: (() => void)[] = [];
		const made: string[] = [];
		const window: { __timelinePreload?: () => void } = {};
		const document = {
			getElementById: (id: string) => (id === PRELOADS_ID ? { content } : null),
			head: { appendChild: (node: unknown) => head.push(node) },
			documentElement: { lang: 'fr', hasAttribute: (name: string) => anotherDataset && name === 'data-another-dataset' }
		};
		const format = (kind: string) =>
			function (this: unknown, locale: string) {
				made.push(`${kind} ${locale}`);
				return { format: () => '' };
			};
		const Intl = { DateTimeFormat: format('date'), NumberFormat: format('number') };
		runInNewContext(PRELOAD_SCRIPT.replace(/^<script>|<\/script>$/g, ''), { window, document, Intl, setTimeout: (run: () => void) => queued.push(run) });
		return { head, content, queued, made, preload: window.__timelinePreload! };
	}

	it('waits for the boot script on a prerendered page, and releases the preloads once', () => {
		const { head, content, queued, preload } = release(false);
		expect(head).toEqual([]);
		expect(queued).toEqual([]);
		preload();
		preload();
		expect(head).toEqual([content]);
		expect(queued).toHaveLength(1);
	});

	it('releases them at once on a page that shows another dataset', () => {
		const { head, content, queued, preload } = release(true);
		expect(head).toEqual([content]);
		preload();
		expect(head).toEqual([content]);
		expect(queued).toHaveLength(1);
	});

	it('then, while the scripts download, makes a first date and number formatter in the page’s language', () => {
		const { queued, made, preload } = release(false);
		preload();
		expect(made).toEqual([]);
		queued[0]!();
		expect(made).toEqual(['date fr', 'number fr']);
	});
});
