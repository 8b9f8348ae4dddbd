import { ID_MAX_LENGTH, isId, slugify } from '../time/id';
import { describeDate } from '../timeline/dates';
import type { ArticleFile, EraFile, EventFile, GroupFile, ImportNote, ImportResult } from './dataset-file';
import { htmlToText } from './html-text';
import { timelineJsDate } from './timelinejs-date';

/** Options for {@link importTimelineJs}. */
export interface TimelineJsOptions {
	/** Today, YYYY-MM-DD: the article's publication date, since TimelineJS has none. */
	today: string;
	/** Where event `index` came from, for notes: `events[3]` by default, `row 5` for a sheet. */
	label?: (index: number) => string;
	/** Where era `index` came from, for notes: `eras[1]` by default, `row 6` for a sheet. */
	eraLabel?: (index: number) => string;
}

/** Slide fields the import reads; any other field is reported as not imported. */
const SLIDE_FIELDS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'unique_id', 'background', 'autolink', 'type']);
const FILE_FIELDS = new Set(['title', 'events', 'eras', 'scale']);

function record(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A field's text, HTML turned into plain text; '' when it is absent or not text. */
function plain(value: unknown): string {
	return typeof value === 'string' ? htmlToText(value) : typeof value === 'number' ? String(value) : '';
}

/** Whether a TimelineJS object field (media, background) holds anything. */
function present(value: unknown): boolean {
	const fields = record(value);
	if (fields) return Object.values(fields).some((v) => v !== '' && v !== null && v !== undefined);
	return value !== undefined && value !== null && value !== '';
}

/** The date words: the slide's display_date, else the start and end dates' own, else none. */
function displayDate(slide: Record<string, unknown>): string {
	const own = plain(slide.display_date);
	if (own) return own;
	const from = plain(record(slide.start_date)?.display_date);
	const to = plain(record(slide.end_date)?.display_date);
	return from && to ? `${from} – ${to}` : from || to;
}

/** `wanted`, or `wanted-2`, `wanted-3`… when an earlier event took it. */
function uniqueId(wanted: string, used: Set<string>): string {
	let id = wanted;
	for (let n = 2; used.has(id); n++) id = `${wanted.slice(0, ID_MAX_LENGTH - 8).replace(/-+$/, '')}-${n}`;
	used.add(id);
	return id;
}

/** The groups met so far, by their TimelineJS label, in the order first met. */
type Groups = Map<string, GroupFile>;

/** The id of the group labelled `label`, made the first time the label is met. */
function groupOf(label: string, groups: Groups): string {
	let group = groups.get(label);
	if (!group) {
		const used = new Set([...groups.values()].map((g) => g.id));
		group = { id: uniqueId(slugify(label) || 'group', used), title: label };
		groups.set(label, group);
	}
	return group.id;
}

function importSlide(
	slide: Record<string, unknown>,
	path: string,
	used: Set<string>,
	notes: ImportNote[],
	groups: Groups
): EventFile | undefined {
	const note = (message: string) => notes.push({ path, message });
	const date = timelineJsDate(slide.start_date, slide.end_date);
	if (!date.ok) {
		note(`${date.message}, so the event was not imported`);
		return undefined;
	}
	if (date.timeOfDay) note(`the time of day (${date.timeOfDay}) is not imported; the event keeps its day`);
	const text = record(slide.text);
	const headline = plain(text?.headline);
	const summary = plain(text?.text);
	const dateText = displayDate(slide) || describeDate(date.date);
	const title = headline || dateText;
	if (!headline) note(`has no headline, so its title is its date, “${title}”`);
	const given = typeof slide.unique_id === 'string' ? slide.unique_id : '';
	if (given && !isId(given)) note(`unique_id “${given}” is not a valid id (lowercase letters, digits and single hyphens), so one was made from it`);
	const id = uniqueId(given && isId(given) ? given : slugify(given || title), used);
	if (present(slide.media)) note('media is not imported yet');
	const group = plain(slide.group).trim();
	if (present(slide.background)) note('the background is not imported');
	for (const key of Object.keys(slide)) if (!SLIDE_FIELDS.has(key)) note(`“${key}” is not imported`);
	return {
		id,
		title,
		...(summary ? { summary } : {}),
		dateText,
		date: date.date,
		start: date.start,
		end: date.end,
		// Nothing in a TimelineJS file is a sentence of an article: the events are "not from the article".
		quotes: [],
		...(group ? { group: groupOf(group, groups) } : {})
	};
}

/** An era: its dates as a slide's, its headline as its name. */
function importEra(value: unknown, path: string, used: Set<string>, notes: ImportNote[]): EraFile | undefined {
	const era = record(value);
	const date = era && timelineJsDate(era.start_date, era.end_date);
	if (!era || !date) {
		notes.push({ path, message: 'is not an era object, so it was not imported' });
		return undefined;
	}
	if (!date.ok) {
		notes.push({ path, message: `${date.message}, so the era was not imported` });
		return undefined;
	}
	const headline = plain(record(era.text)?.headline);
	const title = headline || describeDate(date.date);
	if (!headline) notes.push({ path, message: `has no headline, so its name is its date, “${title}”` });
	return { id: uniqueId(slugify(title) || 'era', used), title, date: date.date, start: date.start, end: date.end };
}

function importTitle(title: Record<string, unknown> | undefined, notes: ImportNote[], today: string): ArticleFile {
	const text = record(title?.text);
	const headline = plain(text?.headline);
	const intro = plain(text?.text);
	const credit = plain(record(title?.media)?.credit);
	if (!headline) notes.push({ path: 'title', message: 'there is no title slide headline, so the timeline is called “Untitled timeline”' });
	if (present(record(title?.media)?.url)) notes.push({ path: 'title', message: 'media is not imported yet' });
	if (title && present(title.background)) notes.push({ path: 'title', message: 'the background is not imported' });
	notes.push({ path: 'article.publication', message: 'TimelineJS has no publication: fill it in' });
	notes.push({ path: 'article.published', message: `TimelineJS has no publication date, so today (${today}) is used: change it` });
	return {
		title: headline || 'Untitled timeline',
		publication: 'Unknown publication',
		published: today,
		...(credit ? { credit } : {}),
		...(intro ? { text: intro } : {})
	};
}

/**
 * A TimelineJS timeline (its JSON format) as a dataset in format 1.1: the title slide becomes
 * the article, each slide an event dated in EDTF at the precision given, with its display
 * date as the date words (else words made from the date), its headline as the title and its
 * text, HTML removed, as the summary; a slide's group becomes a group (a row), in the order
 * the groups are first met, and each era an era. Events have no quotes: nothing in them is
 * from an article. Whatever the format has no place for (media, backgrounds, times of day)
 * and every slide that cannot be imported is listed in the notes, with where it was.
 */
export function importTimelineJs(json: unknown, options: TimelineJsOptions): ImportResult {
	const notes: ImportNote[] = [];
	const file = record(json) ?? {};
	const label = options.label ?? ((index: number) => `events[${index}]`);
	const article = importTitle(record(file.title), notes, options.today);
	const slides = Array.isArray(file.events) ? file.events : [];
	if (!Array.isArray(file.events)) notes.push({ path: 'events', message: 'there is no list of events' });
	const used = new Set<string>();
	const events: EventFile[] = [];
	const groups: Groups = new Map();
	slides.forEach((slide, index) => {
		const fields = record(slide);
		if (!fields) return notes.push({ path: label(index), message: 'is not a slide object, so it was not imported' });
		const event = importSlide(fields, label(index), used, notes, groups);
		if (event) events.push(event);
	});
	const eraLabel = options.eraLabel ?? ((index: number) => `eras[${index}]`);
	const eraIds = new Set<string>();
	const eras = (Array.isArray(file.eras) ? file.eras : []).flatMap((era, index) => importEra(era, eraLabel(index), eraIds, notes) ?? []);
	if (file.scale === 'cosmological') notes.push({ path: 'scale', message: 'the cosmological scale is not imported; dates must be in the years 0 to 9999' });
	for (const key of Object.keys(file)) if (!FILE_FIELDS.has(key)) notes.push({ path: key, message: `“${key}” is not imported` });
	return {
		dataset: { version: 1.1, article, events, ...(groups.size ? { groups: [...groups.values()] } : {}), ...(eras.length ? { eras } : {}) },
		notes
	};
}
