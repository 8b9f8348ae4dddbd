/**
 * The dataset file the studio writes: format 1.1 as it is saved to disk or put in a link,
 * before validation fills in defaults. Kept apart from the validated `Dataset`, because a
 * draft is often not valid yet (an empty title, a date still being typed).
 */

/** A source of the public record: a title plus a URL or a citation. */
export interface SourceFile {
	title: string;
	url?: string;
	citation?: string;
}

/** A place an event happened. */
export interface PlaceFile {
	name: string;
	lat: number;
	lon: number;
	region?: string;
}

/** What the public record says about an event's date. */
export interface RecordFile {
	date: string;
	start?: string;
	end?: string;
	note: string;
	sources: SourceFile[];
}

/** The article, as written in the file. */
export interface ArticleFile {
	id?: string;
	title: string;
	publication: string;
	author?: string;
	published: string;
	credit?: string;
	url?: string;
	language?: string;
	text?: string | string[];
}

/** An event's image or link, as written in the file (see docs/data-format.md, media). */
export type MediaFile =
	| { type: 'image'; url: string; alt: string; caption?: string; credit?: string; width?: number; height?: number }
	| { type: 'link'; url: string; title?: string; poster?: string; caption?: string; credit?: string };

/** One event, as written in the file. */
export interface EventFile {
	id: string;
	title: string;
	summary?: string;
	dateText: string;
	date: string;
	start?: string;
	end?: string;
	quotes: string[];
	article?: string;
	record?: RecordFile;
	places?: PlaceFile[];
	actors?: string[];
	tags?: string[];
	media?: MediaFile[];
	group?: string;
}

/** An era, as written in the file. */
export interface EraFile {
	id: string;
	title: string;
	date: string;
	start?: string;
	end?: string;
	note?: string;
}

/** A group (a row), as written in the file. */
export interface GroupFile {
	id: string;
	title: string;
}

/** A whole dataset file in format 1.1. */
export interface DatasetFile {
	$schema?: string;
	version: 1 | 1.1;
	article: ArticleFile;
	articles?: ArticleFile[];
	events: EventFile[];
	eras?: EraFile[];
	groups?: GroupFile[];
}

/** Something an import could not carry over, or had to guess, and where. */
export interface ImportNote {
	/** Where in the imported file, like `events[3]` or `row 5`; empty for the file as a whole. */
	path: string;
	/** What happened to it, in plain words. */
	message: string;
}

/** What an import produced: the dataset and every note about what it left out or guessed. */
export interface ImportResult {
	dataset: DatasetFile;
	notes: ImportNote[];
}
