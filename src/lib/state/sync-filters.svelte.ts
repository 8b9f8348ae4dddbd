import { facetCounts, isFiltering, knownFilter, NO_FILTER, parseFilterParams, writeFilterParams } from '$lib/timeline/filters';
import type { TimelineState } from './timeline-state.svelte';

/** How long the filter must rest before the URL follows it, in ms: typing writes it once. */
const SETTLE_MS = 300;

/** Options for {@link syncFilters}. */
export interface SyncFiltersOptions {
	/** Replaces the page's URL without navigating (SvelteKit's `replaceState`). */
	replace: (url: string) => void;
	/** Where the page is; `window.location` by default. */
	location?: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

/**
 * Keeps the filter and the search words in the page's URL (`group`, `tags`, `actors`, `q`):
 * opens on the filter the URL asks for, dropping (and saying so in the notice) a group, tag
 * or actor the dataset does not have, then writes each change back once it rests. Other
 * parameters are kept. Call it before {@link syncUrl}, so a linked event is looked for among
 * the events the filter shows. Returns the cleanup.
 */
export function syncFilters(state: TimelineState, options: SyncFiltersOptions): () => void {
	const where = options.location ?? location;
	const asked = parseFilterParams(new URLSearchParams(where.search));
	// Only a link that filters is checked against the dataset's facets, a pass over every event.
	const { filter, unknown } = isFiltering(asked)
		? knownFilter(asked, facetCounts(state.dataset.events, NO_FILTER, state.dataset.groups), state.i18n.m.filters)
		: { filter: asked, unknown: [] };
	state.filters.set(filter);
	if (unknown.length) state.notice = `${unknown.join(' ')} ${state.i18n.m.filters.restOfLink}`;

	return $effect.root(() => {
		$effect(() => {
			const value = state.filters.value;
			const timer = setTimeout(() => {
				const query = writeFilterParams(new URLSearchParams(where.search), value).toString();
				const url = `${where.pathname}${query ? `?${query}` : ''}${where.hash}`;
				if (url !== `${where.pathname}${where.search}${where.hash}`) options.replace(url);
			}, SETTLE_MS);
			return () => clearTimeout(timer);
		});
	});
}
