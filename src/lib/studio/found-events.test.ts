import { describe, expect, it } from 'vitest';
import { articleDataset } from '../data/article';
import { findEvents } from './found-events';

const text = articleDataset.article.text ?? '';
const published = articleDataset.article.published;

describe('findEvents(text, published) drafts events from an article', () => {
	const result = findEvents(text, published);
	const events = result.ok ? result.events : [];

	it('drafts at least the article’s dated events', () => {
		expect(result.ok).toBe(true);
		expect(events.length).toBeGreaterThanOrEqual(7);
	});

	it('quotes each sentence verbatim, at the offset it gives', () => {
		for (const event of events) expect(text.slice(event.start, event.start + event.quote.length)).toBe(event.quote);
	});

	it('points at the date words inside the sentence', () => {
		for (const event of events) expect(event.quote.slice(event.words.start, event.words.end)).toBe(event.dateText);
	});

	it('gives every found date’s offsets in the article, to highlight', () => {
		expect(result.ok && result.dates.length).toBeGreaterThanOrEqual(events.length);
		if (result.ok) for (const d of result.dates) expect(d.end).toBeGreaterThan(d.start);
	});

	it('keys are unique', () => {
		expect(new Set(events.map((e) => e.key)).size).toBe(events.length);
	});
});

describe('findEvents(text, published) explains a publication date it cannot use', () => {
	it.each(['', 'May 2021', '2021-13-01'])('%j', (published) => {
		const result = findEvents('It happened last year.', published);
		expect(result).toEqual({ ok: false, message: expect.stringContaining('is not a day or an interval of days') });
	});
});
