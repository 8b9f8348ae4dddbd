/**
 * A dataset's eras on the time axis: their spans in UTC ms, the bands as drawn, the eras a
 * period falls in (for the live region) and the eras as period shortcuts.
 */
import { DAY, dayToMs } from '../time/day';
import type { Period } from './periods';
import type { Era } from './types';

/** An era as a span of time. */
export interface EraSpan {
	/** The era's id. */
	id: string;
	/** Its name. */
	title: string;
	/** Its note, if any. */
	note?: string;
	/** Start of its first day (UTC ms). */
	start: number;
	/** Midnight after its last day (UTC ms, exclusive). */
	end: number;
}

/** The eras as spans, in time order. */
export function eraSpans(eras: readonly Era[] = []): EraSpan[] {
	return eras
		.map((era) => ({ id: era.id, title: era.title, ...(era.note && { note: era.note }), start: dayToMs(era.start), end: dayToMs(era.end) + DAY }))
		.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A band as drawn: its pixels clipped to the plot, and where its label fits. */
export interface EraBand extends EraSpan {
	/** Left edge in the plot (px), clipped to it. */
	x0: number;
	/** Right edge in the plot (px), clipped to it. */
	x1: number;
	/** Where its label starts: the band's visible left edge, so it is read while panning. */
	labelX: number;
	/** Where the room for its label ends: the band's right edge, or the first fold across it. */
	labelEnd: number;
	/** Its position among the eras, for alternating shades. */
	n: number;
}

/** How a band's label is fitted between folds. */
export interface EraLabelOptions {
	/** The folds of a folded scale, px, left to right (as the scale gives them). */
	folds?: readonly { x0: number; x1: number }[];
	/** The width a band's whole label needs, px (by default {@link LABEL_ROOM}). */
	labelWidth?: (title: string) => number;
}

/** The room a label needs when its width is not given, px. */
const LABEL_ROOM = 60;
/** Room kept either side of a label, px. */
const LABEL_PAD = 4;

/**
 * The bands of the eras visible in the plot of width `width` under the scale `x`. Where the
 * scale folds years away, a band's label goes in its first stretch between folds that holds
 * the whole label, else in its widest, so that no fold cuts through its name.
 */
export function eraBands(spans: readonly EraSpan[], x: (ms: number) => number, width: number, options: EraLabelOptions = {}): EraBand[] {
	const folds = options.folds ?? [];
	const need = options.labelWidth ?? (() => LABEL_ROOM);
	return spans.flatMap((span, n) => {
		const x0 = Math.max(0, x(span.start));
		const x1 = Math.min(width, x(span.end));
		if (x1 - x0 < 1) return [];
		const pieces = between(x0, x1, folds);
		const room = need(span.title) + 2 * LABEL_PAD;
		const [start, end] = pieces.find(([a, b]) => b - a >= room) ?? pieces.reduce((best, p) => (p[1] - p[0] > best[1] - best[0] ? p : best), [x0, x0]);
		return [{ ...span, x0, x1, labelX: start + LABEL_PAD, labelEnd: end, n }];
	});
}

/** The stretches of [x0, x1] that no fold covers, left to right. */
function between(x0: number, x1: number, folds: readonly { x0: number; x1: number }[]): Array<[number, number]> {
	const pieces: Array<[number, number]> = [];
	let at = x0;
	for (const fold of folds) {
		if (fold.x1 <= at || fold.x0 >= x1) continue;
		if (fold.x0 > at) pieces.push([at, fold.x0]);
		at = Math.max(at, fold.x1);
	}
	if (at < x1) pieces.push([at, x1]);
	return pieces;
}

/** The eras the period [from, to) lies mostly in: each overlapping more than half of it. */
export function erasOf(spans: readonly EraSpan[], from: number, to: number): EraSpan[] {
	const length = to - from;
	return spans.filter((span) => Math.min(to, span.end) - Math.max(from, span.start) > length / 2);
}

/** The eras as period shortcuts, with a little room either side and the events each holds. */
export function eraPeriods(spans: readonly EraSpan[], starts: readonly number[]): Period[] {
	return spans.map((span) => {
		const pad = Math.max((span.end - span.start) * 0.03, DAY);
		return {
			id: `era-${span.id}`,
			label: span.title,
			from: span.start - pad,
			to: span.end + pad,
			count: starts.filter((s) => s >= span.start && s < span.end).length
		};
	});
}
