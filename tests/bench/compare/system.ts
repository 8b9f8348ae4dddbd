/**
 * What the comparison needs to know about each timeline it drives: how to give it the dataset,
 * which page shows it, what counts as its first item, and how it zooms and pans.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../../src/lib/timeline/types';
import { ROOT } from './server';

/** How a system zooms in and out. */
export type Zoom =
	/** Wheel steps over the surface, with Ctrl held when `ctrl`. */
	| { kind: 'wheel'; deltaY: number; ctrl: boolean }
	/** Clicks on its zoom buttons (for a system that does not zoom with the wheel). */
	| { kind: 'buttons'; zoomIn: string; zoomOut: string };

/** The view a system shows, read in the page. */
export interface View {
	/** Tells two views apart. */
	key: string;
	/** Days from the view's start to its end, when the system says. */
	days?: number;
}

/** One timeline in the comparison. */
export interface System {
	/** Short name for files and progress lines. */
	key: string;
	/** What the tables call it. */
	name: string;
	/** The JSON this system loads, made from the dataset's events. */
	data(dataset: Dataset): unknown;
	/** Files it needs on the pages origin (its adapter page, its library), by path. */
	files(): Map<string, Buffer | string>;
	/** Its page's path and query on the pages origin, given the URL of its data. */
	path(dataUrl: string): string;
	/** One of the dataset's items on screen: once one is in the DOM, the timeline shows the data. */
	itemSelector: string;
	/** The element to wheel and drag on. */
	surface: string;
	/** Where a drag must start, when not on anything over the surface (e.g. an item): its background. */
	dragTarget?: string;
	zoom: Zoom;
	/** Runs in the page: the current view, to tell whether a gesture changed it. */
	view: () => View;
	/** What the report should say about how this system was driven. */
	note: string;
}

/** The installed version of a package, from its package.json. */
export function versionOf(name: string): string {
	return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The adapter page for an anchor: its library's files and a script that fetches `?data=` and shows it. */
export function adapterPage(title: string, head: string, script: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>html, body { margin: 0; height: 100%; font-family: sans-serif; } #timeline { width: 100%; height: 100%; }</style>
${head}
</head>
<body>
<div id="timeline"></div>
<script>
(async () => {
	const response = await fetch(new URLSearchParams(location.search).get('data'));
	const data = await response.json();
	${script}
})().catch((error) => console.error(error));
</script>
</body>
</html>
`;
}
