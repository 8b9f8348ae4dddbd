/**
 * The dataset format's types, inferred from its schema (src/lib/data/dataset-schema.ts,
 * where every field is documented), so they cannot drift apart from what the validator
 * accepts; plus the types the timeline derives from a dataset. docs/data-format.md is the
 * reference for every field.
 */
import type * as v from 'valibot';
import type { datasetSchema } from '../data/dataset-schema';
import type { PlaceSchema, RecordClaimSchema, SourceSchema } from '../data/fields';

/**
 * A whole dataset as validateDataset returns it, normalised: `articles` always present,
 * `article` its first; every event with `start`, `end` and `article` filled in.
 */
export type Dataset = v.InferOutput<ReturnType<typeof datasetSchema>>;

/** An article the events come from: id, headline, publication, date, credit and text (one string). */
export type Article = Dataset['article'];

/** The article the events come from; the name version 1 used for {@link Article}. */
export type ArticleMeta = Article;

/** One dated event an article mentions, with its calendar range filled in. */
export type EventRecord = Dataset['events'][number];

/** What the public record says about an event's date, kept apart from the article's claim. */
export type RecordClaim = v.InferOutput<typeof RecordClaimSchema>;

/** A source of the public record: a title plus a URL or a printed citation. */
export type Source = v.InferOutput<typeof SourceSchema>;

/** A place an event happened, for a caption or a map. */
export type Place = v.InferOutput<typeof PlaceSchema>;

/** How a date is drawn: a day is a point, a month a bar, anything vaguer a soft band. */
export type MarkKind = 'point' | 'bar' | 'band';

/** An event ready to draw: its calendar range as UTC milliseconds. */
export interface TimelineItem {
	/** The event's id. */
	id: string;
	/** The event itself. */
	event: EventRecord;
	/** Start of the first day the article's date allows (UTC ms). */
	start: number;
	/** End of the last day the article's date allows: midnight after it (UTC ms, exclusive). */
	end: number;
	/** Point, bar or soft band, from the date's precision. */
	kind: MarkKind;
	/** The record's more precise range, when the dataset has a record. */
	record?: { start: number; end: number; kind: MarkKind };
}

/** A labelled span drawn behind the events, with its first and last day filled in. */
export type Era = NonNullable<Dataset['eras']>[number];

/** A row of the timeline: an id events name in `group`, and its label. */
export type Group = NonNullable<Dataset['groups']>[number];

/** One media item of an event: an image, or a link shown as a card. */
export type Media = NonNullable<EventRecord['media']>[number];
