import { validateDataset } from '../data/schema';
import type { EventFile, ImportNote, PlaceFile, SourceFile } from './dataset-file';
import { fromDatasetFile, type StudioDocument } from './studio-document';
import { importTimelineJsCsv, isTimelineJsCsv } from './timelinejs-csv';
import { importTimelineJs } from './timelinejs-import';

/** What kind of file was imported. */
export type ImportKind = 'dataset' | 'timelinejs' | 'timelinejs-csv';

/** The outcome of {@link importFile}: a document to edit with notes, or why the file cannot be read. */
export type FileImport =
	| { ok: true; kind: ImportKind; document: StudioDocument; notes: ImportNote[] }
	| { ok: false; message: string };

function record(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

function texts(value: unknown): string[] | undefined {
	return Array.isArray(value) ? value.map(text) : undefined;
}

/**
 * A dataset file that does not validate, read as far as it goes, so it can be opened and
 * fixed in the studio: text fields that are not text become empty, and the validator then
 * lists what is still wrong with its path.
 */
function looseDataset(json: Record<string, unknown>) {
	const article = record(json.article) ?? record(Array.isArray(json.articles) ? json.articles[0] : undefined) ?? {};
	const events = (Array.isArray(json.events) ? json.events : []).map((value, index): EventFile => {
		const e = record(value) ?? {};
		const rec = record(e.record);
		return {
			id: text(e.id) || `event-${index + 1}`,
			title: text(e.title),
			summary: text(e.summary),
			dateText: text(e.dateText),
			date: text(e.date),
			quotes: texts(e.quotes) ?? [],
			// Places and sources keep whatever they hold: the validator names what is wrong in them.
			...(Array.isArray(e.places) ? { places: e.places.filter(record) as unknown as PlaceFile[] } : {}),
			...(texts(e.actors) ? { actors: texts(e.actors) } : {}),
			...(texts(e.tags) ? { tags: texts(e.tags) } : {}),
			...(rec ? { record: { date: text(rec.date), note: text(rec.note), sources: (Array.isArray(rec.sources) ? rec.sources.filter(record) : []) as unknown as SourceFile[] } } : {})
		};
	});
	const articleText = Array.isArray(article.text) ? article.text.map(text) : text(article.text);
	return {
		article: {
			title: text(article.title), publication: text(article.publication), author: text(article.author),
			published: text(article.published), credit: text(article.credit), url: text(article.url), text: articleText
		},
		events
	};
}

/**
 * Reads a file given to the studio's Import control: a dataset in format 1 or 1.1, a
 * TimelineJS JSON file, or a CSV in the TimelineJS template's columns, told apart by
 * content rather than by name. A dataset with problems still opens, with a note, so it can
 * be fixed; anything else unreadable gets a message saying what the file should be.
 */
export function importFile(name: string, content: string, today: string): FileImport {
	const body = content.replace(/^\ufeff/, '');
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch (error) {
		if (isTimelineJsCsv(body)) {
			const result = importTimelineJsCsv(body, { today });
			return { ok: true, kind: 'timelinejs-csv', document: fromDatasetFile(result.dataset), notes: result.notes };
		}
		if (/\.json$/i.test(name)) return { ok: false, message: `“${name}” is not valid JSON: ${(error as Error).message}.` };
		return {
			ok: false,
			message: `“${name}” is neither JSON nor a CSV with the TimelineJS template’s columns (it needs at least Year and Headline).`
		};
	}
	const file = record(json);
	if (file && 'version' in file) {
		const result = validateDataset(json);
		if (result.ok) return { ok: true, kind: 'dataset', document: fromDatasetFile(result.dataset), notes: [] };
		const count = result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`;
		return {
			ok: true,
			kind: 'dataset',
			document: fromDatasetFile(looseDataset(file)),
			notes: [{ path: '', message: `The file has ${count}; they are listed under Problems, to fix here.` }]
		};
	}
	if (file && Array.isArray(file.events)) {
		const result = importTimelineJs(json, { today });
		return { ok: true, kind: 'timelinejs', document: fromDatasetFile(result.dataset), notes: result.notes };
	}
	return {
		ok: false,
		message: `“${name}” is JSON but neither a timeline dataset (it has no "version") nor a TimelineJS file (it has no "events" list).`
	};
}
