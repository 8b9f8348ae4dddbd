/**
 * Copies of the article's dataset file for tests, made from the real JSON in code rather
 * than typed out again: as written (1.1), as a version-1 file, and broken in known ways.
 */
import { edtfRange } from '../time/edtf';
import data from './afghanistan-2021.json';

/** The article's dataset file as written: version 1.1, paragraphs, no computed start/end. */
export type ArticleFile = typeof data;

/** A fresh deep copy of the article's dataset file. */
export function articleFile(): ArticleFile {
	return structuredClone(data);
}

/**
 * The same dataset as version 1 wrote it: one text string, every event's start and end
 * spelled out, no "$schema".
 */
export function asVersion1(file: ArticleFile = articleFile()): unknown {
	const { $schema: _schema, version: _version, article, events } = file;
	return {
		version: 1,
		article: { ...article, text: article.text.join('\n\n') },
		events: events.map((event) => ({ ...event, ...edtfRange(event.date) }))
	};
}

/** The problems {@link brokenFile} has, by path, in the order the validator reports them. */
export const BROKEN_PATHS = ['events[3].date', 'events[4].id', 'events[5].quotes[0]'];

/** The article's dataset with three problems: an impossible day, a bad id, a made-up quote. */
export function brokenFile(): unknown {
	const file = articleFile();
	file.events[3]!.date = '2021-02-30';
	file.events[4]!.id = 'Not a slug';
	file.events[5]!.quotes = ['A sentence the article does not have.'];
	return file;
}
