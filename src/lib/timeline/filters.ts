/**
 * Filtering the events by group, tag and actor, and the search words, as plain values: what
 * a filter keeps, how many events each choice would show, and the filter as URL parameters
 * (`?group=id&tags=a,b&actors=…&q=…`, docs/embed.md).
 */
import type { EventRecord, Group } from './types';
import { en, type Messages } from '$lib/i18n/messages/en';
import { fill } from '$lib/i18n/plural';

/** The words of a dropped filter, a catalogue's `filters` section. */
type FilterWords = Messages['filters'];

/** What the reader has chosen to see. Empty lists and a null group keep everything. */
export interface Filter {
	/** Keep events in this group (a group's id, or {@link NO_GROUP}); null for all groups. */
	group: string | null;
	/** Keep events with any of these tags. */
	tags: readonly string[];
	/** Keep events with any of these actors. */
	actors: readonly string[];
	/** The search box's words; they find events, they do not hide any. */
	q: string;
}

/** The group of events that name none, in a dataset with groups. */
export const NO_GROUP = 'other';

/** The filter that keeps everything. */
export const NO_FILTER: Filter = Object.freeze({ group: null, tags: Object.freeze([]), actors: Object.freeze([]), q: '' });

/** Whether `filter` hides anything (the search words never do). */
export function isFiltering(filter: Filter): boolean {
	return filter.group !== null || filter.tags.length > 0 || filter.actors.length > 0;
}

/** The group an event is shown in: its own, or {@link NO_GROUP}. */
export function groupOf(event: EventRecord): string {
	return event.group ?? NO_GROUP;
}

/** Whether `event` passes `filter`: in its group, with one of its tags, with one of its actors. */
export function matchesFilter(event: EventRecord, filter: Filter): boolean {
	if (filter.group !== null && groupOf(event) !== filter.group) return false;
	if (filter.tags.length && !filter.tags.some((tag) => event.tags?.includes(tag))) return false;
	if (filter.actors.length && !filter.actors.some((actor) => event.actors?.includes(actor))) return false;
	return true;
}

/** One choice of a facet, with how many events choosing it would show. */
export interface FacetValue {
	/** The tag, the actor, or the group's id. */
	value: string;
	/** The label to show: the tag or actor itself, or the group's title. */
	label: string;
	/** Events that have it and pass the other facets' choices. */
	count: number;
}

/** The choices of each facet, most frequent first (groups in their display order). */
export interface Facets {
	groups: FacetValue[];
	tags: FacetValue[];
	actors: FacetValue[];
}

/** The tags or actors of an event that has none. */
const NONE: readonly string[] = [];

/**
 * Each facet's choices and counts. Every value some event has is offered, so chips never
 * vanish while the reader filters; its count is of the events that pass the *other* facets'
 * choices, so it says what choosing it would show. A chosen value no event has is offered
 * too (with 0), so it can be unchosen.
 */
export function facetCounts(events: readonly EventRecord[], filter: Filter, groups: readonly Group[] = []): Facets {
	// One pass over the events per facet, with nothing made per event: a large dataset has many.
	const count = (values: (e: EventRecord) => readonly string[] | string, without: Partial<Filter>) => {
		const counts = new Map<string, number>();
		const rest = { ...filter, ...without };
		for (const event of events) {
			const add = matchesFilter(event, rest) ? 1 : 0;
			const list = values(event);
			if (typeof list === 'string') counts.set(list, (counts.get(list) ?? 0) + add);
			// A value listed twice counts once.
			else for (let i = 0; i < list.length; i++) if (list.indexOf(list[i]!) === i) counts.set(list[i]!, (counts.get(list[i]!) ?? 0) + add);
		}
		return counts;
	};
	const byCount = (counts: Map<string, number>, chosen: readonly string[]) => {
		for (const value of chosen) if (!counts.has(value)) counts.set(value, 0);
		return [...counts]
			.map(([value, n]) => ({ value, label: value, count: n }))
			.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
	};
	const groupCounts = count(groupOf, { group: null });
	const groupValues: FacetValue[] = groups.map((g) => ({ value: g.id, label: g.title, count: groupCounts.get(g.id) ?? 0 }));
	if (groups.length && (groupCounts.has(NO_GROUP) || filter.group === NO_GROUP)) {
		groupValues.push({ value: NO_GROUP, label: 'Other', count: groupCounts.get(NO_GROUP) ?? 0 });
	}
	return {
		groups: groupValues,
		tags: byCount(count((e) => e.tags ?? NONE, { tags: [] }), filter.tags),
		actors: byCount(count((e) => e.actors ?? NONE, { actors: [] }), filter.actors)
	};
}

/** A comma-separated list parameter, values trimmed, blanks and repeats dropped. */
function list(params: URLSearchParams, name: string): string[] {
	const raw = params.get(name);
	if (!raw) return [];
	return [...new Set(raw.split(',').map((value) => value.trim()).filter(Boolean))];
}

/** The filter a URL's query asks for; absent or empty parameters keep everything. */
export function parseFilterParams(params: URLSearchParams): Filter {
	const group = params.get('group')?.trim() || null;
	return { group, tags: list(params, 'tags'), actors: list(params, 'actors'), q: params.get('q')?.trim() ?? '' };
}

const NAMES = ['group', 'tags', 'actors', 'q'] as const;

/**
 * Writes `filter` into `params` (a copy), leaving out what keeps everything and keeping every
 * other parameter, so that a link carries the filter and nothing else changes.
 */
export function writeFilterParams(params: URLSearchParams, filter: Filter): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const name of NAMES) out.delete(name);
	if (filter.group !== null) out.set('group', filter.group);
	if (filter.tags.length) out.set('tags', filter.tags.join(','));
	if (filter.actors.length) out.set('actors', filter.actors.join(','));
	if (filter.q.trim()) out.set('q', filter.q.trim());
	return out;
}

/**
 * The parts of `filter` this dataset cannot match (an unknown group, tag or actor), each as a
 * sentence, and the filter without them: a stale link still opens, and says what it dropped.
 */
export function knownFilter(filter: Filter, facets: Facets, words: FilterWords = en.filters): { filter: Filter; unknown: string[] } {
	const unknown: string[] = [];
	const keep = (template: string, values: readonly string[], known: FacetValue[]) =>
		values.filter((value) => {
			const ok = known.some((f) => f.value === value && f.count > 0);
			if (!ok) unknown.push(fill(template, { value }));
			return ok;
		});
	let group = filter.group;
	if (group !== null && !facets.groups.some((g) => g.value === group)) {
		unknown.push(fill(words.noGroup, { value: group }));
		group = null;
	}
	return {
		filter: { group, tags: keep(words.noTag, filter.tags, facets.tags), actors: keep(words.noActor, filter.actors, facets.actors), q: filter.q },
		unknown
	};
}
