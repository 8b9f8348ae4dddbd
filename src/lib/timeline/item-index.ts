/**
 * A dataset prepared once for fast queries of what is in view, at any size: items split by
 * duration (so a query only looks near the view) and kept in anchor order with range trees
 * (so clustering costs per mark, not per item).
 */
import { bisectLeft } from 'd3-array';
import { DAY } from '$lib/time/day';
import { anchorOf, rightEdge } from './marks';
import { RangeTree } from './range-tree';
import type { TimelineItem } from './types';

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

/**
 * An index that crossed from a worker by structured clone, ready for queries again: its
 * range trees get their methods back. Everything else in it is plain data.
 */
export function reviveItemIndex(index: ItemIndex): ItemIndex {
	for (const tree of [index.gaps, index.starts, index.endsByRank, index.rights]) RangeTree.revive(tree);
	return index;
}

/** The index's typed arrays' buffers, to transfer (rather than copy) it to another thread. */
export function itemIndexBuffers(index: ItemIndex): ArrayBuffer[] {
	const arrays = [index.ends, index.anchors, index.rankOf, index.gaps.tree, index.starts.tree, index.endsByRank.tree, index.rights.tree];
	for (const cls of index.classes) arrays.push(cls.positions, cls.starts);
	return arrays.map((array) => array.buffer as ArrayBuffer);
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
		const hi = bisectLeft(cls.starts, to);
		for (let j = bisectLeft(cls.starts, from - cls.maxDuration); j < hi; j++) {
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
