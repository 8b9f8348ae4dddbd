/**
 * The plot's vertical geometry, shared by the timeline on screen and the image made from it
 * (src/lib/export), so both stack the eras' labels, the rows and their lanes alike.
 */
import { lanesPerRow, layoutRows, type PlacedRow, type RowSource } from './group-layout';
import type { PlacedMark } from './layout';
import type { DateLocale } from '$lib/time/date-locale';

/** Plots narrower than this have one label lane fewer. */
export const NARROW_PLOT = 560;
/** Height of one label lane, in px. */
export const LANE_HEIGHT = 26;
/** Room above a row's lanes for its label, and above all rows for the eras' labels. */
export const ROW_LABEL_ROOM = 18;
/** Room above the first lane. */
export const PLOT_TOP = 12;
/** Room under the last row's baseline for the axis's two rows of labels. */
export const AXIS_ROOM = 46;

/** How many label lanes a plot `width` px wide has. */
export function maxLanesFor(width: number): number {
	return width < NARROW_PLOT ? 5 : 6;
}

/** SVG y of the centre line of lane `lane` (0 is the lowest) above a row's baseline `axisY`. */
export function laneY(axisY: number, lane: number, laneHeight = LANE_HEIGHT): number {
	return axisY - 20 - lane * laneHeight;
}

/** Options for {@link plotLayout}. */
export interface PlotLayoutOptions {
	/** The visible scale: UTC ms to SVG x. */
	x: (ms: number) => number;
	/** The visible period [from, to) in UTC ms. */
	range: readonly [number, number];
	/** Pixels per ms where time is not folded, when the scale folds gaps (see folded-scale.ts). */
	pxPerMs?: number;
	/** The plot's width in CSS pixels. */
	width: number;
	/** Whether the dataset has eras, whose labels take room above the rows. */
	eras: boolean;
	/** The language of clusters' period labels (English by default). */
	locale?: DateLocale;
}

/** The rows laid out in the plot, every mark, and the bottom of the last row. */
export function plotLayout(rows: readonly RowSource[], options: PlotLayoutOptions): { rows: PlacedRow[]; marks: PlacedMark[]; bottom: number } {
	const { x, range, width, eras, pxPerMs, locale } = options;
	return layoutRows(rows, {
		x,
		...(locale && { locale }),
		...(pxPerMs !== undefined && { pxPerMs }),
		range,
		width,
		lanesPerRow: lanesPerRow(rows.length, maxLanesFor(width)),
		laneHeight: LANE_HEIGHT,
		labelRoom: ROW_LABEL_ROOM,
		top: PLOT_TOP + (eras ? ROW_LABEL_ROOM : 0)
	});
}

/** SVG y of the axis line: the last row's baseline. */
export function axisYOf(layout: { rows: readonly PlacedRow[]; bottom: number }): number {
	return layout.rows.at(-1)?.baseline ?? layout.bottom;
}
