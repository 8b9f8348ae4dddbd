import { en, type Messages } from '$lib/i18n/messages/en';
import { fill, isolate } from '$lib/i18n/plural';
import { ENGLISH_DATES, type DateLocale } from '$lib/time/date-locale';
import { describeDate } from '$lib/time/describe-date';
import type { EventRecord } from './types';

/** The language of a relation's sentence: its date locale and its catalogue's `relation` words. */
export interface RelationWords {
	dates: DateLocale;
	relation: Messages['relation'];
}

/** How the public record's date relates to the article's. */
export type RecordRelation = 'same' | 'narrower' | 'differs';

/**
 * Compares the article's date with the public record's and says so in a plain sentence:
 * the same, a more precise date inside the article's, or a date the article's words do not
 * allow (the article's "ended in 2015" against the record's 28 December 2014). Returns null
 * when the event has no record.
 */
export function recordRelation(
	event: EventRecord,
	{ dates, relation: words }: RelationWords = { dates: ENGLISH_DATES, relation: en.relation }
): { relation: RecordRelation; sentence: string } | null {
	const record = event.record;
	if (!record) return null;
	const say = (template: string, values: Record<string, string>) => fill(template, values, dates.intl);
	const article = say(words.article, { words: isolate(event.dateText, dates.intl), meaning: describeDate(event.date, dates) });
	const theirs = describeDate(record.date, dates);
	const relation: RecordRelation =
		record.start === event.start && record.end === event.end ? 'same' : record.start >= event.start && record.end <= event.end ? 'narrower' : 'differs';
	return { relation, sentence: say(words[relation], { article, record: theirs }) };
}
