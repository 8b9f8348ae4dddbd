/**
 * Which input the timeline's zoom behaviour turns into gestures, and how far: the rules that
 * keep an embed from trapping the host page's scrolling, and a horizontal swipe that pans.
 */

/** Options for `TimelineView.attach`. */
export interface AttachOptions {
	/**
	 * When true (inside an embed), a plain wheel scrolls the host page and only Ctrl/⌘ + wheel
	 * (and trackpad pinch, which arrives as Ctrl + wheel) zooms; one finger scrolls the page.
	 */
	wheelNeedsModifier?: boolean;
	/** Called when a plain wheel was let through to the page, to show a hint. */
	onplainwheel?: () => void;
	/** Whether time runs right to left (the plot is mirrored): a swipe to the right then goes back in time. */
	reversed?: () => boolean;
}

/** Which events d3-zoom may turn into gestures. */
export function acceptsGesture(event: Event, options: AttachOptions): boolean {
	if (event.type === 'wheel') {
		const wheel = event as WheelEvent;
		if (options.wheelNeedsModifier && !wheel.ctrlKey && !wheel.metaKey) {
			options.onplainwheel?.();
			return false;
		}
		return true;
	}
	if (event.type === 'touchstart') return !options.wheelNeedsModifier || (event as TouchEvent).touches.length >= 2;
	const mouse = event as MouseEvent;
	return !mouse.ctrlKey && !mouse.button;
}

/**
 * d3-zoom's wheel delta, with line and page deltas taken into account; a trackpad pinch
 * arrives as a wheel event with ctrlKey and zooms a little faster, as d3 does.
 */
export function wheelDelta(event: WheelEvent): number {
	const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	return -event.deltaY * unit * (event.ctrlKey ? 5 : 1);
}

/**
 * A wheel listener (for the capture phase, before d3-zoom's) that turns a horizontal swipe, or
 * Shift + wheel, into `pan(dx)` in CSS pixels instead of a zoom; d3-zoom only zooms with the
 * wheel. `width()` is how far a page delta goes.
 */
export function horizontalWheel(width: () => number, pan: (dx: number) => void, reversed: () => boolean = () => false): (event: WheelEvent) => void {
	return (event) => {
		const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey;
		if (!horizontal || event.ctrlKey || event.metaKey) return;
		event.preventDefault();
		event.stopImmediatePropagation();
		const unit = event.deltaMode === 1 ? 16 : event.deltaMode ? width() : 1;
		// A swipe goes the way the fingers move on screen; on a mirrored plot that is the other way in time.
		const dx = event.deltaX ? event.deltaX * (reversed() ? -1 : 1) : event.deltaY;
		pan(dx * unit);
	};
}
