/**
 * The anchor id of an event's quote `n` in the article: the article view sets it, the panel
 * and the timeline link to it. On its own so that linking to a quote does not load the finder.
 */
export function quoteAnchor(eventId: string, n: number): string {
	return `quote-${eventId}-${n}`;
}
