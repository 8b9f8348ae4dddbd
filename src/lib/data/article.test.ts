import { describe, expect, it } from 'vitest';
import { edtfRange } from '../time/edtf';
import data from './afghanistan-2021.json';
import text from './article.txt?raw';

// Read the file directly rather than through article.ts, which throws on the first
// invalid load: this way each broken quote or date fails its own test.
const paragraphs: string[] = data.article.text;
const article = { ...data.article, text: paragraphs.join('\n\n') };
const events = data.events;

/** The ids FACTS.md lists for the article's dated events. */
const FACT_IDS = [
	'overthrow-2001',
	'insurgency',
	'ofs-begins',
	'doha-agreement',
	'capitals-surrounded',
	'withdrawal-order',
	'ig-report',
	'khalilzad-hearing',
	'capitals-threatened'
];

const quotes = events.flatMap((event) => event.quotes.map((quote, index) => [`${event.id}.quotes[${index}]`, quote]));
const records = events.flatMap((event) => (event.record ? [[`${event.id}.record`, event.record] as const] : []));

describe('the article dataset', () => {
	it('holds the article as paragraphs that, joined by blank lines, are article.txt byte for byte', () => {
		expect(paragraphs.join('\n\n')).toBe(text);
	});

	it('loads through article.ts with the text of article.txt, unchanged', async () => {
		const { articleDataset } = await import('./article');
		expect(articleDataset.article.text).toBe(text);
		expect(articleDataset.articles).toEqual([articleDataset.article]);
		expect(articleDataset.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
	});

	it('gives every event the first and last day its date allows', async () => {
		const { articleDataset } = await import('./article');
		for (const event of articleDataset.events) expect({ start: event.start, end: event.end }).toEqual(edtfRange(event.date));
	});

	it('points editors to its JSON Schema', () => {
		expect(data.$schema).toBe('/data/schema.json');
	});

	it('keeps the article’s curly quotes and em dashes', () => {
		expect(article.text).toContain('’');
		expect(article.text).toContain('“');
		expect(article.text).toContain('—');
	});

	it('is headed by the article’s headline', () => {
		expect(article.text.startsWith(`${article.title}\n`)).toBe(true);
	});

	it('has every dated event FACTS.md lists, by its id', () => {
		expect(events.map((event) => event.id)).toEqual(expect.arrayContaining(FACT_IDS));
	});

	it('uses each id once, and only URL-safe slugs', () => {
		const ids = events.map((event) => event.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	it.each(quotes)('%s is a verbatim substring of the article', (_, quote) => {
		expect(quote.trim()).not.toBe('');
		expect(article.text).toContain(quote);
	});

	it.each(events.map((event) => [event.id, event.dateText]))('%s dateText “%s” is the article’s own words', (_, dateText) => {
		expect(article.text.toLowerCase()).toContain(dateText.toLowerCase());
	});

	it.each(records)('%s: its date parses and gives exactly its start and end', (_, { date, start, end }) => {
		expect(start <= end).toBe(true);
		expect(edtfRange(date)).toEqual({ start, end });
	});

	it('says where the record and the article disagree about when OEF ended', () => {
		const ofs = events.find((event) => event.id === 'ofs-begins');
		expect(ofs?.date).toBe('2015');
		expect(ofs?.record?.start).toBe('2014-12-28');
		expect(ofs?.record?.note).toMatch(/2014/);
	});

	it('gives every record source a title and a URL or citation', () => {
		for (const event of events) {
			for (const source of event.record?.sources ?? []) {
				expect(source.title).not.toBe('');
				expect(source.url ?? source.citation).toBeTruthy();
			}
		}
	});
});
