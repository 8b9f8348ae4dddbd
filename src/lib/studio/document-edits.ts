import { ID_MAX_LENGTH, slugify } from '../time/id';
import { edtfRange } from '../timeline/dates';
import { draftEvent, splitList, type DraftArticle, type DraftEra, type DraftEvent, type DraftGroup, type StudioDocument } from './studio-document';

/**
 * The edits the studio makes to its document, each returning a new document and sharing
 * whatever it did not change, so the history can keep every step cheaply.
 */

/** An id made from `title` that no event in `document` uses yet (or none of `taken`). */
export function freshId(document: StudioDocument, title: string, taken: readonly { id: string }[] = document.events): string {
	const used = new Set(taken.map((e) => e.id));
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

/** `list` with item `n` moved `delta` places (up is -1); unchanged when it would leave the list. */
export function moveItem<T>(list: readonly T[], n: number, delta: number): T[] {
	const to = n + delta;
	if (n < 0 || n >= list.length || to < 0 || to >= list.length) return [...list];
	const next = [...list];
	const [item] = next.splice(n, 1);
	next.splice(to, 0, item as T);
	return next;
}

/** The document with a new era at the end, its id made from `fields.title` (or "era"). */
export function addEra(document: StudioDocument, fields: Partial<DraftEra> = {}): StudioDocument {
	const era: DraftEra = { title: '', date: '', note: '', ...fields, id: freshId(document, fields.title || 'era', document.eras) };
	return { ...document, eras: [...document.eras, era] };
}

/**
 * The id an item gets when its title changes to `title`: a new one made from the title while
 * the id is still the one made from the old title ("era", "the-repairs-2"), so naming a new
 * era or group names its id too; the id as it is once someone has typed their own.
 */
function followingId(item: { id: string; title: string }, title: string, fallback: string, others: readonly { id: string }[]): string {
	const made = slugify(item.title || fallback);
	if (item.id !== made && item.id.replace(/-\d+$/, '') !== made.slice(0, ID_MAX_LENGTH - 8).replace(/-+$/, '')) return item.id;
	const used = new Set(others.map((o) => o.id));
	const base = slugify(title || fallback);
	let id = base;
	for (let k = 2; used.has(id); k++) id = `${base.slice(0, ID_MAX_LENGTH - 8).replace(/-+$/, '')}-${k}`;
	return id;
}

/** The document with the fields of era `n` changed; see {@link followingId} for its id. */
export function updateEra(document: StudioDocument, n: number, patch: Partial<DraftEra>): StudioDocument {
	const era = document.eras[n];
	if (!era) return document;
	const others = document.eras.filter((_, i) => i !== n);
	const id = patch.title !== undefined && patch.id === undefined ? followingId(era, patch.title, 'era', others) : (patch.id ?? era.id);
	return { ...document, eras: document.eras.map((e, i) => (i === n ? { ...e, ...patch, id } : e)) };
}

/** The document without era `n`. */
export function removeEra(document: StudioDocument, n: number): StudioDocument {
	return { ...document, eras: document.eras.filter((_, i) => i !== n) };
}

/** The document with a new group (a row) at the end, its id made from `fields.title` (or "group"). */
export function addGroup(document: StudioDocument, fields: Partial<DraftGroup> = {}): StudioDocument {
	const group: DraftGroup = { title: '', ...fields, id: freshId(document, fields.title || 'group', document.groups) };
	return { ...document, groups: [...document.groups, group] };
}

/**
 * The document with the fields of group `n` changed (its id as for an era's, see
 * {@link followingId}). A new id is carried to the events in the group, so renaming a group
 * never leaves its events behind.
 */
export function updateGroup(document: StudioDocument, n: number, patch: Partial<DraftGroup>): StudioDocument {
	const old = document.groups[n];
	if (!old) return document;
	const others = document.groups.filter((_, i) => i !== n);
	const id = patch.title !== undefined && patch.id === undefined ? followingId(old, patch.title, 'group', others) : (patch.id ?? old.id);
	const renamed = id !== old.id && old.id !== '';
	return {
		...document,
		groups: document.groups.map((g, i) => (i === n ? { ...g, ...patch, id } : g)),
		events: renamed ? document.events.map((e) => (e.group === old.id ? { ...e, group: id } : e)) : document.events
	};
}

/** The document without group `n`; its events are in no group. */
export function removeGroup(document: StudioDocument, n: number): StudioDocument {
	const old = document.groups[n];
	if (!old) return document;
	return {
		...document,
		groups: document.groups.filter((_, i) => i !== n),
		events: document.events.map((e) => (e.group === old.id ? { ...e, group: '' } : e))
	};
}

/** The document with group `n` moved `delta` rows (up is -1). */
export function moveGroup(document: StudioDocument, n: number, delta: number): StudioDocument {
	return { ...document, groups: moveItem(document.groups, n, delta) };
}
