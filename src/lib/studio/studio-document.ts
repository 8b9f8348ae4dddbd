import { edtfRange } from '../timeline/dates';
import type { ArticleFile, DatasetFile, EraFile, EventFile, GroupFile, MediaFile, PlaceFile, RecordFile, SourceFile } from './dataset-file';

/**
 * The document the studio edits: every field as the text in its input, so that what someone
 * is half-way through typing ("31.5;", "2021-0") is kept as typed. {@link toDatasetFile}
 * turns it into a dataset file, and the validator says what is still wrong.
 */

/** The article's fields, as typed. */
export interface DraftArticle {
	title: string;
	publication: string;
	author: string;
	/** EDTF: a day or an interval of days. */
	published: string;
	url: string;
	credit: string;
	/** The article's language, a BCP 47 tag ("fr"); readers see the interface in it. Older drafts lack it. */
	language?: string;
	/** The article text, paragraphs separated by a blank line. */
	text: string;
}

/** One event's fields, as typed. */
export interface DraftEvent {
	/** The event's id, made once from its first title so links to it stay stable. */
	id: string;
	title: string;
	summary: string;
	dateText: string;
	/** EDTF. */
	date: string;
	/** Sentences of the article, verbatim. */
	quotes: string[];
	/** One place a line: "Name; latitude; longitude; region". */
	places: string;
	/** Comma- or line-separated names. */
	actors: string;
	/** Comma- or line-separated tags. */
	tags: string;
	/** The public record's date (EDTF); blank for no record. */
	recordDate: string;
	recordNote: string;
	/** One source a line: "Title | https://… | citation", the URL and the citation each optional. */
	recordSources: string;
	/** Images and links, each field as typed. */
	media: DraftMedia[];
	/** The id of the group (row) it is in; blank for none. */
	group: string;
}

/** An era (a labelled span behind the events), as typed. */
export interface DraftEra {
	id: string;
	title: string;
	/** EDTF, usually an interval: "2001-10-07/2014-12-28". */
	date: string;
	note: string;
}

/** A group (one row of the timeline), as typed; the list's order is the rows' order. */
export interface DraftGroup {
	id: string;
	title: string;
}

/** One image or link of an event, every field as typed; which fields apply depends on `type`. */
export interface DraftMedia {
	type: 'image' | 'link';
	url: string;
	/** Images: what the image shows (required). */
	alt: string;
	caption: string;
	credit: string;
	/** Images: pixels, as typed. */
	width: string;
	height: string;
	/** Links: the card's title and still image. */
	title: string;
	poster: string;
}

/** A new, empty media item of `type`. */
export function draftMedia(type: DraftMedia['type'], fields: Partial<DraftMedia> = {}): DraftMedia {
	return { type, url: '', alt: '', caption: '', credit: '', width: '', height: '', title: '', poster: '', ...fields };
}

/**
 * A media item as written to the file. An image keeps its `alt` even when blank, so the
 * validator says it is missing; a size that is not a number is written as typed, so the
 * validator reports it at its path instead of it vanishing.
 */
export function mediaFile(media: DraftMedia): MediaFile {
	const size = (key: 'width' | 'height') => {
		const text = media[key].trim();
		if (!text) return {};
		const n = Number(text);
		return { [key]: Number.isFinite(n) ? n : (text as unknown as number) };
	};
	const common = { url: media.url.trim(), ...optional('caption', media.caption), ...optional('credit', media.credit) };
	return media.type === 'image'
		? { type: 'image', ...common, alt: media.alt.trim(), ...size('width'), ...size('height') }
		: { type: 'link', ...common, ...optional('title', media.title), ...optional('poster', media.poster) };
}

/** The reverse of {@link mediaFile}. */
export function fromMediaFile(media: MediaFile): DraftMedia {
	return media.type === 'image'
		? draftMedia('image', { url: media.url, alt: media.alt, caption: media.caption ?? '', credit: media.credit ?? '', width: media.width?.toString() ?? '', height: media.height?.toString() ?? '' })
		: draftMedia('link', { url: media.url, title: media.title ?? '', poster: media.poster ?? '', caption: media.caption ?? '', credit: media.credit ?? '' });
}

/** Everything the studio edits. */
export interface StudioDocument {
	article: DraftArticle;
	events: DraftEvent[];
	/** The eras, in the order written (the timeline sorts them by date). */
	eras: DraftEra[];
	/** The groups, in the order of their rows. */
	groups: DraftGroup[];
}

/** A new, empty document. */
export function emptyDocument(): StudioDocument {
	return {
		article: { title: '', publication: '', author: '', published: '', url: '', credit: '', text: '' },
		events: [],
		eras: [],
		groups: []
	};
}

/**
 * A document as saved by any version of the studio: drafts kept before eras and groups
 * could be edited have neither, nor a group per event.
 */
export function fullDocument(document: Partial<StudioDocument> & Pick<StudioDocument, 'article' | 'events'>): StudioDocument {
	return {
		article: document.article,
		events: document.events.map((e) => (e.group === undefined ? { ...e, group: '' } : e)),
		eras: document.eras ?? [],
		groups: document.groups ?? []
	};
}

/** An event with only what is given filled in. */
export function draftEvent(fields: Partial<DraftEvent> & Pick<DraftEvent, 'id'>): DraftEvent {
	return {
		title: '', summary: '', dateText: '', date: '', quotes: [], places: '', actors: '', tags: '',
		recordDate: '', recordNote: '', recordSources: '', media: [], group: '', ...fields
	};
}

/** Names split on commas and line breaks, blanks dropped. */
export function splitList(text: string): string[] {
	return text.split(/[,\n]/).map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * "Kabul; 34.55; 69.21; Kabul" a line. A coordinate that is not a number becomes null, so
 * the validator reports it at its path instead of it vanishing.
 */
export function parsePlaces(text: string): PlaceFile[] {
	return text
		.split('\n')
		.map((line) => line.split(';').map((part) => part.trim()))
		.filter((parts) => parts.some((part) => part !== ''))
		.map(([name = '', lat = '', lon = '', region = '']) => {
			const number = (value: string) => (value !== '' && Number.isFinite(Number(value)) ? Number(value) : (null as unknown as number));
			return { name, lat: number(lat), lon: number(lon), ...(region ? { region } : {}) };
		});
}

/** The reverse of {@link parsePlaces}. */
export function formatPlaces(places: readonly PlaceFile[] | undefined): string {
	return (places ?? []).map((p) => [p.name, p.lat, p.lon, ...(p.region ? [p.region] : [])].join('; ')).join('\n');
}

/**
 * "Title | https://… | citation" a line, the URL and the citation each optional: "Title |
 * https://…", "Title | a printed citation". A line with no "|" is a title alone.
 */
export function parseSources(text: string): SourceFile[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line) => {
			const [title = '', ...rest] = line.split('|').map((part) => part.trim());
			const url = rest[0] && /^https?:\/\//i.test(rest[0]) ? rest.shift() : undefined;
			const citation = rest.join(' | ');
			return { title, ...(url ? { url } : {}), ...(citation ? { citation } : {}) };
		});
}

/** The reverse of {@link parseSources}. */
export function formatSources(sources: readonly SourceFile[] | undefined): string {
	return (sources ?? []).map((s) => [s.title, ...(s.url ? [s.url] : []), ...(s.citation ? [s.citation] : [])].join(' | ')).join('\n');
}

function optional<K extends string>(key: K, value: string): { [P in K]?: string } {
	const trimmed = value.trim();
	return (trimmed ? { [key]: trimmed } : {}) as { [P in K]?: string };
}

function rangeOf(date: string): { start: string; end: string } | undefined {
	try {
		return edtfRange(date);
	} catch {
		return undefined;
	}
}

function recordOf(event: DraftEvent): RecordFile | undefined {
	if (!event.recordDate.trim() && !event.recordNote.trim() && !event.recordSources.trim()) return undefined;
	const date = event.recordDate.trim();
	return { date, ...rangeOf(date), note: event.recordNote.trim(), sources: parseSources(event.recordSources) };
}

function eventFile(event: DraftEvent): EventFile {
	const date = event.date.trim();
	const record = recordOf(event);
	const places = parsePlaces(event.places);
	const actors = splitList(event.actors);
	const tags = splitList(event.tags);
	return {
		id: event.id,
		title: event.title.trim(),
		...optional('summary', event.summary),
		dateText: event.dateText.trim(),
		date,
		// Written out where the date has them, so viewers of format 1 read the file too.
		...rangeOf(date),
		quotes: event.quotes,
		...(record ? { record } : {}),
		...(places.length ? { places } : {}),
		...(actors.length ? { actors } : {}),
		...(tags.length ? { tags } : {}),
		...(event.media.length ? { media: event.media.map(mediaFile) } : {}),
		...(event.group.trim() ? { group: event.group.trim() } : {})
	};
}

function eraFile(era: DraftEra): EraFile {
	const date = era.date.trim();
	return { id: era.id.trim(), title: era.title.trim(), date, ...rangeOf(date), ...optional('note', era.note) };
}

/** The document as a dataset file in format 1.1 (not yet validated: see validateDataset). */
export function toDatasetFile(document: StudioDocument): DatasetFile {
	const a = document.article;
	const article: ArticleFile = {
		title: a.title.trim(),
		publication: a.publication.trim(),
		...optional('author', a.author),
		published: a.published.trim(),
		...optional('credit', a.credit),
		...optional('url', a.url),
		...optional('language', a.language ?? ''),
		...(a.text.trim() ? { text: a.text } : {})
	};
	return {
		version: 1.1,
		article,
		events: document.events.map(eventFile),
		...(document.eras.length ? { eras: document.eras.map(eraFile) } : {}),
		...(document.groups.length ? { groups: document.groups.map((g): GroupFile => ({ id: g.id.trim(), title: g.title.trim() })) } : {})
	};
}

/** What {@link fromDatasetFile} reads: a dataset file, or a validated dataset. */
interface DatasetLike {
	article: Partial<Omit<ArticleFile, 'text'>> & { text?: string | string[] };
	events: readonly EventFile[];
	eras?: readonly EraFile[];
	groups?: readonly GroupFile[];
}

/** A dataset (a file, or a validated one) as a document to edit. */
export function fromDatasetFile(dataset: DatasetLike): StudioDocument {
	const a = dataset.article;
	const text = Array.isArray(a.text) ? a.text.join('\n\n') : (a.text ?? '');
	return {
		article: {
			title: a.title ?? '', publication: a.publication ?? '', author: a.author ?? '', published: a.published ?? '',
			url: a.url ?? '', credit: a.credit ?? '', ...(a.language ? { language: a.language } : {}), text
		},
		events: dataset.events.map((e) =>
			draftEvent({
				id: e.id,
				title: e.title,
				summary: e.summary ?? '',
				dateText: e.dateText,
				date: e.date,
				quotes: [...e.quotes],
				places: formatPlaces(e.places),
				actors: (e.actors ?? []).join(', '),
				tags: (e.tags ?? []).join(', '),
				recordDate: e.record?.date ?? '',
				recordNote: e.record?.note ?? '',
				recordSources: formatSources(e.record?.sources),
				media: (e.media ?? []).map(fromMediaFile),
				group: e.group ?? ''
			})
		),
		eras: (dataset.eras ?? []).map((era) => ({ id: era.id, title: era.title, date: era.date, note: era.note ?? '' })),
		groups: (dataset.groups ?? []).map((g) => ({ id: g.id, title: g.title }))
	};
}
