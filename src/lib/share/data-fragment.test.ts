import { describe, expect, it } from 'vitest';
import { articleDataset } from '../data/article';
import { dataLink, decodeDataset, encodeDataset, fragmentText, LINK_LIMIT, linkTooLong, readDataFragment } from './data-fragment';

import data from '../data/afghanistan-2021.json';
import text from '../data/article.txt?raw';

/** The article's dataset as its file holds it, with the article text filled in. */
const file = { ...data, article: { ...data.article, text } };

describe('encodeDataset / decodeDataset carry any JSON through a link fragment', () => {
	it.each([
		['the article’s whole dataset', file],
		['text in any script, with emoji', { title: 'Zürich – 東京 – Kyiv 🇺🇦', text: '“quotes”\n\nparagraphs' }],
		['an empty object', {}],
		['a large list', Array.from({ length: 5000 }, (_, i) => ({ id: `event-${i}` }))]
	])('round-trips %s', (_, value) => {
		expect(decodeDataset(encodeDataset(value))).toEqual({ ok: true, json: value });
	});

	it('writes only base64url characters, so the link needs no escaping', () => {
		expect(encodeDataset(file)).toMatch(/^[A-Za-z0-9_-]+$/);
	});

	it('compresses: the article’s dataset is a fraction of its JSON', () => {
		expect(encodeDataset(file).length).toBeLessThan(JSON.stringify(file).length / 2);
	});
});

describe('decodeDataset(text) explains a corrupt or truncated fragment', () => {
	const good = encodeDataset(file);
	it.each([
		['an empty fragment', '', 'empty'],
		['cut short', good.slice(0, Math.floor(good.length / 2)), 'cut short'],
		['cut short by one character', good.slice(0, -1), 'cut short'],
		['characters outside base64url', `${good.slice(0, 20)}+/=${good.slice(20)}`, 'damaged'],
		['base64url that is not compressed data', 'SGVsbG8gd29ybGQ', 'damaged'],
		['compressed data that is not JSON', encodeDataset('x').replace(/^/, ''), '']
	])('%s', (_, text, words) => {
		const result = decodeDataset(text);
		if (words === '') {
			// A JSON string is JSON: it decodes, and validation rejects it later.
			expect(result).toEqual({ ok: true, json: 'x' });
			return;
		}
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(words);
	});
});

describe('readDataFragment(hash) reads the dataset a page was linked with', () => {
	it('returns null when the fragment carries no data', () => {
		expect(readDataFragment('')).toBeNull();
		expect(readDataFragment('#q-doha-agreement-0')).toBeNull();
	});

	it('validates what it carries and returns the normalised dataset', () => {
		const result = readDataFragment(new URL(dataLink('https://example.org/', file)).hash);
		expect(result?.ok).toBe(true);
		if (result?.ok) expect(result.dataset.events.map((e) => e.id)).toEqual(articleDataset.events.map((e) => e.id));
	});

	it('reads the data beside other fragment parameters, with or without the #', () => {
		const encoded = encodeDataset(file);
		expect(readDataFragment(`event=x&data=${encoded}`)?.ok).toBe(true);
	});

	it('lists the validator’s problems, with their paths, for an invalid dataset', () => {
		const broken = { ...file, events: [{ ...file.events[0], date: '2021-02-30' }] };
		const result = readDataFragment(`#data=${encodeDataset(broken)}`);
		expect(result).toMatchObject({ ok: false, message: expect.stringContaining('cannot be shown') });
		if (result && !result.ok) expect(result.issues.map((i) => i.path)).toContain('events[0].date');
	});

	it('says a damaged link is damaged, with no issues to list', () => {
		expect(readDataFragment('#data=AAAA')).toEqual({ ok: false, message: expect.stringContaining('damaged'), issues: [] });
	});
});

describe('dataLink(page, dataset) and linkTooLong(url)', () => {
	it('puts the dataset after #data= and drops any fragment the page had', () => {
		const link = dataLink('https://example.org/embed#old', { a: 1 });
		expect(link).toBe(`https://example.org/embed#data=${encodeDataset({ a: 1 })}`);
	});

	it.each([
		[LINK_LIMIT - 1, false],
		[LINK_LIMIT, false],
		[LINK_LIMIT + 1, true]
	])('a link of %i characters is too long: %s', (length, expected) => {
		expect(linkTooLong('x'.repeat(length))).toBe(expected);
	});
});

describe('fragmentText(hash) gives the JSON text a link carries, unparsed, for a worker', () => {
	it('inflates the data of a link, and gives null without data or for a damaged one', () => {
		const encoded = encodeDataset(articleDataset);
		expect(JSON.parse(fragmentText(`#data=${encoded}`) ?? 'null')).toEqual(articleDataset);
		expect(fragmentText('#top')).toBe(null);
		expect(fragmentText(`#data=${encoded.slice(0, 40)}`)).toBe(null);
	});
});
