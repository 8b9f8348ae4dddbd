import { describe, expect, it } from 'vitest';
import { articleDataset } from '../data/article';
import { validateDataset } from '../data/schema';
import {
	draftEvent, draftMedia, emptyDocument, formatPlaces, formatSources, fromDatasetFile, fromMediaFile, mediaFile, parsePlaces, parseSources,
	splitList, toDatasetFile
} from './studio-document';

describe('splitList(text) reads names separated by commas or lines', () => {
	it.each([
		['Taliban, al-Qaeda', ['Taliban', 'al-Qaeda']],
		['Taliban\nal-Qaeda\n', ['Taliban', 'al-Qaeda']],
		[' , ,', []],
		['', []]
	])('%j', (text, expected) => {
		expect(splitList(text)).toEqual(expected);
	});
});

describe('parsePlaces(text) reads one place a line', () => {
	it.each([
		['Kabul; 34.55; 69.21; Kabul', [{ name: 'Kabul', lat: 34.55, lon: 69.21, region: 'Kabul' }]],
		['Doha; 25.29; 51.53', [{ name: 'Doha', lat: 25.29, lon: 51.53 }]],
		['A; 1; 2\n\nB; -3; -4', [{ name: 'A', lat: 1, lon: 2 }, { name: 'B', lat: -3, lon: -4 }]],
		['Half typed; 31.', [{ name: 'Half typed', lat: 31, lon: null }]],
		['No numbers', [{ name: 'No numbers', lat: null, lon: null }]]
	])('%j', (text, expected) => {
		expect(parsePlaces(text)).toEqual(expected);
	});

	it('formatPlaces writes what parsePlaces reads', () => {
		const places = [{ name: 'Kabul', lat: 34.55, lon: 69.21, region: 'Kabul' }, { name: 'Doha', lat: 25.29, lon: 51.53 }];
		expect(parsePlaces(formatPlaces(places))).toEqual(places);
	});
});

describe('parseSources(text) reads one source a line', () => {
	it.each([
		['Minutes | https://example.org/m', [{ title: 'Minutes', url: 'https://example.org/m' }]],
		['Report | Lead Inspector General, 2021', [{ title: 'Report', citation: 'Lead Inspector General, 2021' }]],
		['Only a title', [{ title: 'Only a title' }]],
		['A | b | c', [{ title: 'A', citation: 'b | c' }]],
		['Minutes | https://example.org/m | p. 4', [{ title: 'Minutes', url: 'https://example.org/m', citation: 'p. 4' }]]
	])('%j', (text, expected) => {
		expect(parseSources(text)).toEqual(expected);
	});

	it('formatSources writes what parseSources reads', () => {
		const sources = [{ title: 'Minutes', url: 'https://example.org/m' }, { title: 'Book', citation: 'p. 4' }, { title: 'Both', url: 'https://example.org/b', citation: 'p. 9' }];
		expect(parseSources(formatSources(sources))).toEqual(sources);
	});
});

describe('toDatasetFile(document) writes format 1.1', () => {
	const document = {
		article: { title: ' Bridge ', publication: 'The Courier', author: '', published: '2024-03-20', url: '', credit: '', text: 'It voted on March 12.' },
		events: [
			draftEvent({ id: 'vote', title: 'Vote', dateText: 'March 12', date: '2024-03-12', quotes: ['It voted on March 12.'], tags: 'council, vote' })
		],
		eras: [],
		groups: []
	};

	it('trims fields, leaves out blank optional ones and fills start and end from the date', () => {
		expect(toDatasetFile(document)).toEqual({
			version: 1.1,
			article: { title: 'Bridge', publication: 'The Courier', published: '2024-03-20', text: 'It voted on March 12.' },
			events: [
				{ id: 'vote', title: 'Vote', dateText: 'March 12', date: '2024-03-12', start: '2024-03-12', end: '2024-03-12', quotes: ['It voted on March 12.'], tags: ['council', 'vote'] }
			]
		});
	});

	it('writes a record only when one of its fields is filled', () => {
		const withRecord = { ...document, events: [{ ...document.events[0]!, recordDate: '2024-03-12', recordNote: 'Same.', recordSources: 'Minutes | https://example.org/m' }] };
		expect(toDatasetFile(withRecord).events[0]?.record).toEqual({
			date: '2024-03-12', start: '2024-03-12', end: '2024-03-12', note: 'Same.', sources: [{ title: 'Minutes', url: 'https://example.org/m' }]
		});
		expect(toDatasetFile(document).events[0]).not.toHaveProperty('record');
	});

	it('leaves out start and end while the date is still being typed', () => {
		const typing = { ...document, events: [{ ...document.events[0]!, date: '2024-0' }] };
		expect(toDatasetFile(typing).events[0]).not.toHaveProperty('start');
	});

	it('an empty document has an empty article and no events', () => {
		expect(toDatasetFile(emptyDocument())).toEqual({ version: 1.1, article: { title: '', publication: '', published: '' }, events: [] });
	});
});

describe('fromDatasetFile(dataset) opens a dataset for editing', () => {
	it('round-trips the article’s dataset through the document', () => {
		const again = toDatasetFile(fromDatasetFile(articleDataset));
		const result = validateDataset(again);
		expect(result.ok ? [] : result.issues).toEqual([]);
		if (result.ok) expect(result.dataset.events).toEqual(articleDataset.events);
	});

	it('joins an article text given as paragraphs', () => {
		const document = fromDatasetFile({ article: { title: 't', text: ['One.', 'Two.'] }, events: [] });
		expect(document.article.text).toBe('One.\n\nTwo.');
	});
});

describe('media in the studio document', () => {
	it('writes an image with its size as numbers and reads it back as typed', () => {
		const media = draftMedia('image', { url: ' /a.svg ', alt: 'A tower', width: '600', height: '400', credit: 'Illustration' });
		expect(mediaFile(media)).toEqual({ type: 'image', url: '/a.svg', alt: 'A tower', credit: 'Illustration', width: 600, height: 400 });
		expect(fromMediaFile(mediaFile(media))).toEqual({ ...media, url: '/a.svg' });
	});
	it('keeps a blank alt and a mistyped size, so the validator reports them at their fields', () => {
		expect(mediaFile(draftMedia('image', { url: '/a.svg', width: '60o' }))).toEqual({ type: 'image', url: '/a.svg', alt: '', width: '60o' });
	});
	it('writes a link with only the link fields', () => {
		const media = draftMedia('link', { url: 'https://youtu.be/abc', title: 'Video', alt: 'ignored', width: '3' });
		expect(mediaFile(media)).toEqual({ type: 'link', url: 'https://youtu.be/abc', title: 'Video' });
	});
	it('round-trips an event’s media through a dataset file', () => {
		const doc = { ...emptyDocument(), events: [draftEvent({ id: 'a', title: 'A', media: [draftMedia('link', { url: 'https://x.example', caption: 'C' })] })] };
		expect(fromDatasetFile(toDatasetFile(doc)).events[0]?.media).toEqual(doc.events[0]?.media);
	});
});
