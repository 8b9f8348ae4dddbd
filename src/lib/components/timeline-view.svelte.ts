import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import {
	constrainTransform,
	transformForRange,
	visibleRange,
	zoomAt,
	zoomLimits
} from '$lib/timeline/viewport';

/** How long an animated view change takes, in ms (0 when the reader asks for reduced motion). */
const ANIMATION_MS = 450;

/** Options for a view change. */
export interface MoveOptions {
	/** Animate the change (ignored under prefers-reduced-motion). Default true. */
	animate?: boolean;
}

/** Options for {@link TimelineView.attach}. */
export interface AttachOptions {
	/**
	 * When true (inside an embed), a plain wheel scrolls the host page and only Ctrl/⌘ + wheel
	 * (and trackpad pinch, which arrives as Ctrl + wheel) zooms; one finger scrolls the page.
	 */
	wheelNeedsModifier?: boolean;
	/** Called when a plain wheel was let through to the page, to show a hint. */
	onplainwheel?: () => void;
}

/**
 * The one source of truth for what period the timeline shows: an immutable d3-zoom
 * transform over a base scale of the data's padded extent. Every way of moving the view
 * (gestures, buttons, keys, the overview, the URL, the embed API) goes through the same
 * d3-zoom behaviour, so they can never disagree.
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
	/** True once the zoom behaviour is attached and the view answers input. */
	ready = $state(false);
	/** Bumped every time the view settles, so effects can react to each settle. */
	settleCount = $state(0);

	/** The untransformed scale over the whole domain. */
	base = $derived(scaleUtc().domain(this.domain).range([0, this.width]));
	/** The visible scale: the base scale rescaled by the zoom transform. */
	scale: ScaleTime<number, number> = $derived(this.transform.rescaleX(this.base));
	/** Zoom and pan limits for the current width. */
	limits = $derived(zoomLimits(this.domain, this.width));
	/** The visible period [from, to) in UTC ms. */
	range = $derived(visibleRange(this.transform, this.base));
	/** How far in the view is zoomed: 1 shows everything. */
	k = $derived(this.transform.k);

	/** When the reader last moved the view themselves (ms since the epoch). */
	#readerMovedAt = 0;
	#behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
	#selection: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
	#pending: [number, number] | null = null;

	/** @param domain the padded data extent, see `paddedDomain`. */
	constructor(domain: [number, number]) {
		this.domain = domain;
	}

	/** Whether the reader asked the system for reduced motion. */
	get reducedMotion(): boolean {
		return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
	}

	/**
	 * Attaches d3-zoom to the plot's SVG for wheel, drag, pinch and double-click, and returns
	 * the cleanup. Only input handling happens here; Svelte renders every element.
	 */
	attach(svg: SVGSVGElement, options: AttachOptions = {}): () => void {
		const behavior = zoom<SVGSVGElement, unknown>()
			.extent(() => [
				[0, 0],
				[this.width, this.height]
			])
			.scaleExtent(this.limits.scaleExtent)
			.translateExtent(this.limits.translateExtent)
			.filter((event: Event) => {
				if (event.type === 'wheel') {
					const wheel = event as WheelEvent;
					if (options.wheelNeedsModifier && !wheel.ctrlKey && !wheel.metaKey) {
						options.onplainwheel?.();
						return false;
					}
					return true;
				}
				if (event.type === 'touchstart') {
					const touches = (event as TouchEvent).touches.length;
					return !options.wheelNeedsModifier || touches >= 2;
				}
				const mouse = event as MouseEvent;
				return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
			})
			// A trackpad pinch arrives as a wheel event with ctrlKey: zoom a little faster then,
			// as d3 does, and take line and page deltas into account.
			.wheelDelta((event: WheelEvent) => {
				const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
				return -event.deltaY * unit * (event.ctrlKey ? 5 : 1);
			})
			.on('start', () => {
				this.moving = true;
			})
			.on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
				if (event.sourceEvent) this.#readerMovedAt = Date.now();
				this.transform = event.transform;
			})
			.on('end', () => {
				this.moving = false;
				this.#settle();
			});

		const selection = select(svg);
		selection.call(behavior).on('dblclick.zoom', null);
		// Double-click zooms in at the pointer, animated like the buttons.
		selection.on('dblclick.timeline', (event: MouseEvent) => {
			const [x] = pointerX(event, svg);
			this.#apply(zoomAt(this.transform, 2, x, this.width, this.limits), { animate: true });
		});
		if (options.wheelNeedsModifier) {
			// Let one finger scroll the host page; two fingers still pinch and pan.
			svg.style.touchAction = 'pan-y';
		}
		// d3-zoom only zooms with the wheel; a horizontal swipe (or Shift + wheel) pans instead.
		const onWheel = (event: WheelEvent) => {
			const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey;
			if (!horizontal || event.ctrlKey || event.metaKey) return;
			const dx = event.deltaX || event.deltaY;
			event.preventDefault();
			event.stopImmediatePropagation();
			const unit = event.deltaMode === 1 ? 16 : event.deltaMode ? this.width : 1;
			behavior.translateBy(selection, -(dx * unit) / this.transform.k, 0);
			this.#settleSoon();
		};
		svg.addEventListener('wheel', onWheel, { capture: true, passive: false });

		this.#behavior = behavior;
		this.#selection = selection;
		if (this.#pending) {
			const [from, to] = this.#pending;
			this.#pending = null;
			this.showRange(from, to, { animate: false });
		} else {
			behavior.transform(selection, this.transform);
		}
		this.ready = true;
		this.#settle();
		return () => {
			svg.removeEventListener('wheel', onWheel, { capture: true });
			selection.on('.zoom', null).on('dblclick.timeline', null);
			this.#behavior = null;
			this.#selection = null;
			this.ready = false;
		};
	}

	/**
	 * Tells the view its new size, keeping the visible period: the transform is recomputed so
	 * the same dates stay at the edges.
	 */
	resize(width: number, height: number): void {
		if (width <= 0 || (width === this.width && height === this.height)) return;
		const [from, to] = this.range;
		this.width = width;
		this.height = height;
		if (this.#behavior && this.#selection) {
			this.#behavior.scaleExtent(this.limits.scaleExtent).translateExtent(this.limits.translateExtent);
			this.showRange(from, to, { animate: false });
		} else {
			this.transform = transformForRange(this.base, from, to, this.limits);
		}
	}

	/** Shows the period [from, to) (UTC ms), within the zoom limits. */
	showRange(from: number, to: number, options: MoveOptions = {}): void {
		if (!this.#behavior) {
			// Before hydration, remember it and start there once attached.
			this.#pending = [from, to];
			this.transform = transformForRange(this.base, from, to, this.limits);
			return;
		}
		this.#apply(transformForRange(this.base, from, to, this.limits), options);
	}

	/** Whether the reader zoomed or panned within the last `ms` milliseconds. */
	readerMovedWithin(ms: number): boolean {
		return Date.now() - this.#readerMovedAt < ms;
	}

	/** Shows the whole dataset. */
	showAll(options: MoveOptions = {}): void {
		this.#readerMovedAt = Date.now();
		this.#apply(zoomIdentity, options);
	}

	/** Zooms by `factor` (2 doubles the scale) around the centre, or around `x` when given. */
	zoomBy(factor: number, options: MoveOptions & { x?: number } = {}): void {
		const x = options.x ?? this.width / 2;
		this.#readerMovedAt = Date.now();
		this.#apply(zoomAt(this.transform, factor, x, this.width, this.limits), options);
	}

	/** Pans by `dx` CSS pixels (positive moves the view later in time). */
	panBy(dx: number, options: MoveOptions = {}): void {
		this.#readerMovedAt = Date.now();
		const t = zoomIdentity.translate(this.transform.x - dx, 0).scale(this.transform.k);
		this.#apply(constrainTransform(t, this.width, this.limits), options);
	}

	/** Centres the view on `time` (UTC ms) at the current zoom. */
	centreOn(time: number, options: MoveOptions = {}): void {
		const [from, to] = this.range;
		const half = (to - from) / 2;
		this.showRange(time - half, time + half, options);
	}

	/**
	 * Makes [from, to) visible with some room around it: pans when it fits at the current
	 * zoom, zooms out or in when it does not. `minPx` is how wide, at least, it should appear.
	 */
	reveal(from: number, to: number, options: MoveOptions & { minPx?: number } = {}): void {
		const [vFrom, vTo] = this.range;
		const span = vTo - vFrom;
		const pad = span * 0.08;
		const fits = to - from <= span - 2 * pad;
		if (fits && from >= vFrom + pad && to <= vTo - pad) return;
		if (fits) {
			const shift = from < vFrom + pad ? from - (vFrom + pad) : to - (vTo - pad);
			this.showRange(vFrom + shift, vTo + shift, options);
			return;
		}
		const extra = (to - from) * 0.25;
		this.showRange(from - extra, to + extra, options);
	}

	#apply(t: ZoomTransform, options: MoveOptions): void {
		if (!this.#behavior || !this.#selection) {
			this.transform = t;
			return;
		}
		const animate = (options.animate ?? true) && !this.reducedMotion;
		if (animate) {
			this.#selection.interrupt().transition().duration(ANIMATION_MS).call(this.#behavior.transform, t);
		} else {
			this.#selection.interrupt();
			this.#behavior.transform(this.#selection, t);
			this.#settle();
		}
	}

	#settleTimer: ReturnType<typeof setTimeout> | undefined;

	/** A horizontal wheel pan has no gesture end of its own: settle after a short pause. */
	#settleSoon(): void {
		clearTimeout(this.#settleTimer);
		this.#settleTimer = setTimeout(() => this.#settle(), 150);
	}

	#settle(): void {
		const [from, to] = this.range;
		const prev = this.settled;
		if (!prev || prev[0] !== from || prev[1] !== to) {
			this.settled = [from, to];
			this.settleCount += 1;
		}
	}
}

/** The pointer's x within the SVG, in CSS pixels. */
function pointerX(event: MouseEvent, svg: SVGSVGElement): [number] {
	const box = svg.getBoundingClientRect();
	return [event.clientX - box.left];
}

/** The type of the `base` scale, re-exported for components. */
export type BaseScale = ScaleTime<number, number>;
