/**
 * Clustering: events too close together to draw apart merge into one mark with a count,
 * either from a list of visible items or, fast at any dataset size, from an item index.
 */
import { bisectLeft } from 'd3-array';
import type { ItemIndex } from './item-index';
import { anchorOf, clusterMark, eventMark, isLong, membersOf, rightEdge, type ClusterMark, type Mark } from './marks';
import type { TimelineItem } from './types';

/** Options for {@link clusterVisible} and {@link clusterRange}. */
export interface ClusterOptions {
	/** Anchors at most this many px apart merge; a negative gap never merges. */
	minGap: number;
	/**
	 * The plot's width in px (default 720). A bar or band wider than a third of it is never
	 * clustered, so a twenty-year band does not swallow the events inside it.
	 */
	width?: number;
	/**
	 * The most px per ms the scale `x` gives in view, when it is not linear (a folded scale's
	 * unfolded rate, see `openRate`). Without it `x` must be the linear scale of the view.
	 */
	pxPerMs?: number;
}

const DEFAULT_WIDTH = 720;

/**
 * Groups `items` (the visible ones, in any order) into marks: taken in anchor order, an
 * item whose anchor lies within `minGap` px of the previous item's joins its group; a group
 * of one is an event mark. Bars and bands wider than a third of the plot stay event marks.
 * Marks come in the anchor order of their first item. Linear in `items` after a sort: for a
 * large dataset use {@link clusterRange}, which gives the same marks.
 */
export function clusterVisible(items: readonly TimelineItem[], x: (ms: number) => number, options: ClusterOptions): Mark[] {
	const { minGap, width = DEFAULT_WIDTH } = options;
	const sorted = items.map((item, i) => ({ item, i, anchor: anchorOf(item) }));
	sorted.sort((a, b) => compareAnchors(a.item, a.anchor, b.item, b.anchor) || a.i - b.i);
	const out: { first: number; mark: Mark }[] = [];
	let group: TimelineItem[] = [];
	let first = 0;
	let firstX = 0;
	let lastX = 0;
	const flush = () => {
		if (group.length === 1) out.push({ first, mark: eventMark(group[0] as TimelineItem, x) });
		if (group.length > 1) out.push({ first, mark: clusterOf(group, firstX, lastX, x) });
	};
	sorted.forEach(({ item, anchor }, k) => {
		if (isLong(item, x, width / 3)) {
			out.push({ first: k, mark: eventMark(item, x) });
			return;
		}
		const ax = x(anchor);
		if (group.length && ax - lastX <= minGap) {
			group.push(item);
		} else {
			flush();
			group = [item];
			first = k;
			firstX = ax;
		}
		lastX = ax;
	});
	flush();
	return out.sort((a, b) => a.first - b.first).map((o) => o.mark);
}

/** Anchor order: by anchor, then start; ties keep the order they came in. */
export function compareAnchors(a: TimelineItem, anchorA: number, b: TimelineItem, anchorB: number): number {
	return anchorA - anchorB || a.start - b.start;
}

/** The cluster of `items` (in anchor order), its dot halfway between the first and last anchor. */
export function clusterOf(items: TimelineItem[], firstX: number, lastX: number, x: (ms: number) => number): ClusterMark {
	let start = Infinity;
	let end = -Infinity;
	let right = -Infinity;
	for (const item of items) {
		start = Math.min(start, item.start);
		end = Math.max(end, item.end);
		right = Math.max(right, rightEdge(item));
	}
	return clusterMark(membersOf(items), { start, end, right }, firstX, lastX, x);
}

/** Where an item's drawn mark ends: its start for a point, its end otherwise. */

/**
 * The marks of the items of `index` that overlap [from, to): the same as
 * `clusterVisible(visibleItems(index, from, to), x, options)`, but its work grows with the
 * number of marks (and the long bars and bands in view), not with the items in view, so a
 * zoomed-out view of 100,000 events stays fast. `x` is the view's scale: linear, or with
 * `pxPerMs` set when it is folded.
 */
export function clusterRange(
	index: ItemIndex,
	from: number,
	to: number,
	x: (ms: number) => number,
	options: ClusterOptions
): Mark[] {
	const { minGap, width = DEFAULT_WIDTH } = options;
	// On a folded scale the rate varies: the steepest one finds every possible break (each
	// is then checked in px), and no class of items is taken as long without looking.
	const linear = options.pxPerMs === undefined;
	const pxPerMs = options.pxPerMs ?? (x(to) - x(from)) / (to - from);
	if (!(to > from) || !(pxPerMs > 0) || index.items.length === 0) return [];
	const longPx = width / 3;
	// Durations are compared in ms with room for rounding; items near the line are checked in px.
	const slack = (to - from) * 1e-9;
	const longMs = longPx / pxPerMs;

	// Long items in view, and short ones in view whose anchor is outside it (a bar cut by an edge).
	const long: number[] = [];
	const edges: number[] = [];
	const anchorIn = (pos: number) => {
		const a = anchorOf(index.items[pos] as TimelineItem);
		return a >= from && a < to;
	};
	for (const cls of index.classes) {
		const allShort = cls.point || cls.maxDuration < longMs - slack;
		const allLong = linear && !cls.point && cls.minDuration > longMs + slack;
		const lo = bisectLeft(cls.starts, from - cls.maxDuration);
		const hi = bisectLeft(cls.starts, to);
		// A short item can only have its anchor out of view near an edge: look only there.
		const ranges: [number, number][] = allShort
			? [
					[lo, Math.min(hi, bisectLeft(cls.starts, from))],
					[Math.max(lo, bisectLeft(cls.starts, Math.max(from, to - cls.maxDuration))), hi]
				]
			: [[lo, hi]];
		let last = -1;
		for (const [a, b] of ranges) {
			for (let j = Math.max(a, last + 1); j < b; j++) {
				last = j;
				const pos = cls.positions[j] as number;
				if ((index.ends[pos] as number) <= from) continue;
				if (allLong || (!allShort && isLong(index.items[pos] as TimelineItem, x, longPx))) long.push(index.rankOf[pos] as number);
				else if (!anchorIn(pos)) edges.push(index.rankOf[pos] as number);
			}
		}
	}
	long.sort((a, b) => a - b);
	edges.sort((a, b) => a - b);

	// The short items in view, in anchor order, as runs of consecutive ranks.
	const lo = bisectLeft(index.anchors, from);
	const hi = bisectLeft(index.anchors, to);
	const runs: [number, number][] = [];
	for (const r of edges) if (r < lo) runs.push([r, r + 1]);
	let next = lo;
	for (const r of long) {
		if (r < lo || r >= hi) continue;
		if (r > next) runs.push([next, r]);
		next = r + 1;
	}
	if (hi > next) runs.push([next, hi]);
	for (const r of edges) if (r >= hi) runs.push([r, r + 1]);

	// Walk the runs, breaking groups where neighbours are more than minGap apart. Inside a
	// run the gap tree finds the breaks without visiting the items between them.
	const anchorX = (r: number) => x(index.anchors[r] as number);
	const gapMs = minGap / pxPerMs - slack;
	const marks: { first: number; mark: Mark }[] = [];
	let group: [number, number][] = [];
	const flush = () => {
		const mark = groupMark(index, group, x);
		if (mark) marks.push({ first: (group[0] as [number, number])[0], mark });
		group = [];
	};
	let lastRank = -1;
	for (const [a, b] of runs) {
		if (lastRank >= 0 && anchorX(a) - anchorX(lastRank) > minGap) flush();
		const breaks: number[] = [];
		index.gaps.above(a, b - 1, gapMs, breaks);
		let start = a;
		for (const r of breaks) {
			if (anchorX(r + 1) - anchorX(r) <= minGap) continue;
			group.push([start, r + 1]);
			flush();
			start = r + 1;
		}
		group.push([start, b]);
		lastRank = b - 1;
	}
	flush();

	// Long items go between the groups, by rank.
	const out: Mark[] = [];
	let i = 0;
	for (const entry of marks) {
		while (i < long.length && (long[i] as number) < entry.first) out.push(eventMark(index.byAnchor[long[i++] as number] as TimelineItem, x));
		out.push(entry.mark);
	}
	while (i < long.length) out.push(eventMark(index.byAnchor[long[i++] as number] as TimelineItem, x));
	return out;
}

function groupMark(index: ItemIndex, group: [number, number][], x: (ms: number) => number): Mark | null {
	if (group.length === 0) return null;
	const [firstRank] = group[0] as [number, number];
	const lastRank = (group[group.length - 1] as [number, number])[1] - 1;
	if (firstRank === lastRank) return eventMark(index.byAnchor[firstRank] as TimelineItem, x);
	const runs = group;
	let listed: TimelineItem[] | undefined;
	const items = () => (listed ??= runs.flatMap(([a, b]) => index.byAnchor.slice(a, b)));
	const count = group.reduce((sum, [a, b]) => sum + b - a, 0);
	const extent = { start: Infinity, end: -Infinity, right: -Infinity };
	for (const [a, b] of group) {
		extent.start = Math.min(extent.start, index.starts.query(a, b));
		extent.end = Math.max(extent.end, index.endsByRank.query(a, b));
		extent.right = Math.max(extent.right, index.rights.query(a, b));
	}
	const members = { first: index.byAnchor[firstRank] as TimelineItem, last: index.byAnchor[lastRank] as TimelineItem, count, items };
	return clusterMark(members, extent, x(index.anchors[firstRank] as number), x(index.anchors[lastRank] as number), x);
}
