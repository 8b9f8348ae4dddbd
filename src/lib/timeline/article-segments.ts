import { createPhraseFinder } from './text-search';
import { quoteAnchor } from './quote-anchor';
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

	const finder = quoteFinder(events);
	return paragraphs.map((paragraph) => {
		type Hit = { start: number; end: number; eventIds: string[]; anchor: string };
		const hits = new Map<string, Hit>();
		for (const { start, quote, eventId, n } of finder(paragraph)) {
			const end = start + quote.length;
			const same = hits.get(`${start}:${end}`);
			if (same) same.eventIds.push(eventId);
			else hits.set(`${start}:${end}`, { start, end, eventIds: [eventId], anchor: quoteAnchor(eventId, n) });
		}
		const ordered = [...hits.values()].sort((a, b) => a.start - b.start || b.end - a.end);
		const segments: Segment[] = [];
		let at = 0;
		for (const hit of ordered) {
			if (hit.start < at) continue;
			if (hit.start > at) segments.push({ text: paragraph.slice(at, hit.start), eventIds: [] });
			segments.push({ text: paragraph.slice(hit.start, hit.end), eventIds: hit.eventIds, anchor: hit.anchor });
			at = hit.end;
		}
		if (at < paragraph.length) segments.push({ text: paragraph.slice(at), eventIds: [] });
		return segments;
	});
}

interface QuoteRef {
	quote: string;
	eventId: string;
	n: number;
}

/**
 * A function that finds, in a paragraph, the first place of every quote that occurs in it,
 * in event order for quotes that start at the same place. Searching each of thousands of
 * quotes through every paragraph is quadratic; one automaton of all the quotes, built once,
 * answers for a paragraph in a pass over it (see createPhraseFinder).
 */
function quoteFinder(events: readonly EventRecord[]): (paragraph: string) => (QuoteRef & { start: number })[] {
	const byQuote = new Map<string, QuoteRef[]>();
	for (const event of events) {
		event.quotes.forEach((quote, n) => {
			if (quote.length === 0) return;
			const ref = { quote, eventId: event.id, n };
			const list = byQuote.get(quote);
			if (list) list.push(ref);
			else byQuote.set(quote, [ref]);
		});
	}
	const find = createPhraseFinder(byQuote.keys());
	return (paragraph) => {
		const found: (QuoteRef & { start: number })[] = [];
		for (const [quote, start] of find(paragraph).first) {
			for (const ref of byQuote.get(quote)!) found.push({ ...ref, start });
		}
		return found;
	};
}
