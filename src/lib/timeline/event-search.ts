/**
 * Finding events by the words of their title, summary, quotes, places and actors, with
 * MiniSearch (a small, well-kept full-text index: prefix and typo-tolerant matching and
 * BM25 ranking, which a hand-written filter would not give).
 */
import MiniSearch from 'minisearch';
import type { EventRecord } from './types';

/** One event the words found, best first. */
export interface SearchHit {
	/** The event's id. */
	id: string;
	/** How well it matches; higher is better, only comparable within one search. */
	score: number;
}

/** An index of a dataset's events; build once per dataset. */
export interface EventSearch {
	/** The events matching every word of `query` (the last may be unfinished), best first. */
	search(query: string): SearchHit[];
}

type Doc = { id: string; title: string; summary: string; quotes: string; places: string; actors: string };

const FIELDS = ['title', 'summary', 'quotes', 'places', 'actors'] as const;

/** Lowercase, without accents, so "Kabul" finds "kābul" and the other way round. */
function normalise(term: string): string {
	return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function toDoc(event: EventRecord): Doc {
	return {
		id: event.id,
		title: event.title,
		summary: event.summary ?? '',
		quotes: event.quotes.join('\n'),
		places: (event.places ?? []).map((p) => [p.name, p.region].filter(Boolean).join(' ')).join('\n'),
		actors: (event.actors ?? []).join('\n')
	};
}

/**
 * Indexes `events`. A title counts most, then actors and places, then the summary, then the
 * quotes; words match as prefixes (the reader is still typing) and within a small typo.
 */
export function createEventSearch(events: readonly EventRecord[]): EventSearch {
	const index = new MiniSearch<Doc>({
		fields: [...FIELDS],
		processTerm: normalise,
		searchOptions: {
			boost: { title: 3, actors: 2, places: 2, summary: 1.5, quotes: 1 },
			prefix: (term, i, terms) => i === terms.length - 1 || term.length > 3,
			fuzzy: (term) => (term.length > 4 ? 0.2 : false),
			combineWith: 'AND'
		}
	});
	index.addAll(events.map(toDoc));
	return {
		search(query: string): SearchHit[] {
			if (!query.trim()) return [];
			return index.search(query).map((r) => ({ id: String(r.id), score: r.score }));
		}
	};
}
