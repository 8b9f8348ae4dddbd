/**
 * Scrolling the page to an article's sentence from the panel's "Read in the article": to the
 * middle of what the reader sees, below the sticky timeline when there is one.
 */
import { quoteAnchor } from '$lib/timeline/article-segments';

/** How much of the viewport's top `stage` covers: its height where it is sticky, else 0. */
export function stickyInset(stage: HTMLElement | undefined, height: number): number {
	return stage && getComputedStyle(stage).position === 'sticky' ? height : 0;
}

/**
 * Scrolls quote `n` of event `eventId` (or, when the article has no anchor for it, the
 * event's first quoted sentence) to the middle of the viewport below `inset` px, focuses it
 * and returns its anchor id; null when the page has no such sentence.
 */
export function scrollToQuote(eventId: string, n: number, options: { inset: number; smooth: boolean }): string | null {
	const target =
		document.getElementById(quoteAnchor(eventId, n)) ?? document.querySelector(`a.quote[data-event="${CSS.escape(eventId)}"]`);
	if (!(target instanceof HTMLElement)) return null;
	const box = target.getBoundingClientRect();
	const middle = options.inset + (innerHeight - options.inset) / 2;
	scrollBy({ top: box.top + box.height / 2 - middle, behavior: options.smooth ? 'smooth' : 'auto' });
	target.focus({ preventScroll: true });
	return target.id;
}
