import { draftDataset } from '../datefinder/draft-dataset';
import { findDates } from '../datefinder/find-dates';

/** An event the date finder drafted from one sentence of the article, for someone to keep or not. */
export interface FoundEvent {
	/** A key for the list, unique in one run of the finder. */
	key: string;
	/** A drafted title. */
	title: string;
	/** The date words, verbatim. */
	dateText: string;
	/** Their meaning, EDTF. */
	date: string;
	/** The sentence, verbatim from the article. */
	quote: string;
	/** Where the sentence starts in the article text. */
	start: number;
	/** Where the date words are inside the sentence, [start, end). */
	words: { start: number; end: number };
}

/** The outcome of {@link findEvents}. */
export type FindResult =
	| { ok: true; events: FoundEvent[]; dates: { start: number; end: number }[] }
	| { ok: false; message: string };

/**
 * Runs the date finder over an article: every date it found (offsets into `text`, for
 * highlighting) and one drafted event per sentence that carries a date, in text order.
 * `published` anchors words like "last year"; a value that is not an EDTF day or interval
 * gets a message instead.
 */
export function findEvents(text: string, published: string): FindResult {
	let drafted: ReturnType<typeof draftDataset>;
	let dates: { start: number; end: number }[];
	try {
		dates = findDates({ text, published }).map(({ start, end }) => ({ start, end }));
		drafted = draftDataset({ text, published });
	} catch {
		return { ok: false, message: `“${published}” is not a day or an interval of days, like 2021-05-18 or 2021-05-18/2021-05-30.` };
	}
	let cursor = 0;
	const events = drafted.events.map((event, index): FoundEvent => {
		const quote = event.quotes[0] ?? '';
		const found = text.indexOf(quote, cursor);
		const start = found < 0 ? text.indexOf(quote) : found;
		if (found >= 0) cursor = found;
		const at = quote.indexOf(event.dateText);
		return {
			key: `${index}-${event.id}`,
			title: event.title,
			dateText: event.dateText,
			date: event.date,
			quote,
			start,
			words: at < 0 ? { start: 0, end: 0 } : { start: at, end: at + event.dateText.length }
		};
	});
	return { ok: true, events, dates };
}
