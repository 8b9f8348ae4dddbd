import { describe, expect, it } from 'vitest';
import { segmentArticle } from './article-segments';
import { quoteAnchor } from './quote-anchor';
import type { EventRecord } from './types';

const event = (id: string, quotes: string[]): EventRecord => ({
	id,
	title: id,
	summary: '',
	dateText: '',
	date: '2020',
	start: '2020-01-01',
	end: '2020-12-31',
	quotes,
	article: 'article'
});

describe('segmentArticle(text, title, events)', () => {
	const text = 'Headline\n\nHeadline\n\nOne. Two “quoted”. Three.\n\nFour. Five.';

	it('drops the repeated headline and splits paragraphs at blank lines', () => {
		const paragraphs = segmentArticle(text, 'Headline', []);
		expect(paragraphs.map((p) => p.map((s) => s.text).join(''))).toEqual(['One. Two “quoted”. Three.', 'Four. Five.']);
	});

	it('cuts a paragraph around each quoted sentence, keeping every character', () => {
		const [first] = segmentArticle(text, 'Headline', [event('a', ['Two “quoted”.'])]);
		expect(first).toEqual([
			{ text: 'One. ', eventIds: [] },
			{ text: 'Two “quoted”.', eventIds: ['a'], anchor: 'quote-a-0' },
			{ text: ' Three.', eventIds: [] }
		]);
	});

	it('links one sentence to every event that quotes it', () => {
		const [, second] = segmentArticle(text, 'Headline', [event('a', ['Five.']), event('b', ['Five.'])]);
		expect(second?.[1]).toEqual({ text: 'Five.', eventIds: ['a', 'b'], anchor: quoteAnchor('a', 0) });
	});

	it('keeps the first of two overlapping quotes', () => {
		const [first] = segmentArticle(text, 'Headline', [event('a', ['One. Two']), event('b', ['Two “quoted”.'])]);
		expect(first?.filter((s) => s.eventIds.length).map((s) => s.eventIds)).toEqual([['a']]);
	});

	it('finds thousands of quotes, long and short, exactly where a plain search does', () => {
		const sentences = Array.from({ length: 3000 }, (_, i) => `Event ${i} happened on day ${(i * 7919) % 1000}.`);
		const paragraph = sentences.join(' ');
		const events = sentences.map((sentence, i) => event(`e${i}`, [i % 10 === 0 ? `Event ${i} ` : sentence]));
		const [segments] = segmentArticle(`Title\n\n${paragraph}`, 'Title', events);
		const quoted = segments!.filter((s) => s.eventIds.length);
		expect(segments!.map((s) => s.text).join('')).toBe(paragraph);
		for (const s of quoted) {
			const id = s.eventIds[0]!;
			const quote = events.find((e) => e.id === id)!.quotes[0]!;
			expect(s.text).toBe(quote);
		}
		// Every quote but those overlapping an earlier, longer one is linked.
		expect(quoted.length).toBeGreaterThan(2900);
	});
});
