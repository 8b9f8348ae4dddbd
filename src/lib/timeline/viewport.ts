import { DAY, TIME_RANGE } from '$lib/time/day';

/** Shown when there is nothing to show: a fixed year, so the result never depends on the clock. */
const EMPTY_DOMAIN: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];

/** Zoom limits in the form d3-zoom takes them. */
export interface ZoomLimits {
	/** [kMin, kMax] for `zoom.scaleExtent`: 1 shows the whole domain, kMax about one day. */
	scaleExtent: [number, number];
	/** For `zoom.translateExtent`, in base-scale pixels: panning stays inside the domain. */
	translateExtent: [[number, number], [number, number]];
}

/**
 * The zoomed-out view of `items`: their extent plus `margin` (a fraction of the span, 4% by
 * default) on each side, and at least `minSpan` ms (30 days by default) wide. Empty input
 * gives the year 2000. The view never leaves the years the app handles (TIME_RANGE): near an
 * edge the margin is cut there, so an event in 9999 or 10,000 BCE still has a day to show.
 */
export function paddedDomain(
	items: readonly { start: number; end: number }[],
	options: { margin?: number; minSpan?: number } = {}
): [number, number] {
	const { margin = 0.04, minSpan = 30 * DAY } = options;
	let lo = Infinity;
	let hi = -Infinity;
	for (const { start, end } of items) {
		if (Number.isFinite(start)) lo = Math.min(lo, start);
		if (Number.isFinite(end)) hi = Math.max(hi, end);
	}
	if (!(lo <= hi)) return [...EMPTY_DOMAIN];
	const pad = (hi - lo) * margin;
	lo -= pad;
	hi += pad;
	if (hi - lo < minSpan) {
		const mid = (lo + hi) / 2;
		lo = mid - minSpan / 2;
		hi = mid + minSpan / 2;
	}
	return [Math.max(lo, TIME_RANGE.min), Math.min(hi, TIME_RANGE.max)];
}

/** Options for {@link zoomLimits}. */
export interface ZoomLimitOptions {
	/** The narrowest period the view may show, ms (one day by default). */
	minSpan?: number;
	/** How many times more px per ms the base scale gives unfolded time than a plain scale (a folded scale's `foldGain`); 1 by default. */
	gain?: number;
	/** The longest the whole zoomed span may be, px (the vertical layout lays it all out). */
	maxLength?: number;
}

/**
 * Zoom limits for a base scale over `domain` drawn `width` px wide: at k = 1 the whole domain
 * fits, at the largest k `minSpan` ms (one day by default) fills the width (of unfolded time,
 * for a folded scale), unless the zoomed span would be longer than `maxLength`, and panning
 * never leaves the domain.
 */
export function zoomLimits(domain: readonly [number, number], width: number, options: ZoomLimitOptions = {}): ZoomLimits {
	const { minSpan = DAY, gain = 1, maxLength = Infinity } = options;
	const kMax = Math.max(1, Math.min((domain[1] - domain[0]) / minSpan / Math.max(1, gain), maxLength / Math.max(1, width)));
	return {
		scaleExtent: [1, kMax],
		// y is unused (only rescaleX is applied): leave it free so d3-zoom never shifts it.
		translateExtent: [
			[0, -Infinity],
			[Math.max(0, width), Infinity]
		]
	};
}
