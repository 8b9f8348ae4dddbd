import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/schema';
import { isId } from '../time/id';
import { draftDataset } from './draft-dataset';

const article = readFileSync(new URL('../data/article.txt', import.meta.url), 'utf8');
const draft = draftDataset({ text: article, published: '2021-05-18/2021-05-30', publication: 'The Dispatch', author: 'Thomas Joscelyn' });

describe("draftDataset on the article's text", () => {
	it('is a valid format 1.1 dataset', () => {
		const result = validateDataset(draft);
		expect(result.ok ? [] : result.issues).toEqual([]);
		expect(draft.version).toBe(1.1);
	});

	it.each([
		['For the past two decades', '2001~/2021-05-30', '2001-01-01', '2021-05-30'],
		['2015', '2015', '2015-01-01', '2015-12-31'],
		['February 29, 2020', '2020-02-29', '2020-02-29', '2020-02-29'],
		['February 2021', '2021-02', '2021-02-01', '2021-02-28'],
		['the same day', '2021-05-18?', '2021-05-18', '2021-05-18'],
		['late 2001', '2001-10~/2001-12~', '2001-10-01', '2001-12-31'],
		['this year', '2021', '2021-01-01', '2021-12-31']
	])('has an event dated by "%s": %s, %s to %s', (words, date, start, end) => {
		const event = draft.events.find((e) => e.dateText.includes(words));
		expect(event).toMatchObject({ date, start, end });
		expect(event!.quotes[0]).toContain(event!.dateText);
	});

	it('has nothing for "on the march" and one event per dated sentence', () => {
		expect(draft.events.some((e) => e.quotes[0]!.includes('on the march'))).toBe(false);
		expect(new Set(draft.events.map((e) => e.quotes[0])).size).toBe(draft.events.length);
	});

	it('quotes whole sentences verbatim, without breaking "U.S." or "Rep."', () => {
		const text = draft.article.text.join('\n\n');
		for (const event of draft.events) expect(text).toContain(event.quotes[0]);
		const hearing = draft.events.find((e) => e.dateText === 'the same day')!;
		expect(hearing.quotes[0]).toMatch(/^By coincidence, Khalilzad testified before the U\.S\. House/);
	});

	it('gives unique, valid ids and short titles', () => {
		const ids = draft.events.map((e) => e.id);
		expect(ids.every(isId)).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toContain('khalilzad-testified-before-the-u-s-house-of');
		for (const event of draft.events) expect(event.title.split(' ').length).toBeLessThanOrEqual(9);
	});
});

describe('draftDataset', () => {
	it('picks the finest date of a sentence, and the article fields it is given', () => {
		const result = draftDataset({
			text: 'Budget talks\n\nIn 2019, the talks collapsed on March 3, 2019.',
			published: '2021-05-18',
			title: 'Budget talks',
			url: 'https://example.org/budget'
		});
		expect(result.events).toHaveLength(1);
		expect(result.events[0]).toMatchObject({ dateText: 'March 3, 2019', date: '2019-03-03' });
		expect(result.article).toEqual({
			title: 'Budget talks',
			publication: 'Unknown publication',
			published: '2021-05-18',
			url: 'https://example.org/budget',
			text: ['Budget talks', 'In 2019, the talks collapsed on March 3, 2019.']
		});
	});

	it('dates a sentence by the anaphor that opens it', () => {
		const result = draftDataset({ text: 'The deal was signed on May 4, 2020. Two days later, in 2020, troops left.', published: '2021-05-18' });
		expect(result.events[1]).toMatchObject({ dateText: 'Two days later', date: '2020-05-06?' });
	});

	it('lists events by date, earliest first, with ids given in text order', () => {
		const text = 'The bridge closed on May 3, 2021. It opened in 1950. Repairs began in 1950, too. It will reopen next year.';
		const result = draftDataset({ text, published: '2021-05-18' });
		expect(result.events.map((e) => e.dateText)).toEqual(['1950', '1950', 'May 3, 2021', 'next year']);
		// Two sentences of one date keep their text order.
		expect(result.events[0]!.quotes[0]).toBe('It opened in 1950.');
		// Ids come from the text order, so they stay put when the order changes.
		const again = draftDataset({ text: text.replace('May 3, 2021', 'May 3, 1940'), published: '2021-05-18' });
		expect(again.events[0]!.dateText).toBe('May 3, 1940');
		expect(again.events.map((e) => e.id).sort()).toEqual(result.events.map((e) => e.id).sort());
	});

	it('is in date order for the article', () => {
		const starts = draft.events.map((e) => e.start);
		expect(starts).toEqual([...starts].sort());
	});
});
