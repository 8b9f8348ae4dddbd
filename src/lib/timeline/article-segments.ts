import type { EventRecord } from './types';

/** A run of article text: plain, or a sentence that events quote. */
export interface Segment {
	/** The text, verbatim. */
	text: string;
	/** The events that quote exactly this run, in the order given; empty for plain text. */
	eventIds: string[];
	/** Anchor id of the run when it is a quote: `quote-<first event id>-<quote index>`. */
	anchor?: string;
}

/**
 * Splits the article text into paragraphs (at blank lines) and each paragraph into runs, so
 * that every sentence an event quotes can be highlighted and linked to its events. The
 * headline, which article files often repeat at the top, is left out. Overlapping quotes of
 * different lengths keep the first one found.
 */
export function segmentArticle(text: string, title: string, events: readonly EventRecord[]): Segment[][] {
	const paragraphs = text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p.length > 0 && p !== title.trim());

	return paragraphs.map((paragraph) => {
		type Hit = { start: number; end: number; eventIds: string[]; anchor: string };
		const hits: Hit[] = [];
		for (const event of events) {
			event.quotes.forEach((quote, n) => {
				const start = paragraph.indexOf(quote);
				if (start < 0 || quote.length === 0) return;
				const end = start + quote.length;
				const same = hits.find((h) => h.start === start && h.end === end);
				if (same) same.eventIds.push(event.id);
				else hits.push({ start, end, eventIds: [event.id], anchor: quoteAnchor(event.id, n) });
			});
		}
		hits.sort((a, b) => a.start - b.start || b.end - a.end);
		const segments: Segment[] = [];
		let at = 0;
		for (const hit of hits) {
			if (hit.start < at) continue;
			if (hit.start > at) segments.push({ text: paragraph.slice(at, hit.start), eventIds: [] });
			segments.push({ text: paragraph.slice(hit.start, hit.end), eventIds: hit.eventIds, anchor: hit.anchor });
			at = hit.end;
		}
		if (at < paragraph.length) segments.push({ text: paragraph.slice(at), eventIds: [] });
		return segments;
	});
}

/** The anchor id of an event's quote `n` in the article. */
export function quoteAnchor(eventId: string, n: number): string {
	return `quote-${eventId}-${n}`;
}
