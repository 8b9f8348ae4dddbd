/**
 * The dataset format: an article and the dated events it mentions.
 * docs/data-format.md is the reference for every field.
 */

/** A source of the public record: a title plus a URL or a printed citation. */
export interface Source {
	/** What the source is called ("DoD Inspector General news release"). */
	title: string;
	/** Where to read it, when it is online (http or https only). */
	url?: string;
	/** A citation for sources without a URL, or extra detail (publisher, date). */
	citation?: string;
}

/** A place an event happened, for a caption or a map. */
export interface Place {
	/** The place's name ("Lashkar Gah"). */
	name: string;
	/** Latitude in degrees, -90 to 90. */
	lat: number;
	/** Longitude in degrees, -180 to 180. */
	lon: number;
	/** The province, state or country it lies in, when that helps. */
	region?: string;
}

/** What the public record says about an event's date, kept apart from the article's claim. */
export interface RecordClaim {
	/** The record's date as EDTF (ISO 8601-2). */
	date: string;
	/** Earliest calendar day `date` allows, YYYY-MM-DD. */
	start: string;
	/** Latest calendar day `date` allows, YYYY-MM-DD. */
	end: string;
	/** Plain-text note: what the record says and, where it differs, how it differs from the article. */
	note: string;
	/** Where the record comes from; at least one. */
	sources: Source[];
}

/** One dated event the article mentions. */
export interface EventRecord {
	/** Stable, URL-safe slug: lowercase letters, digits and single hyphens. */
	id: string;
	/** A short headline. */
	title: string;
	/** One to three sentences in our own words, plain text. */
	summary: string;
	/** The article's own date words, verbatim ("in late 2001"). */
	dateText: string;
	/** What those words mean, as EDTF (ISO 8601-2): "2001-10~/2001-12~", "2015", "2020-02-29". */
	date: string;
	/** Earliest calendar day `date` allows, YYYY-MM-DD. */
	start: string;
	/** Latest calendar day `date` allows, YYYY-MM-DD. */
	end: string;
	/** Sentences of the article about this event, each a verbatim substring of the article text. */
	quotes: string[];
	/** What the public record says, when it adds to or differs from the article. */
	record?: RecordClaim;
	/** Where it happened. */
	places?: Place[];
	/** People and organisations involved. */
	actors?: string[];
	/** Free-form tags for filtering and styling. */
	tags?: string[];
}

/** The article the events come from. */
export interface ArticleMeta {
	/** The headline. */
	title: string;
	/** Where it appeared ("The Dispatch"). */
	publication: string;
	/** The author, when known. */
	author?: string;
	/** When it appeared, as EDTF; may be a range when the exact day is not confirmed. */
	published: string;
	/** A credit line shown under the timeline. */
	credit: string;
	/** The article online, when public. */
	url?: string;
	/** The article's text, paragraphs separated by a blank line; quotes are checked against it. */
	text: string;
}

/** A whole dataset: one article and its events. */
export interface Dataset {
	/** Format version; this document describes version 1. */
	version: 1;
	/** The article. */
	article: ArticleMeta;
	/** Its dated events, in any order (the app sorts them by `start`). */
	events: EventRecord[];
}

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
