import { ID_MAX_LENGTH, slugify } from '../time/id';
import { edtfRange } from '../timeline/dates';
import { draftEvent, splitList, type DraftArticle, type DraftEvent, type StudioDocument } from './studio-document';

/**
 * The edits the studio makes to its document, each returning a new document and sharing
 * whatever it did not change, so the history can keep every step cheaply.
 */

/** An id made from `title` that no event in `document` uses yet. */
export function freshId(document: StudioDocument, title: string): string {
	const used = new Set(document.events.map((e) => e.id));
	const base = slugify(title || 'event');
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base.slice(0, ID_MAX_LENGTH - 8).replace(/-+$/, '')}-${n}`;
	return id;
}

/** The document with one article field changed. */
export function setArticleField(document: StudioDocument, field: keyof DraftArticle, value: string): StudioDocument {
	return { ...document, article: { ...document.article, [field]: value } };
}

/** The document with the fields of event `id` changed. */
export function updateEvent(document: StudioDocument, id: string, patch: Partial<Omit<DraftEvent, 'id'>>): StudioDocument {
	return { ...document, events: document.events.map((e) => (e.id === id ? { ...e, ...patch } : e)) };
}

/** The document with new events added at the end, each given an id of its own from its title. */
export function addEvents(document: StudioDocument, events: readonly Omit<DraftEvent, 'id'>[]): StudioDocument {
	let next = document;
	for (const fields of events) {
		next = { ...next, events: [...next.events, draftEvent({ ...fields, id: freshId(next, fields.title) })] };
	}
	return next;
}

/** The document without event `id`. */
export function removeEvent(document: StudioDocument, id: string): StudioDocument {
	return { ...document, events: document.events.filter((e) => e.id !== id) };
}

function joinText(a: string, b: string, separator: string): string {
	return [a.trim(), b.trim()].filter((t) => t !== '').join(separator);
}

function joinList(a: string, b: string): string {
	return [...new Set([...splitList(a), ...splitList(b)])].join(', ');
}

/**
 * The document with event `from` merged into event `into` (two drafts of one event): `into`
 * keeps its id, title, date and date words, gains the other's quotes, summary, places,
 * actors and tags, and keeps its record when it has one. `from` is removed.
 */
export function mergeEvents(document: StudioDocument, into: string, from: string): StudioDocument {
	const target = document.events.find((e) => e.id === into);
	const source = document.events.find((e) => e.id === from);
	if (!target || !source || into === from) return document;
	const merged: DraftEvent = {
		...target,
		title: target.title || source.title,
		summary: joinText(target.summary, source.summary, ' '),
		dateText: target.dateText || source.dateText,
		date: target.date || source.date,
		quotes: [...new Set([...target.quotes, ...source.quotes])],
		places: joinText(target.places, source.places, '\n'),
		actors: joinList(target.actors, source.actors),
		tags: joinList(target.tags, source.tags),
		...(target.recordDate || target.recordNote || target.recordSources
			? {}
			: { recordDate: source.recordDate, recordNote: source.recordNote, recordSources: source.recordSources })
	};
	return { ...document, events: document.events.filter((e) => e.id !== from).map((e) => (e.id === into ? merged : e)) };
}

function startOf(date: string): string {
	try {
		const range = edtfRange(date.trim());
		return `${range.start}/${range.end}`;
	} catch {
		// Dates still being typed sort last, in the order they were.
		return '\uffff';
	}
}

/** The document with its events in time order (first day, then last day); unreadable dates last. */
export function sortByDate(document: StudioDocument): StudioDocument {
	const keyed = document.events.map((event, index) => ({ event, index, key: startOf(event.date) }));
	keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
	return { ...document, events: keyed.map((k) => k.event) };
}
