/**
 * What the vertical layout scrolls: the page, or (an embed of fixed height) its own box. The
 * layout reads where the track is on screen from it and moves it, so the page's scroll and the
 * view's period stay one.
 */
export interface Scroller {
	/** The part of the window the scroller shows: its top and height in client px. */
	viewport(): { top: number; height: number };
	/** Scrolls by `dy` px, at once. */
	scrollBy(dy: number): void;
	/** Calls `listener` on every scroll; returns the function that stops it. */
	listen(listener: () => void): () => void;
}

/** The page's own scroll. */
export function windowScroller(): Scroller {
	return {
		viewport: () => ({ top: 0, height: window.innerHeight }),
		scrollBy: (dy) => window.scrollBy({ top: dy, behavior: 'instant' }),
		listen(listener) {
			window.addEventListener('scroll', listener, { passive: true });
			return () => window.removeEventListener('scroll', listener);
		}
	};
}

/** The scroll of `element`, a box of fixed height. */
export function elementScroller(element: HTMLElement): Scroller {
	return {
		viewport: () => ({ top: element.getBoundingClientRect().top, height: element.clientHeight }),
		scrollBy: (dy) => element.scrollBy({ top: dy, behavior: 'instant' }),
		listen(listener) {
			element.addEventListener('scroll', listener, { passive: true });
			return () => element.removeEventListener('scroll', listener);
		}
	};
}

/** The two fingers of a pinch: their distance and the client y halfway between them. */
export function pinchOf(touches: TouchList): { distance: number; y: number } | null {
	const [a, b] = [touches[0], touches[1]];
	if (touches.length !== 2 || !a || !b) return null;
	return { distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY), y: (a.clientY + b.clientY) / 2 };
}

/**
 * Listens for two-finger pinches on `element`: `onpinch(factor, y)` for each move (factor > 1
 * when the fingers part; y the client y between them). One finger is left to the browser,
 * which scrolls the page. Returns the cleanup.
 */
export function listenPinch(element: HTMLElement, onpinch: (factor: number, y: number) => void): () => void {
	let last: { distance: number; y: number } | null = null;
	const start = (event: TouchEvent) => {
		last = pinchOf(event.touches);
	};
	const move = (event: TouchEvent) => {
		const now = pinchOf(event.touches);
		if (!now || !last) return;
		event.preventDefault();
		if (last.distance > 0 && now.distance > 0) onpinch(now.distance / last.distance, now.y);
		last = now;
	};
	const end = (event: TouchEvent) => {
		last = pinchOf(event.touches);
	};
	element.addEventListener('touchstart', start, { passive: true });
	element.addEventListener('touchmove', move, { passive: false });
	element.addEventListener('touchend', end, { passive: true });
	element.addEventListener('touchcancel', end, { passive: true });
	return () => {
		element.removeEventListener('touchstart', start);
		element.removeEventListener('touchmove', move);
		element.removeEventListener('touchend', end);
		element.removeEventListener('touchcancel', end);
	};
}
