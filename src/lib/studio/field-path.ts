/**
 * Which editor field a validator problem is about, so that clicking the problem focuses
 * the field to fix. Problem paths are the validator's (`events[3].record.sources[0].url`);
 * field ids are the editor's (`field-events-3-record-sources`).
 */

/** The event fields the editor has an input for, by the dataset key they write. */
const EVENT_FIELDS: Record<string, string> = {
	title: 'title',
	summary: 'summary',
	dateText: 'dateText',
	date: 'date',
	start: 'date',
	end: 'date',
	places: 'places',
	actors: 'actors',
	tags: 'tags',
	id: 'title',
	quotes: 'quotes',
	group: 'group'
};

const RECORD_FIELDS: Record<string, string> = {
	date: 'record-date',
	start: 'record-date',
	end: 'record-date',
	note: 'record-note',
	sources: 'record-sources'
};

const ARTICLE_FIELDS = new Set(['title', 'publication', 'author', 'published', 'url', 'credit', 'text', 'language']);

/** The id of the input for article field `field`. */
export function articleFieldId(field: string): string {
	return `field-article-${field}`;
}

/** The id of the input for field `field` of the event at `index`. */
export function eventFieldId(index: number, field: string): string {
	return `field-events-${index}-${field}`;
}

/** The id of the input for field `field` of era `index`. */
export function eraFieldId(index: number, field: string): string {
	return `field-eras-${index}-${field}`;
}

/** The id of the input for field `field` of group `index`. */
export function groupFieldId(index: number, field: string): string {
	return `field-groups-${index}-${field}`;
}

/** The era and group fields the editor has an input for; a computed start or end is in the date. */
const ERA_FIELDS: Record<string, string> = { id: 'id', title: 'title', date: 'date', start: 'date', end: 'date', note: 'note' };
const GROUP_FIELDS: Record<string, string> = { id: 'id', title: 'title' };

/**
 * The id of the editor field a problem at `path` is about: the field itself, or the nearest
 * one that holds it (a place's latitude is in the places field, a record's start in its
 * date). The article's first field for a problem with the whole article, undefined for a
 * problem with the whole dataset.
 */
export function fieldForPath(path: string): string | undefined {
	const list = /^(eras|groups)(?:\[(\d+)\](?:\.(\w+))?)?/.exec(path);
	if (list) {
		const [, kind, index, key] = list;
		if (index === undefined) return kind === 'eras' ? 'add-era' : 'add-group';
		return kind === 'eras' ? eraFieldId(Number(index), ERA_FIELDS[key ?? 'title'] ?? 'title') : groupFieldId(Number(index), GROUP_FIELDS[key ?? 'title'] ?? 'title');
	}
	const media = /^events\[(\d+)\]\.media(?:\[(\d+)\](?:\.(\w+))?)?/.exec(path);
	if (media) return eventFieldId(Number(media[1]), media[2] === undefined ? 'media' : `media-${media[2]}-${media[3] ?? 'url'}`);
	const event = /^events\[(\d+)\](?:\.(\w+))?(?:\[\d+\])?(?:\.(\w+))?/.exec(path);
	if (event) {
		const index = Number(event[1]);
		const [, , key, inner] = event;
		if (key === 'record') return eventFieldId(index, RECORD_FIELDS[inner ?? 'date'] ?? 'record-date');
		return eventFieldId(index, EVENT_FIELDS[key ?? 'title'] ?? 'title');
	}
	const article = /^articles?(?:\[0\])?(?:\.(\w+))?/.exec(path);
	if (article) return articleFieldId(article[1] && ARTICLE_FIELDS.has(article[1]) ? article[1] : 'title');
	return undefined;
}
