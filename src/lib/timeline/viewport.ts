import type { ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

const DAY = 86_400_000;

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
 * gives the year 2000.
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
	return [lo, hi];
}

/**
 * Zoom limits for a base scale over `domain` drawn `width` px wide: at k = 1 the whole domain
 * fits, at the largest k `minSpan` ms (one day by default) fills the width, and panning
 * never leaves the domain.
 */
export function zoomLimits(
	domain: readonly [number, number],
	width: number,
	options: { minSpan?: number } = {}
): ZoomLimits {
	const { minSpan = DAY } = options;
	const kMax = Math.max(1, (domain[1] - domain[0]) / minSpan);
	return {
		scaleExtent: [1, kMax],
		// y is unused (only rescaleX is applied): leave it free so d3-zoom never shifts it.
		translateExtent: [
			[0, -Infinity],
			[Math.max(0, width), Infinity]
		]
	};
}

/**
 * `t` clamped as d3-zoom clamps it in x: k into `scaleExtent` (keeping the view's centre
 * fixed), then translated so the view stays inside `translateExtent`. y is always 0.
 */
export function constrainTransform(t: ZoomTransform, width: number, limits: ZoomLimits): ZoomTransform {
	const [kMin, kMax] = limits.scaleExtent;
	const k = Math.min(kMax, Math.max(kMin, t.k));
	const centre = width / 2;
	let x = k === t.k ? t.x : centre - ((centre - t.x) * k) / t.k;
	const [[x0], [x1]] = limits.translateExtent;
	// The same arithmetic as d3-zoom's default constrain, in x only.
	const dx0 = (0 - x) / k - x0;
	const dx1 = (width - x) / k - x1;
	const shift = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
	x += shift * k;
	return zoomIdentity.translate(x, 0).scale(k);
}

/** The transform that shows [from, to] (UTC ms) across the base scale's range, within the limits. */
export function transformForRange(
	base: ScaleTime<number, number>,
	from: number,
	to: number,
	limits: ZoomLimits
): ZoomTransform {
	const [r0, r1] = base.range() as [number, number];
	const width = r1 - r0;
	const a = base(Math.min(from, to));
	const b = base(Math.max(from, to));
	if (!(width > 0) || !Number.isFinite(a) || !Number.isFinite(b)) return zoomIdentity;
	// An empty range asks for the closest zoom around that instant.
	const k = b > a ? width / (b - a) : limits.scaleExtent[1];
	const centre = (a + b) / 2;
	const t = zoomIdentity.translate(r0 + width / 2 - centre * k, 0).scale(k);
	return constrainTransform(t, width, limits);
}

/**
 * `t` zoomed by `factor` (2 doubles the scale) so that the instant under `pointX` stays there,
 * unless a limit stops it.
 */
export function zoomAt(
	t: ZoomTransform,
	factor: number,
	pointX: number,
	width: number,
	limits: ZoomLimits
): ZoomTransform {
	const [kMin, kMax] = limits.scaleExtent;
	const k = Math.min(kMax, Math.max(kMin, t.k * factor));
	const p = t.invertX(pointX);
	return constrainTransform(zoomIdentity.translate(pointX - p * k, 0).scale(k), width, limits);
}

/**
 * `t` translated by `dx` px as a drag would move it: a positive dx moves the content right,
 * showing earlier times. Stops at the ends of the domain.
 */
export function panBy(t: ZoomTransform, dx: number, width: number, limits: ZoomLimits): ZoomTransform {
	return constrainTransform(zoomIdentity.translate(t.x + dx, 0).scale(t.k), width, limits);
}

/** The visible period [from, to] in UTC ms under `t`. */
export function visibleRange(t: ZoomTransform, base: ScaleTime<number, number>): [number, number] {
	const [r0, r1] = base.range() as [number, number];
	return [+base.invert(t.invertX(r0)), +base.invert(t.invertX(r1))];
}
