import type { ItemIndex } from './item-index';
import { scaleTime } from './folded-scale';
import { layoutMarks } from './layout';
import type { TimelineItem } from './types';

/** Options for {@link revealRange}. */
export interface RevealOptions {
	/** The visible period now, [from, to) in UTC ms. */
	range: readonly [number, number];
	/** The plot's width in CSS pixels. */
	width: number;
	/** Label lanes available, as in {@link layoutMarks}. */
	maxLanes: number;
	/** The narrowest period the view may show (the zoom limit). */
	minSpan: number;
	/** Room kept between the item and the view's edges, as a fraction of the view. */
	padding?: number;
	/**
	 * Also zoom in until the item is a mark of its own (default true). A cue while the reader
	 * scrolls the article only pans, and leaves the zoom to the reader.
	 */
	alone?: boolean;
	/**
	 * Whether the item would be a labelled mark of its own if [from, to) were shown: the
	 * layout's own test (the vertical layout has its own; a folded scale draws differently).
	 * By default, the horizontal layout on a plain scale.
	 */
	standsAlone?: (range: [number, number]) => boolean;
}

/**
 * The period to show so that `item` is in view as a mark of its own, not inside a cluster:
 * pans when it only lies outside the view, zooms out when it is wider than the view, and
 * (unless `alone` is false) zooms in around it while it would still be merged with its
 * neighbours. Returns null when the current view already shows it well. The one way the
 * timeline brings an event into view: selecting, stepping, focusing and cueing all use it.
 */
export function revealRange(index: ItemIndex, item: TimelineItem, options: RevealOptions): [number, number] | null {
	const { range, width, maxLanes, minSpan, padding = 0.1, alone = true } = options;
	const fits = options.standsAlone ?? ((r: [number, number]) => standsAlone(index, item, r, width, maxLanes));
	const [from, to] = range;
	const span = to - from;
	const length = item.end - item.start;

	// A long band (the twenty-year insurgency) counts as shown when a good part of it is in view.
	if (length > span * 0.8) {
		const overlap = Math.min(to, item.end) - Math.max(from, item.start);
		if (overlap >= span * 0.3) return null;
		return [item.start - span * padding, item.start + span * (1 - padding)];
	}

	let target: [number, number];
	const pad = span * padding;
	if (item.start >= from + pad && item.end <= to - pad) {
		target = [from, to];
	} else if (length <= span - 2 * pad) {
		const shift = item.start < from + pad ? item.start - (from + pad) : item.end - (to - pad);
		target = [from + shift, to + shift];
	} else {
		const extra = length * 0.25;
		target = [item.start - extra, item.end + extra];
	}

	const centre = (item.start + item.end) / 2;
	for (let i = 0; alone && i < 24; i++) {
		if (fits(target)) break;
		const half = Math.max(minSpan, (target[1] - target[0]) / 2) / 2;
		const next: [number, number] = [centre - half, centre + half];
		if (next[1] - next[0] >= target[1] - target[0]) break;
		target = next;
	}
	return target[0] === from && target[1] === to ? null : target;
}

function standsAlone(
	index: ItemIndex,
	item: TimelineItem,
	range: [number, number],
	width: number,
	maxLanes: number
): boolean {
	const x = scaleTime(range, width);
	const { marks } = layoutMarks(index, { x: (ms) => x(ms), range, width, maxLanes });
	return marks.some((m) => m.type === 'event' && m.item.id === item.id && m.label !== '');
}
