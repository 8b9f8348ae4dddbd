/**
 * The vertical layout's one rule for its position: the page's scroll (or its box's) is the
 * view's pan. The reader's scroll moves the view; a zoom, a key, a reveal or the URL moving the
 * view scrolls the page; a pinch zooms and scrolls so the moment under the fingers stays put.
 */
import { flushSync } from 'svelte';
import type { TimelineView } from '$lib/state/timeline-view.svelte';
import type { TimeScale } from '$lib/timeline/folded-scale';
import { placeOn, unplaceFrom, type TrackCut } from '$lib/timeline/vertical-track';
import type { Scroller } from './vertical-scroll';

/** What the track looks like now. */
export interface TrackNow {
	/** How the track is cut and where the open panel is. */
	cut: TrackCut;
	/** The whole span's length at the current zoom, px. */
	length: number;
	/** UTC ms to track px. */
	track: TimeScale;
}

/** Keeps `view` and the scroll of the plot `plot` in step; see the module comment. */
export class TrackScroll {
	#view: TimelineView;
	#now: () => TrackNow;
	#scroller: Scroller;
	#plot: HTMLElement;

	/** @param now reads the track as drawn (Svelte's derived values, read when needed). */
	constructor(view: TimelineView, scroller: Scroller, plot: HTMLElement, now: () => TrackNow) {
		this.#view = view;
		this.#scroller = scroller;
		this.#plot = plot;
		this.#now = now;
	}

	/** The track px at the top of the screen (negative while the page above it shows). */
	offset(): number {
		return unplaceFrom(this.#now().cut, this.#scroller.viewport().top - this.#plot.getBoundingClientRect().top);
	}

	/** Scroll → view (not while the view animates itself). */
	readonly fromScroll = (): void => {
		if (this.#view.moving) return;
		// Above the first event the screen still shows the track's start.
		const at = Math.max(this.#now().cut.lead, this.offset());
		if (Math.abs(at + this.#view.transform.x) >= 2) this.#view.panTo(at);
	};

	/** View → scroll: call when the view's transform or the track changed. */
	follow(): void {
		const { cut, length } = this.#now();
		const room = length - this.#view.width;
		// Nothing above the track's start is drawn: a view that starts there is shown from it.
		const clamp = (offset: number) => Math.max(Math.min(cut.lead, room), Math.min(room, offset));
		const now = this.offset();
		const want = clamp(-this.#view.transform.x);
		if (Math.abs(clamp(now) - want) < 2) return;
		this.#scroller.scrollBy(placeOn(cut, want) - placeOn(cut, now));
	}

	/** Two fingers zoom by `factor` around client y `clientY`, and the time there stays there. */
	readonly pinch = (factor: number, clientY: number): void => {
		const y = unplaceFrom(this.#now().cut, clientY - this.#plot.getBoundingClientRect().top);
		const t = +this.#now().track.invert(y);
		this.#view.zoomBy(factor, { x: y + this.#view.transform.x, animate: false });
		flushSync();
		const { cut, track } = this.#now();
		this.#scroller.scrollBy(this.#plot.getBoundingClientRect().top + placeOn(cut, track(t)) - clientY);
		this.fromScroll();
	};
}
