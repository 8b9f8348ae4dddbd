/**
 * vis-timeline, its standalone UMD build (which bundles vis-data and moment and injects its
 * own CSS), with its default options but a fixed height, so its stacked items stay in the window.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../../src/lib/timeline/types';
import { ROOT } from './server';
import { adapterPage, versionOf, type System } from './system';

const DAY = 86_400_000;
const SCRIPT = '/vendor/vis-timeline/vis-timeline-graph2d.min.js';

/** vis items: a box at a single day, a range from the first day to the end of the last one. */
function visItems(dataset: Dataset) {
	return dataset.events.map((e) =>
		e.start === e.end
			? { id: e.id, content: e.title, start: e.start }
			: { id: e.id, content: e.title, start: e.start, end: new Date(Date.parse(e.end) + DAY).toISOString().slice(0, 10) }
	);
}

export const vis: System = {
	key: 'vis',
	name: `vis-timeline ${versionOf('vis-timeline')}`,
	data: visItems,
	files: () =>
		new Map<string, Buffer | string>([
			[SCRIPT, readFileSync(join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'))],
			[
				'/anchors/vis.html',
				adapterPage(
					'vis-timeline',
					`<script src="${SCRIPT}"></script>`,
					`window.__timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(data), { height: '100%' });`
				)
			]
		]),
	path: (dataUrl) => `/anchors/vis.html?data=${encodeURIComponent(dataUrl)}`,
	itemSelector: '#timeline .vis-item',
	surface: '#timeline .vis-panel.vis-center',
	zoom: { kind: 'wheel', deltaY: 120, ctrl: false },
	view: () => {
		const w = (window as unknown as { __timeline: { getWindow(): { start: Date; end: Date } } }).__timeline.getWindow();
		return { key: `${w.start.toISOString()}/${w.end.toISOString()}`, days: (w.end.getTime() - w.start.getTime()) / 86_400_000 };
	},
	note: 'standalone UMD build, default options plus `height: 100%`; zoom with plain wheel (its default), delta 120'
};
