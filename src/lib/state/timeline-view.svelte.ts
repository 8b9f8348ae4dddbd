import type { Selection } from 'd3-selection';
import type { ZoomBehavior } from 'd3-zoom';
import { foldGain, scaleFolded, scaleTime, type Fold, type FoldFrame, type TimeScale } from '$lib/timeline/folded-scale';
import { zoomLimits } from '$lib/timeline/viewport';
import { acceptsGesture, horizontalWheel, wheelDelta, type AttachOptions } from './zoom-gestures';
import { constrain, scaleBy, translateBy, translateTo, zoomIdentity, ZoomTransform, type ZoomFrame } from './zoom-transform';

export type { AttachOptions } from './zoom-gestures';

/** How long an animated view change takes, in ms (0 when the reader asks for reduced motion). */
const ANIMATION_MS = 450;

/** Options for a view change. */
export interface MoveOptions {
	/** Animate the change (ignored under prefers-reduced-motion, and before attaching). Default true. */
	animate?: boolean;
}

/** What d3-zoom keeps its transform on: the plot's SVG, or the vertical layout's plot. */
type ZoomTarget = SVGSVGElement;
type Gestures = typeof import('./zoom-behaviour');

/** d3-zoom and its friends, loaded once, when the first plot is attached. */
let gestures: Promise<Gestures> | undefined;
const loadGestures = () => (gestures ??= import('./zoom-behaviour'));

/**
 * What period the timeline shows: an immutable zoom transform over a base scale of the
 * data's padded extent. Every way of moving the view (gestures, buttons, keys, the overview,
 * the URL, the embed API) ends here, so they can never disagree: a move computes its target
 * with d3-zoom's arithmetic (zoom-transform.ts) and jumps there, or animates there through the
 * one d3-zoom behaviour, which also turns the plot's gestures into transforms. The behaviour
 * loads with the first attached plot; until then moves jump, as they do before attaching.
 */
export class TimelineView {
	/** Width of the plot in CSS pixels. */
	width = $state(800);
	/** Height of the plot in CSS pixels, for d3-zoom's extent. */
	height = $state(200);
	/** The padded data extent [start, end] in UTC ms: the zoomed-out view. */
	domain = $state.raw<[number, number]>([0, 1]);
	/** The current zoom transform; replaced, never mutated. */
	transform = $state.raw<ZoomTransform>(zoomIdentity);
	/** The visible period once the last gesture or animation settled. */
	settled = $state.raw<[number, number] | null>(null);
	/** True while a gesture or animation is under way. */
	moving = $state(false);
	/** True once the zoom behaviour is attached to the plot and the view answers input. */
	ready = $state(false);

	/** Stretches without events that may be folded (see `findFolds`); change with {@link setFoldCandidates}. */
	foldCandidates = $state.raw<Fold[]>([]);
	/** The px a fold takes at no zoom; change with {@link setFoldLength}. */
	foldLength = $state(44);
	/** The reader's choice: fold long empty stretches when it is worth it (false: "Time to scale"). */
	folding = $state(true);
	/** Whether the vertical layout draws the view: its whole length is laid out, so zooming stops earlier. */
	vertical = $state(false);

	/** The frame the candidates would be folded in. */
	frame: FoldFrame = $derived({ extent: this.domain, length: this.width, folds: this.foldCandidates, foldLength: this.foldLength });
	/** Whether folding gives the events at least twice the room: only then is it offered. */
	foldable = $derived(this.foldCandidates.length > 0 && foldGain(this.frame) >= 2);
	/** Whether the scale folds time now. */
	folded = $derived(this.folding && this.foldable);
	/** The untransformed scale over the whole domain: folded, or d3's UTC scale. */
	base: TimeScale = $derived(this.folded ? scaleFolded(this.frame) : scaleTime(this.domain, this.width));
	/** The visible scale: the base scale rescaled by the zoom transform. */
	scale: TimeScale = $derived(this.transform.rescaleX(this.base as never) as TimeScale);
	/** Zoom and pan limits for the current domain and width. */
	limits = $derived(
		zoomLimits(this.domain, this.width, {
			gain: this.folded ? foldGain(this.frame) : 1,
			// The vertical layout lays out its whole length: keep it within what browsers draw.
			maxLength: this.vertical ? 4_000_000 : undefined
		})
	);
	/** The visible period [from, to) in UTC ms. */
	range: [number, number] = $derived(this.scale.domain().map(Number) as [number, number]);
	/** How far in the view is zoomed: 1 shows everything. */
	k = $derived(this.transform.k);

	/** The one zoom behaviour, once d3-zoom has loaded; its extents follow the domain and the width. */
	#behavior: ZoomBehavior<ZoomTarget, unknown> | null = null;
	/** The attached plot, as d3 selects it, once d3-zoom has loaded. */
	#selection: Selection<ZoomTarget, unknown, null, undefined> | null = null;
	#attached = false;
	/** When the reader last moved the view themselves (ms since the epoch). */
	#readerMovedAt = 0;
	#settleTimer: ReturnType<typeof setTimeout> | undefined;

	/** @param domain the padded data extent, see `paddedDomain`. */
	constructor(domain: [number, number]) {
		this.domain = domain;
		this.#applyLimits();
	}

	/** Whether the reader asked the system for reduced motion. */
	get reducedMotion(): boolean {
		return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
	}

	/** The behaviour, made once d3-zoom has loaded. */
	#behaviorOf({ zoom }: Gestures): ZoomBehavior<ZoomTarget, unknown> {
		if (this.#behavior) return this.#behavior;
		this.#behavior = zoom<ZoomTarget, unknown>()
			.extent(() => this.#extent())
			.on('start', () => {
				this.moving = true;
			})
			.on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
				if (event.sourceEvent) this.#readerMovedAt = Date.now();
				this.#show(event.transform);
			})
			.on('end', () => {
				this.moving = false;
				this.#settle();
			});
		this.#applyLimits();
		return this.#behavior;
	}

	/**
	 * Attaches the zoom behaviour to the plot's SVG for wheel, drag, pinch and double-click, and
	 * returns the cleanup. Only input handling happens here; Svelte renders every element. The
	 * view is `ready` once d3-zoom has loaded and listens.
	 */
	attach(svg: SVGSVGElement, options: AttachOptions = {}): () => void {
		// Let one finger scroll the host page; two fingers still pinch and pan.
		if (options.wheelNeedsModifier) svg.style.touchAction = 'pan-y';
		const onWheel = horizontalWheel(() => this.width, (dx) => {
			this.#readerMovedAt = Date.now();
			this.#selection?.interrupt();
			this.#jump(translateBy(this.transform, -dx / this.transform.k, 0, this.#frame()));
			// A wheel pan has no gesture end of its own: settle after a short pause.
			clearTimeout(this.#settleTimer);
			this.#settleTimer = setTimeout(() => this.#settle(), 150);
		}, options.reversed);
		svg.addEventListener('wheel', onWheel, { capture: true, passive: false });
		let stopped = false;
		let detach = () => {};
		void loadGestures().then((d3) => {
			if (stopped) return;
			const behavior = this.#behaviorOf(d3);
			behavior.filter((event: Event) => acceptsGesture(event, options)).wheelDelta(wheelDelta);
			const selection = d3.select(svg);
			selection.property('__zoom', this.transform).call(behavior).on('dblclick.zoom', null);
			// Double-click zooms in at the pointer, animated like the buttons.
			selection.on('dblclick.timeline', (event: MouseEvent) => {
				// In the plot's own coordinates, which a mirrored plot (time right to left) flips.
				this.zoomBy(2, { x: d3.pointer(event, svg)[0] });
			});
			detach = () => selection.interrupt().on('.zoom', null).on('dblclick.timeline', null);
			this.#use(selection);
		});
		return () => {
			stopped = true;
			svg.removeEventListener('wheel', onWheel, { capture: true });
			detach();
			this.#release();
		};
	}

	/** Moves go through `selection` from now on: the view answers input. */
	#use(selection: Selection<ZoomTarget, unknown, null, undefined>): void {
		this.#selection = selection;
		this.#attached = true;
		this.ready = true;
		this.#settle();
	}

	#release(): void {
		this.#selection = null;
		this.#attached = false;
		this.ready = false;
	}

	/** Tells the view its new size, keeping the visible period. */
	resize(width: number, height: number): void {
		if (width <= 0 || (width === this.width && height === this.height)) return;
		this.#keepRange(() => {
			this.width = width;
			this.height = height;
		});
	}

	/** Replaces the zoomed-out extent (a new dataset), keeping the visible period where it can. */
	setDomain(domain: [number, number]): void {
		if (domain[0] === this.domain[0] && domain[1] === this.domain[1]) return;
		this.#keepRange(() => {
			this.domain = domain;
		});
	}

	/** Folds the stretches `folds` when worth it (a new dataset), keeping the visible period. */
	setFoldCandidates(folds: Fold[]): void {
		const same = folds.length === this.foldCandidates.length && folds.every((f, i) => f.from === this.foldCandidates[i]?.from && f.to === this.foldCandidates[i]?.to);
		if (!same) this.#keepRange(() => (this.foldCandidates = folds));
	}

	/** Folds long empty stretches (true) or draws all time to scale (false), keeping the visible period. */
	setFolding(on: boolean): void {
		if (on !== this.folding) this.#keepRange(() => (this.folding = on));
	}

	/** Gives each fold `px` at no zoom (the vertical layout's breaks are taller), keeping the period. */
	setFoldLength(px: number): void {
		if (px !== this.foldLength) this.#keepRange(() => (this.foldLength = px));
	}

	/** Marks the view as drawn vertically (or not), which limits how far it zooms in. */
	setVertical(on: boolean): void {
		if (on !== this.vertical) this.#keepRange(() => (this.vertical = on));
	}

	/**
	 * Puts the start of the visible period `offset` px (of the zoomed length) after the start of
	 * the whole span, at the current zoom: the vertical layout's page scroll.
	 */
	panTo(offset: number): void {
		const { k } = this.transform;
		const x = Math.max(this.width - this.width * k, Math.min(0, -offset));
		if (Math.abs(x - this.transform.x) < 0.5) return;
		this.#readerMovedAt = Date.now();
		this.#selection?.interrupt();
		this.#jump(zoomIdentity.translate(x, 0).scale(k));
	}

	/**
	 * Lets the view animate on `element` without listening to its gestures: the vertical layout
	 * reads the page's scroll and its own pinch instead. Returns the cleanup.
	 */
	attachTarget(element: Element): () => void {
		let stopped = false;
		let detach = () => {};
		void loadGestures().then((d3) => {
			if (stopped) return;
			this.#behaviorOf(d3);
			const selection = d3.select(element as unknown as ZoomTarget).property('__zoom', this.transform);
			detach = () => selection.interrupt();
			this.#use(selection);
		});
		return () => {
			stopped = true;
			detach();
			this.#release();
		};
	}

	/** Shows the period [from, to) (UTC ms), within the zoom limits. */
	showRange(from: number, to: number, options: MoveOptions = {}): void {
		const a = this.base(Math.min(from, to));
		const b = this.base(Math.max(from, to));
		if (!Number.isFinite(a) || !Number.isFinite(b)) return;
		const [kMin, kMax] = this.limits.scaleExtent;
		// An empty period asks for the closest zoom around that instant.
		const k = b > a ? Math.min(kMax, Math.max(kMin, this.width / (b - a))) : kMax;
		const t = zoomIdentity.translate(this.width / 2, 0).scale(k).translate(-(a + b) / 2, 0);
		this.#run(options, () => constrain(t, this.#frame()));
	}

	/** Shows the whole dataset. */
	showAll(options: MoveOptions = {}): void {
		this.#readerMovedAt = Date.now();
		this.#run(options, () => zoomIdentity);
	}

	/** Zooms by `factor` (2 doubles the scale) around the centre, or around `x` (px) when given. */
	zoomBy(factor: number, options: MoveOptions & { x?: number } = {}): void {
		this.#readerMovedAt = Date.now();
		const point: [number, number] = [options.x ?? this.width / 2, 0];
		this.#run(options, () => scaleBy(this.transform, factor, this.#frame(), point));
	}

	/** Pans by `dx` CSS pixels: a positive dx moves the view later in time. */
	panBy(dx: number, options: MoveOptions = {}): void {
		this.#readerMovedAt = Date.now();
		this.#run(options, () => translateBy(this.transform, -dx / this.transform.k, 0, this.#frame()));
	}

	/** Centres the view on `time` (UTC ms) at the current zoom. */
	centreOn(time: number, options: MoveOptions = {}): void {
		this.#run(options, () => translateTo(this.transform, this.base(time), 0, this.#frame()));
	}

	/** Whether the reader zoomed or panned within the last `ms` milliseconds. */
	readerMovedWithin(ms: number): boolean {
		return Date.now() - this.#readerMovedAt < ms;
	}

	/** Moves to the transform `target` gives, from where the view is now: animated, or at once. */
	#run(options: MoveOptions, target: () => ZoomTransform): void {
		const animate = this.#attached && (options.animate ?? true) && !this.reducedMotion;
		// Stopping a running animation first, so the target starts from where the view is.
		this.#selection?.interrupt();
		const t = target();
		if (animate && this.#selection && this.#behavior) {
			// Same fields and methods as d3-zoom's own transform, which it interpolates from.
			this.#behavior.transform(this.#selection.transition().duration(ANIMATION_MS), t as never);
		} else {
			this.#jump(t);
			this.#settle();
		}
	}

	/** Shows `t` now, and tells d3-zoom (which keeps its transform on the plot) where the view is. */
	#jump(t: ZoomTransform): void {
		if (this.#selection) this.#selection.property('__zoom', t);
		this.#show(t);
	}

	/**
	 * Takes `t` as the view's transform. A drag or wheel held at a limit repeats the same
	 * transform: keeping the value keeps everything derived from it (the layout of every mark).
	 */
	#show(t: ZoomTransform): void {
		const { k, x, y } = t;
		if (k === this.transform.k && x === this.transform.x && y === this.transform.y) return;
		this.transform = t;
	}

	#frame(): ZoomFrame {
		return { extent: this.#extent(), ...this.limits };
	}

	#extent(): [[number, number], [number, number]] {
		return [
			[0, 0],
			[this.width, this.height]
		];
	}

	#applyLimits(): void {
		this.#behavior?.scaleExtent(this.limits.scaleExtent).translateExtent(this.limits.translateExtent);
	}

	/** Changes what the base scale depends on, then shows the same period again. */
	#keepRange(change: () => void): void {
		const [from, to] = this.range;
		change();
		this.#applyLimits();
		this.showRange(from, to, { animate: false });
	}

	#settle(): void {
		const [from, to] = this.range;
		const prev = this.settled;
		if (!prev || prev[0] !== from || prev[1] !== to) this.settled = [from, to];
	}
}
