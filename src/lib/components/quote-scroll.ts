/**
 * Scrolling the page to an article's sentence from the panel's "Read in the article": to the
 * middle of what the reader sees, below the sticky timeline when there is one.
 */
import { quoteAnchor } from '$lib/timeline/quote-anchor';

/** How much of the viewport's top `stage` covers: its height where it is sticky, else 0. */
export function stickyInset(stage: HTMLElement | undefined, height: number): number {
	return stage && getComputedStyle(stage).position === 'sticky' ? height : 0;
}

/**
 * The event asking the article to build its paragraphs up to an event's quote at once (a long
 * article is built a step at a time): dispatched on `document`, `detail: { eventId, anchor }`.
 */
export const REVEAL_QUOTE = 'timeline-reveal-quote';

/**
 * Scrolls quote `n` of event `eventId` (or, when the article has no anchor for it, the
 * event's first quoted sentence) to the middle of the viewport below `inset` px, focuses it
 * and returns its anchor id; null when the page has no such sentence.
 */
export function scrollToQuote(eventId: string, n: number, options: { inset: number; smooth: boolean }): string | null {
	const anchor = quoteAnchor(eventId, n);
	if (!document.getElementById(anchor)) document.dispatchEvent(new CustomEvent(REVEAL_QUOTE, { detail: { eventId, anchor } }));
	const target = document.getElementById(anchor) ?? document.querySelector(`a.quote[data-event="${CSS.escape(eventId)}"]`);
	if (!(target instanceof HTMLElement)) return null;
	const box = target.getBoundingClientRect();
	const middle = options.inset + (innerHeight - options.inset) / 2;
	scrollBy({ top: box.top + box.height / 2 - middle, behavior: options.smooth ? 'smooth' : 'auto' });
	target.focus({ preventScroll: true });
	return target.id;
}
