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
	/** Its position among the eras, for alternating shades. */
	n: number;
}

/** The bands of the eras visible in the plot of width `width` under the scale `x`. */
export function eraBands(spans: readonly EraSpan[], x: (ms: number) => number, width: number): EraBand[] {
	return spans.flatMap((span, n) => {
		const x0 = Math.max(0, x(span.start));
		const x1 = Math.min(width, x(span.end));
		return x1 - x0 >= 1 ? [{ ...span, x0, x1, labelX: x0 + 4, n }] : [];
	});
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
