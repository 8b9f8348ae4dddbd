/**
 * The overview's window as drawn, and back. Zoomed in to a few weeks of twenty years, the view's
 * window is a pixel or two wide: too thin to grab, and d3-brush's resize handles (6 px, centred
 * on its edges) would cover it, so a drag would resize it instead of moving it. It is drawn at
 * least MIN_WINDOW_PX wide (WCAG 2.2's minimum target size), and slides from one end of the
 * strip to the other as the view's window does, always containing it.
 */

/** The narrowest window drawn, px. */
export const MIN_WINDOW_PX = 24;

/** The window drawn over a strip `width` px wide for the view's window `[x0, x1]`, px. */
export function drawnWindow([x0, x1]: readonly [number, number], width: number, min = MIN_WINDOW_PX): [number, number] {
	const w = x1 - x0;
	if (w >= min || width <= min) return [x0, x1];
	// x0 runs over [0, width - w] while the drawn window's left edge runs over [0, width - min].
	const left = (x0 * (width - min)) / (width - w);
	return [left, left + min];
}

/**
 * The view's window, `w` px wide, for a drawn window moved so that it starts at `left`: the
 * inverse of {@link drawnWindow} while the width stays the same.
 */
export function movedWindow(left: number, w: number, width: number, min = MIN_WINDOW_PX): [number, number] {
	if (w >= min || width <= min) return [left, left + w];
	const x0 = (left * (width - w)) / (width - min);
	return [x0, x0 + w];
}
