import { slugify } from '../time/id';
import type { DatasetFile } from './dataset-file';

/** A fixed order of keys for each kind of object in the format; nested kinds by field name. */
interface KeyOrder {
	keys: readonly string[];
	/** The order inside a field's object, or inside each object of a field's list. */
	fields?: Record<string, KeyOrder>;
}

const SOURCE: KeyOrder = { keys: ['title', 'url', 'citation'] };
const PLACE: KeyOrder = { keys: ['name', 'lat', 'lon', 'region'] };
const RECORD: KeyOrder = { keys: ['date', 'start', 'end', 'note', 'sources'], fields: { sources: SOURCE } };
const ARTICLE: KeyOrder = { keys: ['id', 'title', 'publication', 'author', 'published', 'credit', 'url', 'language', 'text'] };
const EVENT: KeyOrder = {
	keys: ['id', 'title', 'summary', 'dateText', 'date', 'start', 'end', 'quotes', 'article', 'group', 'record', 'places', 'actors', 'tags', 'media'],
	fields: { record: RECORD, places: PLACE }
};
const ERA: KeyOrder = { keys: ['id', 'title', 'date', 'start', 'end', 'note'] };
const GROUP: KeyOrder = { keys: ['id', 'title'] };
const DATASET: KeyOrder = {
	keys: ['$schema', 'version', 'article', 'articles', 'events', 'eras', 'groups'],
	fields: { article: ARTICLE, articles: ARTICLE, events: EVENT, eras: ERA, groups: GROUP }
};

/** A copy of `value` with its keys in `order`: known keys first, in the fixed order, then any others by name. */
function ordered(value: unknown, order: KeyOrder | undefined): unknown {
	if (Array.isArray(value)) return value.map((item) => ordered(item, order));
	if (typeof value !== 'object' || value === null) return value;
	const fields = value as Record<string, unknown>;
	const known = order?.keys ?? [];
	const rest = Object.keys(fields).filter((key) => !known.includes(key)).sort();
	const copy: Record<string, unknown> = {};
	for (const key of [...known, ...rest]) {
		if (fields[key] === undefined) continue;
		copy[key] = ordered(fields[key], order?.fields?.[key]);
	}
	return copy;
}

/**
 * A dataset as the JSON file to download: format 1.1, pretty-printed with tabs like the
 * app's own data, with every object's keys in one fixed order (the order of
 * docs/data-format.md), so that saving the same timeline twice gives the same bytes and a
 * diff between two versions shows only what changed. Unknown keys come last, by name, so
 * the validator can still point at them.
 */
export function datasetJson(dataset: DatasetFile): string {
	return `${JSON.stringify(ordered(dataset, DATASET), null, '\t')}\n`;
}

/** The file name for a downloaded dataset: the article title as a slug, ".json". */
export function datasetFileName(title: string): string {
	return `${/[a-z0-9]/i.test(title.normalize('NFKD')) ? slugify(title) : 'timeline'}.json`;
}
