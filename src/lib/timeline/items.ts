import { DAY, dayToMs, markKind } from './dates';
import type { EventRecord, TimelineItem } from './types';

/** Milliseconds from the start of `start` to the midnight after `end` (exclusive). */
function span(start: string, end: string): { start: number; end: number } {
	return { start: dayToMs(start), end: dayToMs(end) + DAY };
}

/**
 * Events ready to draw: each event's calendar range as UTC milliseconds (end exclusive),
 * its mark kind from the precision of its date, and the same for its public record.
 * Sorted by start, then end; where the article's dates tie, by the record's start (the
 * record knows the report came out a day before the assessment); then by id, so the order
 * never depends on the input order.
 */
export function toTimelineItems(events: EventRecord[]): TimelineItem[] {
	return events
		.map((event): TimelineItem => {
			const item: TimelineItem = {
				id: event.id,
				event,
				...span(event.start, event.end),
				kind: markKind(event.date)
			};
			if (event.record) {
				item.record = { ...span(event.record.start, event.record.end), kind: markKind(event.record.date) };
			}
			return item;
		})
		.sort(
			(a, b) =>
				a.start - b.start ||
				a.end - b.end ||
				(a.record?.start ?? a.start) - (b.record?.start ?? b.start) ||
				(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		);
}
