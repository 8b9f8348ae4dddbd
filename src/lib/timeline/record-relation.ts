import { describeDate } from '$lib/time/describe-date';
import type { EventRecord } from './types';

/** How the public record's date relates to the article's. */
export type RecordRelation = 'same' | 'narrower' | 'differs';

/**
 * Compares the article's date with the public record's and says so in a plain sentence:
 * the same, a more precise date inside the article's, or a date the article's words do not
 * allow (the article's "ended in 2015" against the record's 28 December 2014). Returns null
 * when the event has no record.
 */
export function recordRelation(event: EventRecord): { relation: RecordRelation; sentence: string } | null {
	const record = event.record;
	if (!record) return null;
	const article = `the article’s “${event.dateText}” (${describeDate(event.date)})`;
	const theirs = describeDate(record.date);
	if (record.start === event.start && record.end === event.end) {
		return { relation: 'same', sentence: `The public record agrees with ${article}.` };
	}
	if (record.start >= event.start && record.end <= event.end) {
		return {
			relation: 'narrower',
			sentence: `The public record is more precise than ${article}: ${theirs}.`
		};
	}
	return {
		relation: 'differs',
		sentence: `The public record differs from ${article}: it gives ${theirs}.`
	};
}
