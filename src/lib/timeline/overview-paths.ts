/**
 * The overview strip's events as a few SVG paths instead of one rectangle each. Zoomed out over
 * 10,000 events the strip has a column for nearly every pixel: some 1,400 rectangles, nine in
 * ten of the embed's elements, each made, styled and laid out by the browser; a path per kind
 * draws the same pixels as one element.
 *
 * An opaque fill looks the same whether overlapping rectangles are painted one by one or as
 * one path. A translucent one does not: painted one by one, two overlapping bands show darker
 * where they overlap, and one path fills its union once. So translucent rectangles are first
 * dealt into layers in which none overlap, one path per layer, and overlaps still show as they
 * did.
 */
import { assignLanes } from './lanes';

/** A rectangle of the strip, px: `x`, `y` its top left, `w`, `h` its size. */
export interface StripRect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** SVG path data drawing every rectangle, each as a closed subpath: "M2 3h4v14h-4z…". */
export function rectsPath(rects: Iterable<StripRect>): string {
	let d = '';
	for (const { x, y, w, h } of rects) d += `M${x} ${y}h${w}v${h}h${-w}z`;
	return d;
}

/**
 * `rects` dealt into as few layers as possible, in none of which two rectangles overlap, read
 * along `axis` ('x': rectangles of one row, as in the horizontal strip; 'y': of one column, as
 * in the vertical one). Rectangles that only touch do not overlap. Rectangles across the axis
 * from each other (another `y` or `h` for 'x') are dealt row by row, each row into layers of
 * its own: its layers are the lanes that labels are packed into (assignLanes, first fit along
 * the axis, which needs no more layers than the most rectangles over one point).
 */
export function nonOverlappingLayers<T extends StripRect>(rects: readonly T[], axis: 'x' | 'y'): T[][] {
	const rows = new Map<string, T[]>();
	for (const rect of rects) {
		const key = axis === 'x' ? `${rect.y}:${rect.h}` : `${rect.x}:${rect.w}`;
		const row = rows.get(key);
		if (row) row.push(rect);
		else rows.set(key, [rect]);
	}
	const layers: T[][] = [];
	for (const row of rows.values()) {
		const spans = row.map((r) => (axis === 'x' ? { x0: r.x, x1: r.x + r.w } : { x0: r.y, x1: r.y + r.h }));
		const { lanes, laneCount } = assignLanes(spans);
		const own = Array.from({ length: laneCount }, (): T[] => []);
		row.forEach((rect, i) => own[lanes[i]!]!.push(rect));
		layers.push(...own);
	}
	return layers;
}
