/**
 * Test fixtures made from the article's real dataset rather than typed out again, so the
 * tests of the state follow the data as it is published.
 */
import { articleDataset } from '$lib/data/article';
import { toTimelineItems } from '$lib/timeline/items';
import type { Dataset, TimelineItem } from '$lib/timeline/types';

/** The article's dataset, as the pages load it. */
export function realDataset(): Dataset {
	return articleDataset;
}

/** The article's events ready to draw, in time order. */
export function realItems(): TimelineItem[] {
	return toTimelineItems(articleDataset.events);
}

/** The article's dataset without the events `ids`: a draft that an editor cut short. */
export function withoutEvents(ids: readonly string[]): Dataset {
	return { ...articleDataset, events: articleDataset.events.filter((event) => !ids.includes(event.id)) };
}
