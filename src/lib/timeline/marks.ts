/**
 * What the event layer draws: an event on its own, or a cluster of events too close to draw
 * apart, with the positions both take on the visible scale.
 */
import type { TimelineItem } from './types';

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
	/** How many events it holds. */
	count: number;
	/** Its first event in anchor order (see {@link anchorOf}). */
	first: TimelineItem;
	/** Its last event in anchor order. */
	last: TimelineItem;
	/**
	 * Its events, in anchor order: listed when asked, since a cluster of a zoomed-out view can
	 * hold most of the dataset while a frame only draws its count. Keep the list if you need
	 * it twice.
	 */
	items: () => readonly TimelineItem[];
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

/** The instant a mark stands for: the start of a point, the middle of a bar or band. */
export function anchorOf(item: TimelineItem): number {
	return item.kind === 'point' ? item.start : (item.start + item.end) / 2;
}

/** Where an item's drawn mark ends: its start for a point, its end otherwise. */
export function rightEdge(item: TimelineItem): number {
	return item.kind === 'point' ? item.start : item.end;
}

/** Whether a bar or band is drawn wider than `longPx`: such an item is never clustered. */
export function isLong(item: TimelineItem, x: (ms: number) => number, longPx: number): boolean {
	return item.kind !== 'point' && x(item.end) - x(item.start) > longPx;
}

/** The mark of one event on the scale `x`. */
export function eventMark(item: TimelineItem, x: (ms: number) => number): EventMark {
	const key = `e:${item.id}`;
	const at = x(anchorOf(item));
	if (item.kind === 'point') return { type: 'event', key, item, x: at, x0: at, x1: at };
	return { type: 'event', key, item, x: at, x0: x(item.start), x1: x(item.end) };
}

/** The events of a cluster, in anchor order: the first, the last, how many, and all of them. */
export interface ClusterMembers {
	first: TimelineItem;
	last: TimelineItem;
	count: number;
	items: () => readonly TimelineItem[];
}

/** The members of a cluster whose events are `items`, already in anchor order (at least two). */
export function membersOf(items: readonly TimelineItem[]): ClusterMembers {
	return { first: items[0] as TimelineItem, last: items[items.length - 1] as TimelineItem, count: items.length, items: () => items };
}

/**
 * The mark of several events: `extent` is their earliest start, latest end and the right
 * edge of their drawn marks; `firstX` and `lastX` the first and last anchor on the scale.
 */
export function clusterMark(
	members: ClusterMembers,
	extent: { start: number; end: number; right: number },
	firstX: number,
	lastX: number,
	x: (ms: number) => number
): ClusterMark {
	return {
		type: 'cluster',
		key: `c:${members.first.id}…${members.last.id}`,
		...members,
		x: (firstX + lastX) / 2,
		x0: x(extent.start),
		x1: x(extent.right),
		start: extent.start,
		end: extent.end
	};
}

/**
 * A cluster's count as it fits in its dot: exact below 1,000, then in thousands rounded down
 * ("1.2k", "10k", "100k"), so a dense stretch never shows a clipped "000". The mark's
 * accessible name keeps the exact count.
 */
export function countLabel(count: number): string {
	if (count < 1000) return String(count);
	if (count < 10_000) return `${Math.floor(count / 100) / 10}k`;
	if (count < 1_000_000) return `${Math.floor(count / 1000)}k`;
	return `${Math.floor(count / 1_000_000)}M`;
}

/**
 * The font size (px) of a cluster's {@link countLabel} in its 22 px dot: 12 px bold holds three
 * characters, four need 9 px. The dot keeps its size, since the label beside it starts 10 px
 * from its centre.
 */
export function countFontSize(label: string): number {
	return label.length <= 3 ? 12 : 9;
}
