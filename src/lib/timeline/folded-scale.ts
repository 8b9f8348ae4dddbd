import { utcTicks } from 'd3-time';

/** A stretch of time with no events, drawn as a break of fixed width instead of to scale. */
export interface Fold {
	/** Start of the folded stretch, UTC ms. */
	from: number;
	/** End of the folded stretch, UTC ms. */
	to: number;
}

/** Where the scale's full extent is laid out before any zoom: the frame folds are measured in. */
export interface FoldFrame {
	/** The whole span, UTC ms. */
	extent: [number, number];
	/** The length the whole span takes at no zoom, px. */
	length: number;
	/** The stretches to fold, sorted, inside extent, not overlapping. */
	folds: Fold[];
	/** The px each fold takes at no zoom. */
	foldLength: number;
}

/**
 * A continuous time scale in the manner of d3's: `scale(t)`, `invert(px)`, `domain`, `range`,
 * `copy` and `ticks`, so `zoomTransform.rescaleX(scale)` zooms it like d3's own. Time is laid
 * out piecewise: each fold takes a fixed length of the frame, the rest of the length is shared
 * by the unfolded time in proportion to its duration. Hand-written because d3-scale has no
 * piecewise time scale whose pieces are given in px rather than in time.
 */
export interface ScaleFolded {
	(t: number | Date): number;
	invert(px: number): Date;
	domain(): Date[];
	domain(d: Array<number | Date>): ScaleFolded;
	range(): number[];
	range(r: number[]): ScaleFolded;
	copy(): ScaleFolded;
	/** About `count` tick dates, none inside a fold. */
	ticks(count?: number): Date[];
	/** The folds, with their position in the current range. */
	folds(): Array<Fold & { x0: number; x1: number }>;
	/** The frame the scale was built from. */
	frame(): FoldFrame;
}

interface Piece {
	t0: number;
	t1: number;
	u0: number;
	u1: number;
}

/** Cuts the frame into pieces of time with their position along the unzoomed length. */
function pieces(frame: FoldFrame): Piece[] {
	const [start, end] = frame.extent;
	const folded = frame.folds.reduce((sum, f) => sum + (f.to - f.from), 0);
	const open = end - start - folded;
	const foldsLength = Math.min(frame.foldLength * frame.folds.length, frame.length);
	const foldLength = frame.folds.length ? foldsLength / frame.folds.length : 0;
	const perMs = open > 0 ? (frame.length - foldsLength) / open : 0;
	const out: Piece[] = [];
	let t = start;
	let u = 0;
	const push = (t1: number, len: number) => {
		if (t1 > t) out.push({ t0: t, t1, u0: u, u1: u + len });
		t = t1;
		u += len;
	};
	for (const f of frame.folds) {
		push(f.from, (f.from - t) * perMs);
		push(f.to, foldLength);
	}
	push(end, (end - t) * perMs);
	if (out.length === 0) out.push({ t0: start, t1: end, u0: 0, u1: frame.length });
	return out;
}

/**
 * Linear through the piece containing v (`from` names the side v is on: time or unzoomed px);
 * beyond the ends, the end pieces extend. A binary search without allocation, since every
 * mark, tick and overview column of every frame comes through here.
 */
function through(list: readonly Piece[], v: number, from: 't' | 'u'): number {
	const byTime = from === 't';
	let lo = 0;
	let hi = list.length - 1;
	// The first piece whose far end is at or after v, or the last one.
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		const p = list[mid] as Piece;
		if (v <= (byTime ? p.t1 : p.u1)) hi = mid;
		else lo = mid + 1;
	}
	const p = list[lo] as Piece;
	if (byTime) return p.t1 === p.t0 ? p.u0 : p.u0 + ((v - p.t0) / (p.t1 - p.t0)) * (p.u1 - p.u0);
	return p.u1 === p.u0 ? p.t0 : p.t0 + ((v - p.u0) / (p.u1 - p.u0)) * (p.t1 - p.t0);
}

/** Builds a folded scale over `frame`; domain and range start as the frame's. */
export function scaleFolded(frame: FoldFrame): ScaleFolded {
	const list = pieces(frame);
	let domain: [number, number] = [frame.extent[0], frame.extent[1]];
	let range: [number, number] = [0, frame.length];
	const u = (t: number) => through(list, t, 't');
	const t = (v: number) => through(list, v, 'u');
	// The domain's ends along the unzoomed length and px per unit of it, kept up to date by
	// domain() and range() rather than worked out again on every call.
	let u0 = 0;
	let u1 = 0;
	let k = 0;
	const update = () => {
		u0 = u(domain[0]);
		u1 = u(domain[1]);
		k = u1 === u0 ? 0 : (range[1] - range[0]) / (u1 - u0);
	};
	update();

	const scale = ((value: number | Date) => range[0] + (u(+value) - u0) * k) as ScaleFolded;

	scale.invert = (px: number) => {
		const span = range[1] - range[0];
		const v = span === 0 ? u0 : u0 + ((px - range[0]) / span) * (u1 - u0);
		// To the nearest ms, Date's own resolution: truncating would turn midnight into the day before.
		return new Date(Math.round(t(v)));
	};
	scale.domain = ((d?: Array<number | Date>) => {
		if (!d) return domain.map((x) => new Date(x));
		domain = [Number(d[0]), Number(d[1])];
		update();
		return scale;
	}) as ScaleFolded['domain'];
	scale.range = ((r?: number[]) => {
		if (!r) return [...range];
		range = [Number(r[0]), Number(r[1])];
		update();
		return scale;
	}) as ScaleFolded['range'];
	scale.copy = () => scaleFolded(frame).domain(domain).range(range);
	scale.frame = () => frame;
	scale.folds = () =>
		frame.folds.map((f) => ({ ...f, x0: scale(f.from), x1: scale(f.to) }));
	scale.ticks = (count = 10) => {
		// Each visible unfolded piece gets ticks in proportion to its length on screen, so the
		// density matches what a plain scale of the same length would show.
		const [lo, hi] = [Math.min(...domain), Math.max(...domain)];
		const total = Math.abs(range[1] - range[0]) || 1;
		const out: Date[] = [];
		for (const p of list) {
			const inFold = frame.folds.some((f) => f.from === p.t0 && f.to === p.t1);
			if (inFold) continue;
			const a = Math.max(p.t0, lo);
			const b = Math.min(p.t1, hi);
			if (b <= a) continue;
			const share = Math.abs(scale(b) - scale(a)) / total;
			const n = Math.max(1, Math.round(count * share));
			for (const d of utcTicks(new Date(a), new Date(b), n)) {
				const last = out.at(-1);
				if (!last || +last < +d) out.push(d);
			}
		}
		return out;
	};
	return scale;
}

/** Options for finding folds in a set of event times. */
export interface FindFoldsOptions {
	/** The px the whole span takes. */
	length: number;
	/** The px each fold takes. */
	foldLength: number;
	/** A gap shorter than this share of the span is never folded. */
	minShare?: number;
	/** Room kept on each side of a fold, as a share of the gap, so marks beside it keep air. */
	margin?: number;
}

/**
 * The gaps between events worth folding: those longer than `minShare` of the whole span,
 * with a margin kept on each side so the neighbouring events are not pressed against the break.
 */
export function findFolds(extent: [number, number], times: ArrayLike<number>, options: FindFoldsOptions): Fold[] {
	const { minShare = 0.15, margin = 0.05 } = options;
	const span = extent[1] - extent[0];
	if (!(span > 0)) return [];
	// A typed array sorts numbers natively, without a comparator called per pair: this runs
	// whenever a dataset is shown, over two times per event (200,000 at 100,000 events).
	const sorted = new Float64Array(times.length + 2);
	for (let i = 0; i < times.length; i++) sorted[i] = times[i]!;
	sorted[times.length] = extent[0];
	sorted[times.length + 1] = extent[1];
	sorted.sort();
	const folds: Fold[] = [];
	for (let i = 1; i < sorted.length; i++) {
		const prev = sorted[i - 1]!;
		const gap = sorted[i]! - prev;
		if (gap > span * minShare) {
			const pad = Math.max(gap * margin, span * 0.01);
			folds.push({ from: prev + pad, to: sorted[i]! - pad });
		}
	}
	return folds;
}

/**
 * How many times more room the events get when the folds are folded: the px per ms of the
 * unfolded time with folds over the px per ms without. Folding is worth it from 2.
 */
export function foldGain(frame: FoldFrame): number {
	const [start, end] = frame.extent;
	const folded = frame.folds.reduce((sum, f) => sum + (f.to - f.from), 0);
	const open = end - start - folded;
	const room = frame.length - Math.min(frame.foldLength * frame.folds.length, frame.length);
	if (!(open > 0) || !(frame.length > 0)) return 1;
	return room / open / (frame.length / (end - start));
}

/** The years a fold hides, as the break writes them: "2002–2014", or "2002" for one year. */
export function foldLabel(fold: Fold): string {
	const a = new Date(fold.from).getUTCFullYear();
	const b = new Date(fold.to).getUTCFullYear();
	return a === b ? String(a) : `${a}–${b}`;
}

/**
 * What the timeline draws with: d3's `scaleUtc()` or a {@link ScaleFolded}. Both zoom through
 * `transform.rescaleX`, and code that needs the folds asks {@link isFolded}.
 */
export interface TimeScale {
	(t: number | Date): number;
	invert(px: number): Date;
	domain(): Date[];
	domain(d: Array<number | Date>): TimeScale;
	range(): number[];
	range(r: number[]): TimeScale;
	copy(): TimeScale;
}

/** `scale` showing [from, to) over [0, length] px: the same kind of scale, folded where it was. */
export function scaleOver(scale: TimeScale, range: readonly [number, number], length: number): TimeScale {
	return scale.copy().domain([range[0], range[1]]).range([0, length]);
}

/** Whether `scale` folds time (and has `folds()` and `frame()`). */
export function isFolded(scale: TimeScale): scale is TimeScale & ScaleFolded {
	const folded = scale as unknown as Partial<ScaleFolded>;
	return typeof folded.folds === 'function' && (folded.frame?.().folds.length ?? 0) > 0;
}

/**
 * A plain continuous UTC scale: time over `extent` laid out linearly along [0, length], the
 * folded scale with nothing folded. It stands in for d3-scale's `scaleUtc`, whose default tick
 * format brings d3-time-format and d3-interpolate's colour parsing into the first load.
 */
export function scaleTime(extent: [number, number], length: number): ScaleFolded {
	return scaleFolded({ extent, length, folds: [], foldLength: 0 });
}

/**
 * The px per ms of `scale` where time is drawn to scale: a plain scale's only rate, a folded
 * scale's unfolded time (the steepest it has; folds are flatter). Clustering and tick choice
 * read it, since two events a given time apart are never further apart on screen than this.
 */
export function openRate(scale: TimeScale): number {
	const [d0, d1] = scale.domain().map(Number) as [number, number];
	const [r0, r1] = scale.range() as [number, number];
	const plain = d1 === d0 ? 0 : Math.abs((r1 - r0) / (d1 - d0));
	if (!isFolded(scale)) return plain;
	// Unfolded time has one rate everywhere: measure it on the longest unfolded stretch.
	const { extent, folds } = scale.frame();
	let best: [number, number] = [0, 0];
	let t = extent[0];
	for (const stop of [...folds.map((f) => [f.from, f.to] as const), [extent[1], extent[1]] as const]) {
		if (stop[0] - t > best[1] - best[0]) best = [t, stop[0]];
		t = stop[1];
	}
	const [a, b] = best;
	return b > a ? Math.abs(scale(b) - scale(a)) / (b - a) : plain;
}
