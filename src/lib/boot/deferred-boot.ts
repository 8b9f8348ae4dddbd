/**
 * A prerendered page is readable before its scripts run: the timeline, the article and the
 * panel are in its HTML. So its scripts wait until that HTML has been painted, and only then
 * start downloading. Otherwise the page's module preloads (seventeen files), listed in its head,
 * share the link with the rest of the HTML and the reader's phone parses them while it could paint:
 * on a slow phone the reader sees the page later for scripts that only add interaction.
 *
 * A page that shows another dataset (`?data=`, `#data=`; see early-fetch.ts) has nothing to
 * read until its scripts run: its preloads start in the head and its scripts at once, as before.
 *
 * This rewrites SvelteKit's output at build time (hooks.server.ts), since kit has no option for
 * it: its `<link rel="modulepreload">` tags move into a `<template>` (inert until cloned), and
 * its inline boot script is wrapped so that it runs once the first contentful paint is reported
 * (Paint Timing; one frame later where that is not supported). A page whose markup is not as
 * expected is left as it is (tests check that the built pages are rewritten). The SPA fallback,
 * which shows nothing until its scripts run, is not rewritten (hooks.server.ts).
 */

/** The `<template>` holding the page's module preloads until the page's scripts start. */
export const PRELOADS_ID = 'timeline-preloads';

/**
 * The first Intl formatter a page makes costs 15–30 ms (the browser loads its date and time zone
 * data then; the next ones cost a fraction of a millisecond): made while the scripts download, on
 * a main thread that waits for them, it is not paid again in the first drawing.
 */
const WARM_INTL =
	'function(){try{var l=document.documentElement.lang||"en";' +
	'new Intl.DateTimeFormat(l,{year:"numeric",timeZone:"UTC"}).format(0);new Intl.NumberFormat(l).format(0)}catch(e){}}';

/**
 * The head script, a constant: `__timelinePreload()` puts the preloads into the head (once) and
 * then warms Intl up, at once for a page that shows another dataset, else when the boot script
 * runs. It must come after the template and after the early-fetch script, which marks such a page,
 * and after the language script, which sets the page's language.
 */
export const PRELOAD_SCRIPT =
	'<script>(function(){var d=document,t=d.getElementById("' + PRELOADS_ID + '");' +
	'window.__timelinePreload=function(){if(t){d.head.appendChild(t.content);t=null;setTimeout(' + WARM_INTL + ')}};' +
	'if(d.documentElement.hasAttribute("data-another-dataset"))window.__timelinePreload()})()</script>';

/**
 * The longest the scripts wait for the first paint, in ms: a page in a hidden tab or an off-screen
 * frame may not paint for a long while, and still has to start (an embed tells its host its height).
 */
export const BOOT_FALLBACK_MS = 1000;

const PRELOAD_LINK = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;
const SCRIPT = /<script>([\s\S]*?)<\/script>/g;
/** SvelteKit's boot script: it starts the client. */
const isBootScript = (body: string) => body.includes('kit.start(') && body.split('document.currentScript').length === 2;

/** A page rewritten by {@link deferBoot}, with the text of the inline script it wrote. */
export interface DeferredPage {
	html: string;
	/** The new boot script's text (between its tags), for the page's CSP; null if unchanged. */
	bootScript: string | null;
}

/**
 * `html` (a page kit prerendered) with its module preloads held in a template and its boot
 * script run after the first paint. `html` must have `</head>`; PRELOAD_SCRIPT goes just before
 * it, so anything the page's head sets before then (early-fetch's mark) is there when it runs.
 */
export function deferBoot(html: string): DeferredPage {
	const head = html.indexOf('</head>');
	const boot = [...html.matchAll(SCRIPT)].filter((m) => isBootScript(m[1]!));
	if (head === -1 || boot.length !== 1) return { html, bootScript: null };
	const [whole, body] = boot[0] as unknown as [string, string];
	const bootScript =
		'(function(s){var d=document.documentElement,done=false;' +
		'function boot(){if(done)return;done=true;if(window.__timelinePreload)window.__timelinePreload();' +
		body.replace('document.currentScript', 's') +
		'}if(d.hasAttribute("data-another-dataset")){boot();return}' +
		`setTimeout(boot,${BOOT_FALLBACK_MS});` +
		// The paint entry comes once the first contentful frame is on screen.
		'if(typeof PerformanceObserver!=="function"||(PerformanceObserver.supportedEntryTypes||[]).indexOf("paint")<0){requestAnimationFrame(function(){setTimeout(boot)});return}' +
		'new PerformanceObserver(function(list,o){if(list.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(boot)}}).observe({type:"paint",buffered:true})' +
		'})(document.currentScript)';
	const links = html.slice(0, head).match(PRELOAD_LINK) ?? [];
	const withBoot = html.replace(whole, () => `<script>${bootScript}</script>`);
	const headEnd = withBoot.indexOf('</head>');
	const template = `<template id="${PRELOADS_ID}">${links.join('')}</template>${PRELOAD_SCRIPT}`;
	const page = withBoot.slice(0, headEnd).replace(PRELOAD_LINK, '') + template + withBoot.slice(headEnd);
	return { html: page, bootScript };
}
