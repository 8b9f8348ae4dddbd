/** This project's timeline: the built embed, loading the dataset itself with `?data=`. */
import type { System } from './system';

export const ours: System = {
	key: 'ours',
	name: 'this timeline (embed)',
	data: (dataset) => dataset,
	files: () => new Map(),
	path: (dataUrl) => `/embed?data=${encodeURIComponent(dataUrl)}`,
	// A mark of this dataset (the prerendered page shows another dataset's marks).
	itemSelector: '.timeline .plot svg .mark[data-key*=":event-"]',
	surface: '.plot svg',
	// The embed zooms with Ctrl + wheel, five times as far per step: a fifth of the delta.
	zoom: { kind: 'wheel', deltaY: 120 / 5, ctrl: true },
	view: () => {
		const t = document.querySelector<HTMLElement>('.timeline');
		const [from, to] = [t?.dataset.from, t?.dataset.to].map((d) => (d ? Date.parse(`${d}T00:00:00Z`) : NaN)) as [number, number];
		return { key: `${t?.dataset.from}/${t?.dataset.to}`, days: (to - from) / 86_400_000 + 1 };
	},
	note: 'the built `/embed?data=…` page; zoom with Ctrl + wheel (the embed leaves plain wheel to the host page), delta 24 (Ctrl zooms 5× per step)'
};
