/**
 * A draft timeline from an article: its date mentions turned into a dataset in format 1.1,
 * one event per sentence that carries a date, for an editor to correct rather than write.
 */
import { isId, slugify } from '../time/id';
import type { Precision } from './date-value';
import { draftTitle } from './draft-title';
import { findDates, type Mention } from './find-dates';
import { splitSentences } from './sentences';

/** What the drafter needs to know about the article. */
export interface DraftOptions {
	/** The article's text, paragraphs separated by blank lines. */
	text: string;
	/** The publication date: an EDTF day or interval of days. */
	published: string;
	title?: string;
	publication?: string;
	author?: string;
	url?: string;
}

/** A drafted event, as format 1.1 writes it. */
export interface DraftEvent {
	id: string;
	title: string;
	dateText: string;
	date: string;
	start: string;
	end: string;
	quotes: string[];
}

/** A drafted dataset, as format 1.1 writes it. */
export interface DraftDataset {
	version: 1.1;
	article: {
		title: string;
		publication: string;
		author?: string;
		published: string;
		url?: string;
		text: string[];
	};
	events: DraftEvent[];
}

const FINENESS: Precision[] = ['day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'span'];

/**
 * The mention that dates a sentence's event: an anaphor that opens the sentence ("Two days
 * later, ...") is the sentence's own date; otherwise the finest mention that is not read from
 * another, then the earliest; an anaphor only when the sentence has nothing else.
 */
export function datingMention(mentions: Mention[], sentenceStart: number): Mention {
	const opening = mentions.find((m) => m.anaphoric && m.start - sentenceStart < 24);
	if (opening) return opening;
	const own = mentions.filter((m) => !m.anaphoric);
	const pool = own.length > 0 ? own : mentions;
	return pool.reduce((best, m) => (FINENESS.indexOf(m.precision) < FINENESS.indexOf(best.precision) ? m : best));
}

/** Paragraphs of a text: runs of lines between blank lines, trimmed. */
export function paragraphsOf(text: string): string[] {
	return text
		.split(/\n[ \t]*\n/)
		.map((p) => p.trim())
		.filter((p) => p.length > 0);
}

/** A unique, valid id for a title: its slug, with -2, -3... when taken. */
function uniqueId(title: string, taken: Set<string>): string {
	// Cut at a word's end, so the id reads as words: "khalilzad-testified-before".
	const long = slugify(title, 80);
	const base = long.length <= 48 ? long : long.slice(0, long.lastIndexOf('-', 48)) || long.slice(0, 48);
	let id = base;
	for (let n = 2; taken.has(id) || !isId(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** The article's title when none is given: its first paragraph when that reads as a headline. */
function headline(paragraphs: string[]): string {
	const first = paragraphs[0] ?? '';
	return first.length > 0 && first.length <= 160 && !/[.!?]["”’]?$/.test(first) ? first : 'Untitled article';
}

/**
 * The draft dataset for an article: one event per sentence with a date, each quoting its
 * sentence verbatim, in date order (earliest first; sentences of one date in text order), as a
 * timeline is read. Ids are given in text order, so they do not change when a date is edited. Throws when `published` is not an EDTF day or interval.
 */
export function draftDataset(options: DraftOptions): DraftDataset {
	const { text, published } = options;
	const mentions = findDates({ text, published });
	const sentences = splitSentences(text);
	const paragraphs = paragraphsOf(text);
	const bySentence = new Map<number, Mention[]>();
	for (const mention of mentions) {
		const list = bySentence.get(mention.sentence) ?? [];
		list.push(mention);
		bySentence.set(mention.sentence, list);
	}
	const taken = new Set<string>();
	const events: DraftEvent[] = [];
	for (const [index, list] of bySentence) {
		const sentence = sentences[index]!;
		const quote = text.slice(sentence.start, sentence.end);
		const mention = datingMention(list, sentence.start);
		const title = draftTitle(quote, mention.start - sentence.start, mention.end - sentence.start);
		events.push({
			id: uniqueId(title, taken),
			title,
			dateText: mention.text,
			date: mention.date,
			start: mention.from,
			end: mention.to,
			quotes: [quote]
		});
	}
	events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
	const article: DraftDataset['article'] = {
		title: options.title ?? headline(paragraphs),
		publication: options.publication ?? 'Unknown publication',
		published: published.trim(),
		text: paragraphs
	};
	if (options.author) article.author = options.author;
	if (options.url) article.url = options.url;
	return { version: 1.1, article, events };
}
