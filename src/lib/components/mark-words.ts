/**
 * What the horizontal and the vertical layout say of a mark, which of its parts they draw and
 * how its keys work: one place, so both layouts treat a mark alike.
 */
import type { I18n } from '$lib/i18n/i18n.svelte';
import { markLabel } from '$lib/timeline/layout';
import { countLabel, type Mark } from '$lib/timeline/marks';
import type { TimelineItem } from '$lib/timeline/types';
import { describeDate } from '$lib/time/describe-date';

/** Whether `mark` is the event `id`, or a cluster holding it; a cluster's events are listed only past its ends. */
export function markContains(mark: Mark, id: string | null): boolean {
	if (!id) return false;
	if (mark.type === 'event') return mark.item.id === id;
	if (mark.first.id === id || mark.last.id === id) return true;
	return mark.count > 2 && mark.items().some((i) => i.id === id);
}

/**
 * A mark's accessible name. A cluster's starts with what it shows (its count and period), so
 * a speech user can say what they see (WCAG 2.5.3).
 */
export function markName(mark: Mark, i18n: I18n): string {
	if (mark.type === 'event') {
		const e = mark.item.event;
		return i18n.t(i18n.m.marks.event, { title: i18n.own(e.title), dateText: i18n.own(e.dateText), date: describeDate(e.date, i18n.dates) });
	}
	const shown = `${countLabel(mark.count)} ${markLabel(mark, i18n.dates)}`;
	return `${shown}: ${i18n.plural(i18n.m.marks.cluster, mark.count, { date: describeDate(mark.first.event.date, i18n.dates), first: i18n.own(mark.first.event.title) })}`;
}

/** A mark's keys: Enter and Space open it, every other key goes to the layout's own keys. */
export function markKeydown<M>(event: KeyboardEvent, mark: M, onactivate: (mark: M) => void, onmarkkey: (event: KeyboardEvent, mark: M) => void): void {
	if (event.key === 'Enter' || event.key === ' ') {
		event.preventDefault();
		onactivate(mark);
		return;
	}
	onmarkkey(event, mark);
}

/** The record's range when it is more precise than, or differs from, the article's. */
export function recordOf(item: TimelineItem): TimelineItem['record'] | null {
	const r = item.record;
	if (!r || (r.start === item.start && r.end === item.end)) return null;
	return r;
}
