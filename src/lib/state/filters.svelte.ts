/**
 * What the reader has chosen to see (group, tags, actors) and the search box's words, as
 * `$state`, so the timeline, the chips and the URL follow every change. The rules of a
 * filter are plain functions in src/lib/timeline/filters.ts.
 */
import { isFiltering, NO_FILTER, type Filter } from '$lib/timeline/filters';

/** See the module comment. */
export class FilterState {
	/** The group shown, or null for all. */
	group = $state<string | null>(null);
	/** Tags: an event with any of them is shown. */
	tags = $state.raw<readonly string[]>([]);
	/** Actors: an event with any of them is shown. */
	actors = $state.raw<readonly string[]>([]);
	/** The search box's words. */
	q = $state('');

	/** The filter as one plain value. */
	get value(): Filter {
		return { group: this.group, tags: this.tags, actors: this.actors, q: this.q };
	}

	/** Whether any choice hides events. */
	get active(): boolean {
		return isFiltering(this.value);
	}

	/** Sets the given parts of the filter; the rest stays. */
	set(next: Partial<Filter>): void {
		if (next.group !== undefined) this.group = next.group;
		if (next.tags !== undefined) this.tags = [...next.tags];
		if (next.actors !== undefined) this.actors = [...next.actors];
		if (next.q !== undefined) this.q = next.q;
	}

	/** The filter with `value` added to or taken from the `facet` list. */
	toggled(facet: 'tags' | 'actors', value: string): Partial<Filter> {
		const list = this[facet];
		return { [facet]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] };
	}

	/** Clears every choice; the search words stay. */
	cleared(): Partial<Filter> {
		return { group: NO_FILTER.group, tags: NO_FILTER.tags, actors: NO_FILTER.actors };
	}
}
