/**
 * TimelineJS 3 (dist/js/timeline.js and dist/css/timeline.css) with its default options. It has
 * no wheel zoom: it zooms with the zoom buttons of its menu bar. By default it loads its font
 * CSS from its CDN, which the comparison blocks, so it draws in the browser's fallback fonts.
 */
import { join } from 'node:path';
import type { Dataset } from '../../../src/lib/timeline/types';
import { readTree, ROOT } from './server';
import { adapterPage, versionOf, type System } from './system';

/** A YYYY-MM-DD day as a TimelineJS date. */
function tlDate(day: string) {
	const [year, month, d] = day.split('-').map(Number);
	return { year, month, day: d };
}

/** TimelineJS events: a slide per event, with an end date for a month or longer. */
function tlEvents(dataset: Dataset) {
	return {
		events: dataset.events.map((e) => ({
			start_date: tlDate(e.start),
			...(e.start === e.end ? {} : { end_date: tlDate(e.end) }),
			text: { headline: e.title, text: e.summary }
		}))
	};
}

export const tjs: System = {
	key: 'tjs',
	name: `TimelineJS ${versionOf('@knight-lab/timelinejs')}`,
	data: tlEvents,
	files: () => {
		const files = new Map<string, Buffer | string>(readTree(join(ROOT, 'node_modules/@knight-lab/timelinejs/dist'), '/vendor/timelinejs/'));
		files.set(
			'/anchors/tjs.html',
			adapterPage(
				'TimelineJS',
				'<link rel="stylesheet" href="/vendor/timelinejs/css/timeline.css">\n<script src="/vendor/timelinejs/js/timeline.js"></script>',
				`window.__timeline = new TL.Timeline('timeline', data);`
			)
		);
		return files;
	},
	path: (dataUrl) => `/anchors/tjs.html?data=${encodeURIComponent(dataUrl)}`,
	itemSelector: '#timeline .tl-timemarker',
	surface: '#timeline .tl-timenav',
	// It pans only when the drag starts on the slider's background, not on a marker.
	dragTarget: '#timeline .tl-timenav-slider-background',
	zoom: { kind: 'buttons', zoomIn: '#timeline .tl-menubar-button:has(.tl-icon-zoom-in)', zoomOut: '#timeline .tl-menubar-button:has(.tl-icon-zoom-out)' },
	view: () => {
		const slider = document.querySelector<HTMLElement>('#timeline .tl-timenav-slider');
		const marker = document.querySelector<HTMLElement>('#timeline .tl-timemarker:last-of-type');
		return { key: `${slider?.style.left}/${marker?.style.left}` };
	},
	note: 'dist/js/timeline.js + dist/css/timeline.css, default options; no wheel zoom, so zoom = clicks on its zoom-in / zoom-out buttons, 16 ms apart; the drag starts on the time navigator\'s background (a drag on a marker does not pan)'
};
