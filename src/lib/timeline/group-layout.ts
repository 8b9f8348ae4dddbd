/**
 * Events in rows, one per group (docs/data-format.md, `groups`): which rows a dataset has,
 * and each row laid out on its own, with its own label lanes and clusters, stacked one above
 * the other over one shared time axis.
 */
import { NO_GROUP } from './filters';
import { createItemIndex, type ItemIndex } from './item-index';
import { layoutMarks, type LayoutOptions, type PlacedMark } from './layout';
import type { Group, TimelineItem } from './types';

/** A row's events, ready to lay out. */
export interface RowSource {
	/** The group's id ({@link NO_GROUP} for events without one; "" for the single row). */
	id: string;
	/** Its label ("" for the single row). */
	title: string;
	/** Its events, indexed for visible-range queries. */
	index: ItemIndex;
	/** How many events it holds. */
	count: number;
}

/** A row laid out: where it sits and its marks. */
export interface PlacedRow {
	/** The group's id. */
	id: string;
	/** Its label. */
	title: string;
	/** SVG y of the row's top edge. */
	top: number;
	/** SVG y of the row's baseline: its lane 0 sits just above it, its stems end on it. */
	baseline: number;
	/** Its marks, each in one of its own lanes. */
	marks: PlacedMark[];
	/** How many lanes it uses. */
	laneCount: number;
}

/** Options for {@link rowSources}. */
export interface RowSourceOptions {
	/** One row of everything, whatever the groups. */
	oneRow?: boolean;
	/** The events that decide which rows there are (default `items`): all of them, so rows
	 * stay put while a filter hides some events. */
	present?: readonly TimelineItem[];
	/** An index of `items` already made, used for the single row instead of a new one. */
	index?: ItemIndex;
}

/**
 * The rows for `items`: one per group in `groups`' order, plus "Other" at the end for events
 * that name no group; a group none of the `present` events is in is left out. Without
 * groups, or when `oneRow` is asked, one row of everything.
 */
export function rowSources(items: readonly TimelineItem[], groups: readonly Group[], options: RowSourceOptions = {}): RowSource[] {
	if (!groups.length || options.oneRow) return [{ id: '', title: '', index: options.index ?? createItemIndex(items), count: items.length }];
	const byGroup = new Map<string, TimelineItem[]>();
	for (const item of items) {
		const id = item.event.group ?? NO_GROUP;
		let list = byGroup.get(id);
		if (!list) byGroup.set(id, (list = []));
		list.push(item);
	}
	const present = new Set((options.present ?? items).map((item) => item.event.group ?? NO_GROUP));
	const order = [...groups.map((g) => ({ id: g.id, title: g.title })), { id: NO_GROUP, title: 'Other' }];
	return order.flatMap(({ id, title }) => {
		const list = byGroup.get(id) ?? [];
		return present.has(id) ? [{ id, title, index: createItemIndex(list), count: list.length }] : [];
	});
}

/** Options for {@link layoutRows}. */
export interface RowLayoutOptions extends Omit<LayoutOptions, 'maxLanes'> {
	/** Lanes a row may use. */
	lanesPerRow: number;
	/** Height of one lane. */
	laneHeight: number;
	/** Room above a row's lanes for its label (0 for the single row). */
	labelRoom: number;
	/** SVG y where the first row starts. */
	top: number;
}

/** Room below a row's baseline, between it and the next row's label. */
const ROW_GAP = 6;

/**
 * Lays out each row in the visible period, independently, and stacks them from `top`: a
 * row takes the room of its lanes (always all of them, so rows do not move as the reader
 * zooms), its label above them. Returns the rows, every mark in row order, and the bottom.
 */
export function layoutRows(rows: readonly RowSource[], options: RowLayoutOptions): { rows: PlacedRow[]; marks: PlacedMark[]; bottom: number } {
	const { lanesPerRow, laneHeight, labelRoom, top, ...layout } = options;
	const placed: PlacedRow[] = [];
	let y = top;
	for (const row of rows) {
		const { marks, laneCount } = layoutMarks(row.index, { ...layout, maxLanes: lanesPerRow });
		const room = row.title ? labelRoom : 0;
		const baseline = y + room + lanesPerRow * laneHeight + 4;
		placed.push({ id: row.id, title: row.title, top: y, baseline, marks, laneCount });
		y = baseline + (rows.length > 1 ? ROW_GAP : 0);
	}
	return { rows: placed, marks: placed.flatMap((r) => r.marks), bottom: y };
}

/** Lanes per row: the single row gets them all; two rows three each; more rows two each. */
export function lanesPerRow(rowCount: number, maxLanes: number): number {
	if (rowCount <= 1) return maxLanes;
	return rowCount === 2 ? Math.max(2, Math.min(3, Math.floor(maxLanes / 2))) : 2;
}
