import type { TimelineItem } from './types';

const DAY = 86_400_000;

/** One event drawn on its own. */
export interface EventMark {
	type: 'event';
	/** 'e:' + the item's id. */
	key: string;
	/** The event. */
	item: TimelineItem;
	/** Where its dot or stem goes: the start of a point, the middle of a bar or band (px). */
	x: number;
	/** Left end of what is drawn: the start of a bar or band, `x` for a point (px). */
	x0: number;
	/** Right end of what is drawn: the end of a bar or band, `x` for a point (px). */
	x1: number;
}

/** Several events too close together to draw apart, drawn as one mark with a count. */
export interface ClusterMark {
	type: 'cluster';
	/** 'c:' + first id + '…' + last id: the same while the same events stay together. */
	key: string;
	/** Its events, in anchor order (see {@link anchorOf}). */
	items: TimelineItem[];
	/** Halfway between the first and the last anchor (px). */
	x: number;
	/** Left end of its events' marks (px). */
	x0: number;
	/** Right end of its events' marks (px). */
	x1: number;
	/** Earliest start of its events (UTC ms). */
	start: number;
	/** Latest end of its events (UTC ms, exclusive). */
	end: number;
}

/** What the event layer draws. */
export type Mark = EventMark | ClusterMark;

/** Options for {@link clusterVisible} and {@link clusterRange}. */
export interface ClusterOptions {
	/** Anchors at most this many px apart merge; a negative gap never merges. */
	minGap: number;
	/**
	 * The plot's width in px (default 720). A bar or band wider than a third of it is never
	 * clustered, so a twenty-year band does not swallow the events inside it.
	 */
	width?: number;
}

const DEFAULT_WIDTH = 720;

/** The instant a mark stands for: the start of a point, the middle of a bar or band. */
export function anchorOf(item: TimelineItem): number {
	return item.kind === 'point' ? item.start : (item.start + item.end) / 2;
}

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
function compareAnchors(a: TimelineItem, anchorA: number, b: TimelineItem, anchorB: number): number {
	return anchorA - anchorB || a.start - b.start;
}

function isLong(item: TimelineItem, x: (ms: number) => number, longPx: number): boolean {
	return item.kind !== 'point' && x(item.end) - x(item.start) > longPx;
}

function eventMark(item: TimelineItem, x: (ms: number) => number): EventMark {
	const key = `e:${item.id}`;
	const at = x(anchorOf(item));
	if (item.kind === 'point') return { type: 'event', key, item, x: at, x0: at, x1: at };
	return { type: 'event', key, item, x: at, x0: x(item.start), x1: x(item.end) };
}

function clusterOf(items: TimelineItem[], firstX: number, lastX: number, x: (ms: number) => number): ClusterMark {
	let start = Infinity;
	let end = -Infinity;
	let right = -Infinity;
	for (const item of items) {
		start = Math.min(start, item.start);
		end = Math.max(end, item.end);
		right = Math.max(right, rightEdge(item));
	}
	return cluster(items, { start, end, right }, firstX, lastX, x);
}

/** Where an item's drawn mark ends: its start for a point, its end otherwise. */
function rightEdge(item: TimelineItem): number {
	return item.kind === 'point' ? item.start : item.end;
}

function cluster(
	items: TimelineItem[],
	extent: { start: number; end: number; right: number },
	firstX: number,
	lastX: number,
	x: (ms: number) => number
): ClusterMark {
	const first = items[0] as TimelineItem;
	const last = items[items.length - 1] as TimelineItem;
	return {
		type: 'cluster',
		key: `c:${first.id}…${last.id}`,
		items,
		x: (firstX + lastX) / 2,
		x0: x(extent.start),
		x1: x(extent.right),
		start: extent.start,
		end: extent.end
	};
}

/** Items of one kind of length (points, or bars and bands of about the same duration), by start. */
interface DurationClass {
	/** True for points, which are never too long to cluster. */
	point: boolean;
	/** Shortest and longest duration in the class (ms). */
	minDuration: number;
	maxDuration: number;
	/** Positions in `ItemIndex.items`, ascending, and their starts. */
	positions: Int32Array;
	starts: Float64Array;
}

/**
 * A dataset prepared once for fast queries of what is in view; treat it as opaque. Items
 * are split by duration so that a query only looks near the view, and kept in anchor order
 * with range trees so that clustering costs per mark, not per item.
 */
export interface ItemIndex {
	/** The items, sorted by start. */
	readonly items: readonly TimelineItem[];
	readonly ends: Float64Array;
	readonly classes: readonly DurationClass[];
	/** The items in anchor order, their anchors, and each start position's rank in that order. */
	readonly byAnchor: readonly TimelineItem[];
	readonly anchors: Float64Array;
	readonly rankOf: Int32Array;
	/** Over ranks: the gap to the next anchor (max), the start (min), the end and the right edge (max). */
	readonly gaps: RangeTree;
	readonly starts: RangeTree;
	readonly endsByRank: RangeTree;
	readonly rights: RangeTree;
}

/** Prepares `items` for {@link visibleItems} and {@link clusterRange}; O(n log n), once per dataset. */
export function createItemIndex(items: readonly TimelineItem[]): ItemIndex {
	const n = items.length;
	// Plain loops over typed arrays throughout: this visits every item of a large dataset.
	const startOf = new Float64Array(n);
	for (let i = 0; i < n; i++) startOf[i] = at(items, i).start;
	const byStart = range(n);
	// Items usually come sorted already: sort only when they are not.
	if (startOf.some((start, i) => i > 0 && start < (startOf[i - 1] as number))) {
		byStart.sort((a, b) => (startOf[a] as number) - (startOf[b] as number) || a - b);
	}

	const sorted = new Array<TimelineItem>(n);
	const starts = new Float64Array(n);
	const ends = new Float64Array(n);
	const anchorAt = new Float64Array(n);
	const classOf = new Int16Array(n);
	const counts = new Map<number, number>();
	for (let pos = 0; pos < n; pos++) {
		const item = at(items, byStart[pos] as number);
		sorted[pos] = item;
		starts[pos] = item.start;
		ends[pos] = item.end;
		anchorAt[pos] = anchorOf(item);
		const c = durationClass(item);
		classOf[pos] = c;
		counts.set(c, (counts.get(c) ?? 0) + 1);
	}

	const classes = new Map<number, DurationClass & { size: number }>();
	for (const [c, count] of counts) {
		const empty = { point: c === POINTS, minDuration: Infinity, maxDuration: 0, size: 0 };
		classes.set(c, { ...empty, positions: new Int32Array(count), starts: new Float64Array(count) });
	}
	const points: number[] = [];
	const others: number[] = [];
	for (let pos = 0; pos < n; pos++) {
		const c = classOf[pos] as number;
		const cls = classes.get(c) as DurationClass & { size: number };
		const duration = (ends[pos] as number) - (starts[pos] as number);
		cls.minDuration = Math.min(cls.minDuration, duration);
		cls.maxDuration = Math.max(cls.maxDuration, duration);
		cls.positions[cls.size] = pos;
		cls.starts[cls.size++] = starts[pos] as number;
		(c === POINTS ? points : others).push(pos);
	}

	// Anchor order: points already are in it (their anchor is their start), so sort the rest and merge.
	const before = (a: number, b: number) =>
		(anchorAt[a] as number) - (anchorAt[b] as number) || (starts[a] as number) - (starts[b] as number) || a - b;
	others.sort(before);
	const order = new Int32Array(n);
	for (let r = 0, i = 0, j = 0; r < n; r++) {
		const p = points[i];
		const o = others[j];
		if (o === undefined || (p !== undefined && before(p, o) < 0)) {
			order[r] = p as number;
			i++;
		} else {
			order[r] = o;
			j++;
		}
	}

	const rankOf = new Int32Array(n);
	const byAnchor = new Array<TimelineItem>(n);
	const anchors = new Float64Array(n);
	const startByRank = new Float64Array(n);
	const endByRank = new Float64Array(n);
	const rightByRank = new Float64Array(n);
	for (let r = 0; r < n; r++) {
		const pos = order[r] as number;
		const item = at(sorted, pos);
		rankOf[pos] = r;
		byAnchor[r] = item;
		anchors[r] = anchorAt[pos] as number;
		startByRank[r] = item.start;
		endByRank[r] = item.end;
		rightByRank[r] = rightEdge(item);
	}
	const gaps = new Float64Array(Math.max(0, n - 1));
	for (let r = 0; r + 1 < n; r++) gaps[r] = (anchors[r + 1] as number) - (anchors[r] as number);

	return {
		items: sorted,
		ends,
		classes: [...classes.values()],
		byAnchor,
		anchors,
		rankOf,
		gaps: new RangeTree(gaps, Math.max),
		starts: new RangeTree(startByRank, Math.min),
		endsByRank: new RangeTree(endByRank, Math.max),
		rights: new RangeTree(rightByRank, Math.max)
	};
}

function range(n: number): number[] {
	const out = new Array<number>(n);
	for (let i = 0; i < n; i++) out[i] = i;
	return out;
}

const POINTS = -1;

/** Points apart; bars and bands by the power of two of their length in days. */
function durationClass(item: TimelineItem): number {
	if (item.kind === 'point') return POINTS;
	const days = (item.end - item.start) / DAY;
	return days > 1 ? Math.ceil(Math.log2(days)) : 0;
}

function at<T>(list: readonly T[], i: number): T {
	return list[i] as T;
}

/**
 * The items that overlap [from, to) (start < to and end > from), sorted by start. Looks only
 * near the view: O(log n) per duration class plus what it finds.
 */
export function visibleItems(index: ItemIndex, from: number, to: number): TimelineItem[] {
	const n = index.items.length;
	if (!(to > from) || n === 0) return [];
	const found: number[] = [];
	for (const cls of index.classes) {
		const hi = lowerBound(cls.starts, to);
		for (let j = lowerBound(cls.starts, from - cls.maxDuration); j < hi; j++) {
			const pos = cls.positions[j] as number;
			if ((index.ends[pos] as number) > from) found.push(pos);
		}
	}
	// Back into start order: a flag sweep when most items are in view, else a sort.
	if (found.length * 8 > n) {
		const flags = new Uint8Array(n);
		for (const pos of found) flags[pos] = 1;
		const out: TimelineItem[] = [];
		for (let pos = 0; pos < n; pos++) if (flags[pos]) out.push(at(index.items, pos));
		return out;
	}
	return Int32Array.from(found)
		.sort()
		.reduce<TimelineItem[]>((out, pos) => (out.push(at(index.items, pos)), out), []);
}

/**
 * The marks of the items of `index` that overlap [from, to): the same as
 * `clusterVisible(visibleItems(index, from, to), x, options)`, but its work grows with the
 * number of marks (and the long bars and bands in view), not with the items in view, so a
 * zoomed-out view of 100,000 events stays fast. `x` must be the linear scale of the view.
 */
export function clusterRange(
	index: ItemIndex,
	from: number,
	to: number,
	x: (ms: number) => number,
	options: ClusterOptions
): Mark[] {
	const { minGap, width = DEFAULT_WIDTH } = options;
	const pxPerMs = (x(to) - x(from)) / (to - from);
	if (!(to > from) || !(pxPerMs > 0) || index.items.length === 0) return [];
	const longPx = width / 3;
	// Durations are compared in ms with room for rounding; items near the line are checked in px.
	const slack = (to - from) * 1e-9;
	const longMs = longPx / pxPerMs;

	// Long items in view, and short ones in view whose anchor is outside it (a bar cut by an edge).
	const long: number[] = [];
	const edges: number[] = [];
	const anchorIn = (pos: number) => {
		const a = anchorOf(at(index.items, pos));
		return a >= from && a < to;
	};
	for (const cls of index.classes) {
		const allShort = cls.point || cls.maxDuration < longMs - slack;
		const allLong = !cls.point && cls.minDuration > longMs + slack;
		const lo = lowerBound(cls.starts, from - cls.maxDuration);
		const hi = lowerBound(cls.starts, to);
		// A short item can only have its anchor out of view near an edge: look only there.
		const ranges: [number, number][] = allShort
			? [
					[lo, Math.min(hi, lowerBound(cls.starts, from))],
					[Math.max(lo, lowerBound(cls.starts, Math.max(from, to - cls.maxDuration))), hi]
				]
			: [[lo, hi]];
		let last = -1;
		for (const [a, b] of ranges) {
			for (let j = Math.max(a, last + 1); j < b; j++) {
				last = j;
				const pos = cls.positions[j] as number;
				if ((index.ends[pos] as number) <= from) continue;
				if (allLong || (!allShort && isLong(at(index.items, pos), x, longPx))) long.push(index.rankOf[pos] as number);
				else if (!anchorIn(pos)) edges.push(index.rankOf[pos] as number);
			}
		}
	}
	long.sort((a, b) => a - b);
	edges.sort((a, b) => a - b);

	// The short items in view, in anchor order, as runs of consecutive ranks.
	const lo = lowerBound(index.anchors, from);
	const hi = lowerBound(index.anchors, to);
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
		while (i < long.length && (long[i] as number) < entry.first) out.push(eventMark(at(index.byAnchor, long[i++] as number), x));
		out.push(entry.mark);
	}
	while (i < long.length) out.push(eventMark(at(index.byAnchor, long[i++] as number), x));
	return out;
}

function groupMark(index: ItemIndex, group: [number, number][], x: (ms: number) => number): Mark | null {
	if (group.length === 0) return null;
	const [firstRank] = group[0] as [number, number];
	const lastRank = (group[group.length - 1] as [number, number])[1] - 1;
	if (firstRank === lastRank) return eventMark(at(index.byAnchor, firstRank), x);
	const items = group.length === 1 ? index.byAnchor.slice(firstRank, lastRank + 1) : group.flatMap(([a, b]) => index.byAnchor.slice(a, b));
	const extent = { start: Infinity, end: -Infinity, right: -Infinity };
	for (const [a, b] of group) {
		extent.start = Math.min(extent.start, index.starts.query(a, b));
		extent.end = Math.max(extent.end, index.endsByRank.query(a, b));
		extent.right = Math.max(extent.right, index.rights.query(a, b));
	}
	return cluster(items, extent, x(index.anchors[firstRank] as number), x(index.anchors[lastRank] as number), x);
}

/** The first i with sorted[i] >= value. */
function lowerBound(sorted: Float64Array, value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((sorted[mid] as number) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A static segment tree over numbers: range min or max, and the places above a threshold. */
class RangeTree {
	readonly #size: number;
	readonly #n: number;
	readonly #tree: Float64Array;
	readonly #op: (a: number, b: number) => number;
	readonly #empty: number;

	constructor(values: Float64Array, op: (a: number, b: number) => number) {
		this.#n = values.length;
		let size = 1;
		while (size < this.#n) size *= 2;
		this.#size = size;
		this.#op = op;
		this.#empty = op === Math.min ? Infinity : -Infinity;
		this.#tree = new Float64Array(2 * size).fill(this.#empty);
		this.#tree.set(values, size);
		for (let i = size - 1; i > 0; i--) this.#tree[i] = op(this.#tree[2 * i] as number, this.#tree[2 * i + 1] as number);
	}

	/** op over [a, b). */
	query(a: number, b: number): number {
		let result = this.#empty;
		for (let l = a + this.#size, r = b + this.#size; l < r; l >>= 1, r >>= 1) {
			if (l & 1) result = this.#op(result, this.#tree[l++] as number);
			if (r & 1) result = this.#op(result, this.#tree[--r] as number);
		}
		return result;
	}

	/** Appends to `out`, ascending, each i in [a, b) whose value is above `threshold` (max trees only). */
	above(a: number, b: number, threshold: number, out: number[], node = 1, lo = 0, hi = this.#size): void {
		if (b <= lo || hi <= a || (this.#tree[node] as number) <= threshold || lo >= this.#n) return;
		if (hi - lo === 1) {
			out.push(lo);
			return;
		}
		const mid = (lo + hi) >>> 1;
		this.above(a, b, threshold, out, 2 * node, lo, mid);
		this.above(a, b, threshold, out, 2 * node + 1, mid, hi);
	}
}
