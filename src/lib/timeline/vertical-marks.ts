/**
 * The vertical layout's geometry: time runs down a track, each mark on the axis (spans in a
 * few narrow columns beside it), each label to the right with the whole width. Events too
 * close to label beside their mark merge into clusters, as in the horizontal layout; they
 * split as the track grows.
 */
import { bisectLeft } from 'd3-array';
import { clusterRange } from './clusters';
import type { DateLocale } from '../time/date-locale';
import type { ItemIndex } from './item-index';
import { assignLanes } from './lanes';
import { MERGE_STEPS, markLabel } from './layout';
import type { Mark } from './marks';
import { layoutVertical, type VerticalPlacement } from './vertical-layout';

/** Where the axis line runs, px from the left: tick labels sit left of it. */
export const AXIS_X = 52;
/** Columns for bars and bands beside the axis, and their spacing, px. */
const SPAN_LANES = 2;
const SPAN_STEP = 9;
/** Where labels start, px from the left. */
export const LABEL_X = AXIS_X + 10 + SPAN_LANES * SPAN_STEP + 6;
/** Past this many marks the layout merges more, whatever the drift. */
const MAX_MARKS = 400;

/** A mark placed on the track with its label. */
export interface VerticalMark {
	/** The mark (its `x`, `x0`, `x1` are track px down the page). */
	mark: Mark;
	/** Where the mark is drawn across, px: the axis for points and clusters, a column for spans. */
	column: number;
	/** Its label's box and lines. */
	placement: VerticalPlacement;
}

/** Options for {@link layoutVerticalMarks}. */
export interface VerticalMarksOptions {
	/** UTC ms to px down the track. */
	y: (ms: number) => number;
	/** The whole span laid out, [from, to) UTC ms. */
	range: readonly [number, number];
	/** The steepest px per ms of `y` when it is folded. */
	pxPerMs?: number;
	/** The screen's length, px: a bar or band longer than a third of it is never clustered. */
	screen: number;
	/** The track's width, px (labels end before it). */
	width: number;
	/** Height of a label line, px. */
	lineHeight: number;
	/** Average character width of the label font, px, when `measure` is not given. */
	charWidth: number;
	/** Measures label text, px. */
	measure?: (text: string) => number;
	/** How far a label may be pushed below its mark before nearby events merge, px. */
	maxDrift?: number;
	/** How a cluster's period is written (English by default). */
	locale?: DateLocale;
}

/** Where a mark's label starts down the track: a span's at its start, anything else at its anchor. */
function labelY(mark: Mark): number {
	return mark.type === 'event' && mark.item.kind !== 'point' ? mark.x0 : mark.x;
}

/**
 * Lays out the events of `index` along the whole track: tries the merge steps from "never"
 * to "a lot" and keeps the first whose labels all sit within `maxDrift` of their marks (the
 * coarsest otherwise). Labels never overlap and stay inside the width (see `layoutVertical`).
 * Returns the marks in time order and the height the labels need.
 */
export function layoutVerticalMarks(index: ItemIndex, options: VerticalMarksOptions): { marks: VerticalMark[]; height: number } {
	const { y, range, pxPerMs, screen, width, lineHeight, charWidth, measure, locale } = options;
	const maxDrift = options.maxDrift ?? lineHeight * 7;
	const anchors = bisectLeft(index.anchors, range[1]) - bisectLeft(index.anchors, range[0]);
	let best: { marks: VerticalMark[]; height: number } = { marks: [], height: 0 };
	for (const minGap of MERGE_STEPS) {
		const last = minGap === MERGE_STEPS.at(-1);
		if (minGap < 0 && anchors > MAX_MARKS) continue;
		const marks = clusterRange(index, range[0], range[1], y, { minGap, width: screen, pxPerMs });
		if (marks.length > MAX_MARKS && !last) continue;
		const { placements, height } = layoutVertical(
			marks.map((m) => ({ id: m.key, y: labelY(m), y1: m.x1, label: markLabel(m, locale) })),
			{ width, gutter: LABEL_X, lineHeight, charWidth, measure, padding: 4 }
		);
		const byKey = new Map(placements.map((p) => [p.id, p]));
		const placed = marks.map((mark) => ({ mark, column: AXIS_X, placement: byKey.get(mark.key) as VerticalPlacement }));
		best = { marks: placed, height };
		const drift = Math.max(0, ...placed.map(({ mark, placement }) => placement.y - (labelY(mark) - lineHeight / 2)));
		if (drift <= maxDrift) break;
	}
	placeSpans(best.marks);
	best.marks.sort((a, b) => a.placement.y - b.placement.y);
	return best;
}

/** Bars and bands go in columns right of the axis, so overlapping spans stand side by side. */
function placeSpans(marks: VerticalMark[]): void {
	const spans = marks.filter((m) => m.mark.type === 'event' && m.mark.item.kind !== 'point');
	const { lanes } = assignLanes(spans.map((m) => ({ x0: m.mark.x0, x1: m.mark.x1 })), { gap: 4, maxLanes: SPAN_LANES });
	spans.forEach((m, i) => {
		const lane = lanes[i] ?? -1;
		m.column = AXIS_X + 10 + (lane < 0 ? SPAN_LANES - 1 : lane) * SPAN_STEP;
	});
}

/**
 * Whether event `id` is a mark of its own (not in a cluster) in `marks`: the vertical
 * layout's test for bringing an event into view.
 */
export function standsAloneIn(marks: readonly VerticalMark[], id: string): boolean {
	return marks.some(({ mark }) => mark.type === 'event' && mark.item.id === id);
}
