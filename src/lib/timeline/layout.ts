import { bisectLeft } from 'd3-array';
import type { DateLocale } from '$lib/time/date-locale';
import { formatPeriod } from '$lib/time/format-period';
import { clusterRange, compareAnchors } from './clusters';
import type { ItemIndex } from './item-index';
import type { TimelineItem } from './types';
import { anchorOf, countLabel, type ClusterMark, type Mark } from './marks';
import { assignLanes } from './lanes';
import { estimateLabelWidth } from './ticks';

/** A mark placed in a label lane, ready to draw. */
export type PlacedMark = Mark & {
	/** Lane index from the top, 0-based. */
	lane: number;
	/** The label's text. */
	label: string;
	/** Where the label's box starts, in SVG x (from the estimated width). */
	labelX: number;
	/** Where to draw the text, with `textAnchor`: hugging the mark on whichever side it is. */
	textX: number;
	/** 'end' when the label sits left of its mark, so the real text ends right by the mark. */
	textAnchor: 'start' | 'end';
	/** The label's estimated width in CSS pixels. */
	labelWidth: number;
};

/** Options for {@link layoutMarks}. */
export interface LayoutOptions {
	/** The visible scale: UTC ms to SVG x. */
	x: (ms: number) => number;
	/** The visible period [from, to) in UTC ms. */
	range: readonly [number, number];
	/** The plot's width in CSS pixels. */
	width: number;
	/** How many label lanes fit. */
	maxLanes: number;
	/** Horizontal room kept between two labels in one lane. */
	gap?: number;
	/** The steepest px per ms of `x` when it is not linear (a folded scale), see `clusterRange`. */
	pxPerMs?: number;
	/** The language of clusters' period labels (English by default). */
	locale?: DateLocale;
}

/** Gaps (px) tried in turn between cluster anchors, from "never merge" to "merge a lot". */
export const MERGE_STEPS = [-1, 8, 24, 56, 120, 240, 480];
/** Past this many marks per lane there is no hope of labelling each: start merging at once. */
const MARKS_PER_LANE = 12;
/** Space between a point or the start of a range and its label. */
const LABEL_OFFSET = 10;
/** How much further a cluster's label starts: its dot is wider than a point, and holds the count. */
const CLUSTER_DOT_ROOM = 5;

/**
 * Lays out the events visible in `range`: each becomes a mark with a label in a lane where
 * labels never overlap. When they do not all fit in `maxLanes`, nearby events merge into
 * clusters, first the closest ones, until everything fits. Work is proportional to the
 * visible events, not to the dataset.
 */
export function layoutMarks(index: ItemIndex, options: LayoutOptions): { marks: PlacedMark[]; laneCount: number } {
	const { x, range, width, maxLanes, gap = 12, pxPerMs, locale } = options;
	let best: { marks: PlacedMark[]; laneCount: number } = { marks: [], laneCount: 0 };
	// Never merging gives a mark per event in view, at least one per anchor in view: past the
	// limit, skip it rather than build (at full extent) a mark for each of 100,000 events.
	const anchorsInView = bisectLeft(index.anchors, range[1]) - bisectLeft(index.anchors, range[0]);
	for (const minGap of MERGE_STEPS) {
		if (minGap < 0 && anchorsInView > maxLanes * MARKS_PER_LANE) continue;
		const marks = clusterRange(index, range[0], range[1], x, { minGap, width, pxPerMs });
		if (marks.length > maxLanes * MARKS_PER_LANE && minGap < MERGE_STEPS.at(-1)!) continue;
		const labelled = marks.map((mark) => withLabel(mark, width, locale));
		const { lanes, laneCount, overflow } = assignLanes(
			labelled.map((m) => ({ x0: Math.min(m.x0, m.labelX - LABEL_OFFSET), x1: Math.max(m.x1, m.labelX + m.labelWidth) })),
			{ gap, maxLanes }
		);
		const placed = labelled.map((m, i) => ({ ...m, lane: lanes[i] ?? -1 }));
		best = { marks: placed, laneCount };
		if (overflow.length === 0) break;
	}
	// Whatever still overflows at the coarsest merge is drawn in the last lane without a label.
	const last = Math.max(0, maxLanes - 1);
	const overflow = best.marks.filter((m) => m.lane < 0);
	if (overflow.length > MARKS_PER_LANE) {
		// Many of them (bars and bands too long to cluster, each spanning the view): drawn one
		// by one they would cost the frame thousands of overlapping shapes. Each overlapping run
		// becomes one cluster instead, whose count and list still reach every event.
		best.marks = [...best.marks.filter((m) => m.lane >= 0), ...overflowRuns(overflow, x, width)];
	}
	for (const m of best.marks) {
		if (m.lane < 0) {
			m.lane = last;
			m.label = '';
			m.labelWidth = 0;
		}
	}
	best.laneCount = Math.min(Math.max(best.laneCount, best.marks.length ? 1 : 0), maxLanes);
	return best;
}

/**
 * Overflowing marks merged into one cluster per run of marks that overlap on screen (a single
 * mark stays as it is), its dot kept in view. They stay without a lane (`lane` -1) or a label.
 */
function overflowRuns(marks: PlacedMark[], x: (ms: number) => number, width: number): PlacedMark[] {
	const sorted = [...marks].sort((a, b) => a.x0 - b.x0);
	const out: PlacedMark[] = [];
	let run: PlacedMark[] = [];
	let runEnd = -Infinity;
	const flush = () => {
		if (run.length === 1) out.push(run[0] as PlacedMark);
		else if (run.length > 1) {
			const cluster = mergeMarks(run, x);
			const dot = Math.min(Math.max(cluster.x, cluster.x0, 0), cluster.x1, width);
			out.push({ ...cluster, x: dot, lane: -1, label: '', labelX: dot, textX: dot, textAnchor: 'start', labelWidth: 0 });
		}
		run = [];
		runEnd = -Infinity;
	};
	for (const m of sorted) {
		if (m.x0 > runEnd) flush();
		run.push(m);
		runEnd = Math.max(runEnd, m.x1);
	}
	flush();
	return out;
}

/**
 * One cluster of the events of `marks` (two or more): its ends and extent from the marks', and
 * its events listed, merged in anchor order, only when asked.
 */
function mergeMarks(marks: readonly Mark[], x: (ms: number) => number): ClusterMark {
	const firstOf = (m: Mark) => (m.type === 'event' ? m.item : m.first);
	const lastOf = (m: Mark) => (m.type === 'event' ? m.item : m.last);
	const before = (a: TimelineItem, b: TimelineItem) => compareAnchors(a, anchorOf(a), b, anchorOf(b)) < 0;
	let first = firstOf(marks[0] as Mark);
	let last = lastOf(marks[0] as Mark);
	let [count, start, end, x0, x1] = [0, Infinity, -Infinity, Infinity, -Infinity];
	for (const m of marks) {
		if (before(firstOf(m), first)) first = firstOf(m);
		if (!before(lastOf(m), last)) last = lastOf(m);
		count += m.type === 'event' ? 1 : m.count;
		start = Math.min(start, m.type === 'event' ? m.item.start : m.start);
		end = Math.max(end, m.type === 'event' ? m.item.end : m.end);
		x0 = Math.min(x0, m.x0);
		x1 = Math.max(x1, m.x1);
	}
	let listed: TimelineItem[] | undefined;
	const items = () =>
		(listed ??= marks.flatMap((m) => (m.type === 'event' ? [m.item] : m.items())).sort((a, b) => compareAnchors(a, anchorOf(a), b, anchorOf(b))));
	return { type: 'cluster', key: `c:${first.id}…${last.id}`, first, last, count, items, x: (x(anchorOf(first)) + x(anchorOf(last))) / 2, x0, x1, start, end };
}

/**
 * The label a mark carries: the event's title, or for a cluster (whose dot shows the count)
 * the period its events cover.
 */
export function markLabel(mark: Mark, locale?: DateLocale): string {
	return mark.type === 'event' ? mark.item.event.title : formatPeriod(mark.start, mark.end, { style: 'label', locale });
}

/**
 * A cluster's accessible name. It starts with what the cluster shows, its count and its
 * period (WCAG 2.5.3, label in name: a speech user says what they see), then says it in full.
 */
export function clusterName(mark: ClusterMark): string {
	const n = mark.count;
	return `${countLabel(n)} ${markLabel(mark)}: ${n.toLocaleString('en')} events, starting with ${mark.first.event.title}. Press Enter to show them`;
}

function withLabel<M extends Mark>(
	mark: M,
	width: number,
	locale?: DateLocale
): M & { label: string; labelX: number; labelWidth: number; textX: number; textAnchor: 'start' | 'end' } {
	const { label, labelWidth } = fitLabel(markLabel(mark, locale), width - 2 * LABEL_OFFSET);
	// A long band's label stays at the visible left edge so it can be read while panning; a
	// cluster's starts past its dot (radius 11 px), whose count would otherwise be covered.
	const start = mark.type === 'event' && mark.item.kind !== 'point' ? Math.max(mark.x0, 0) : mark.type === 'cluster' ? mark.x + CLUSTER_DOT_ROOM : mark.x;
	let labelX = start + LABEL_OFFSET;
	if (labelX + labelWidth > width) {
		// Near the right edge: a range's label slides left over its own band, which it can
		// share; a point's or a cluster's label goes to the left of the mark instead.
		const slid = width - labelWidth;
		const isRange = mark.type === 'event' && mark.item.kind !== 'point';
		if (isRange && slid >= mark.x0 - LABEL_OFFSET) {
			labelX = Math.max(0, slid);
		} else {
			// Left of the mark, right-aligned to it; the width is an estimate, so anchor the
			// text's end at the mark rather than its start at an estimated position.
			const end = Math.min(mark.x0, start) - LABEL_OFFSET;
			if (end - labelWidth >= 0) return { ...mark, label, labelX: end - labelWidth, labelWidth, textX: end, textAnchor: 'end' };
			labelX = Math.max(0, Math.min(end - labelWidth, slid));
		}
	}
	return { ...mark, label, labelX, labelWidth, textX: labelX, textAnchor: 'start' };
}

/** Event labels are drawn at 13 px; the axis's width estimate is for 12 px. */
const labelWidthOf = (text: string) => Math.ceil(estimateLabelWidth(text) * (13 / 12));

/** The most characters a label can have and still be at most `maxWidth` wide (width grows with length). */
function maxCharsFor(maxWidth: number): number {
	let chars = Math.max(0, Math.floor(((maxWidth * 12) / 13 - 12) / 7.2) + 1);
	while (chars > 0 && labelWidthOf('x'.repeat(chars)) > maxWidth) chars--;
	return chars;
}

const TRAILING_PUNCTUATION = /[,;:–—-]$/;

/**
 * The label, shortened with an ellipsis at a word boundary when it is wider than `maxWidth`
 * (a phone's plot is narrower than many headlines): the longest run of whole words that fits
 * with its ellipsis, or, when even the first word does not fit, as many characters as fit.
 * The estimated width depends on the length only, so the cut is found in one pass over at
 * most a label's worth of the title, however long the title is. The full title stays in the
 * mark's accessible name and in the panel.
 */
export function fitLabel(text: string, maxWidth: number): { label: string; labelWidth: number } {
	const fullWidth = labelWidthOf(text);
	if (fullWidth <= maxWidth) return { label: text, labelWidth: fullWidth };
	const room = maxCharsFor(maxWidth);
	// Whole words: cut at a space, leaving room for the ellipsis.
	for (let space = text.lastIndexOf(' ', room); space >= 0; space = space === 0 ? -1 : text.lastIndexOf(' ', space - 1)) {
		const label = `${text.slice(0, space).replace(TRAILING_PUNCTUATION, '')}…`;
		if (label.length <= room) return { label, labelWidth: labelWidthOf(label) };
	}
	const label = `${text.slice(0, Math.min(text.length - 1, Math.max(1, room - 1)))}…`;
	return { label, labelWidth: labelWidthOf(label) };
}
