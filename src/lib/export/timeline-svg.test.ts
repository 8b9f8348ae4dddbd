import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '$lib/data/schema';
import fr from '$lib/i18n/messages/fr';
import { dateLocale } from '$lib/time/date-locale';
import { realDataset, realItems } from '$lib/timeline/real-dataset';
import type { Dataset } from '$lib/timeline/types';
import { imageInput } from './image-input';
import { PALETTES } from './palette';
import { escapeXml, wrapWords } from './svg-text';
import { timelineSvg } from './timeline-svg';

const dataset = realDataset();
const input = imageInput(dataset);
const kestrel = (() => {
	const result = validateDataset(JSON.parse(readFileSync('static/examples/kestrel-point.json', 'utf8')));
	if (!result.ok) throw new Error('the example dataset is not valid');
	return result.dataset;
})();

/** Parses the SVG as resvg does (strict XML): throws on a document that is not well formed. */
const parse = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } });
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const font = (weight: 400 | 700, subset: 'latin' | 'latin-ext') => ({ weight, subset, unicodeRange: 'U+0000-00FF', base64: `${subset}${weight}` });
const FONTS = [font(400, 'latin'), font(700, 'latin'), font(400, 'latin-ext'), font(700, 'latin-ext')];

describe('timelineSvg({ ...input, range, theme, width })', () => {
	it('draws the whole timeline at the width asked, as well-formed SVG with its title', () => {
		const image = timelineSvg({ ...input, width: 900 });
		expect(image.width).toBe(900);
		expect(image.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="900" height="\d+"/);
		expect(image.svg).toContain(`<title>Timeline: ${escapeXml(dataset.article.title)}</title>`);
		const { width, height } = parse(image.svg);
		expect([width, height]).toEqual([900, image.height]);
	});

	it('asks to be drawn at twice its size with scale 2, its drawing unchanged', () => {
		const one = timelineSvg({ ...input, width: 600 });
		const two = timelineSvg({ ...input, width: 600, scale: 2 });
		expect(two.svg).toContain(`width="1200" height="${one.height * 2}" viewBox="0 0 600 ${one.height}"`);
		expect(two.svg.split('\n').slice(1)).toEqual(one.svg.split('\n').slice(1));
	});

	it('carries the headline, the period, every era, the legend and the credit line', () => {
		const lines = texts(timelineSvg({ ...input }).svg);
		expect(lines).toContain('2000 to 2022 · 9 events');
		expect(lines).toEqual(expect.arrayContaining(['Operation Enduring Freedom', 'Operation Freedom’s Sentinel']));
		expect(lines).toEqual(expect.arrayContaining(['a day', 'a month', 'a year or a vaguer date', 'the public record’s date', 'several events']));
		expect(lines).toContain('From The Dispatch, by Thomas Joscelyn, published 18 to 30 May 2021.');
		expect(lines.join(' ')).toContain('Public record dates come from the sources');
	});

	it('draws only the events of the period asked, and says which period it is', () => {
		const range = [Date.UTC(2020, 0, 1), Date.UTC(2021, 6, 1)] as const;
		const lines = texts(timelineSvg({ ...input, range }).svg);
		expect(lines[2]).toBe('January 2020 to June 2021 · 7 of 9 events');
		expect(lines).toContain('U.S.–Taliban withdrawal deal');
		expect(lines).not.toContain('U.S. and allies overthrow the Taliban’s Islamic Emirate');
	});

	it('draws the events it is given (a filter\'s), and counts them against all', () => {
		const items = realItems().slice(0, 3);
		const lines = texts(timelineSvg({ ...input, items }).svg);
		expect(lines).toContain('2000 to 2022 · 3 of 9 events');
	});

	it('draws a row per group with its label, or one row when asked', () => {
		expect(texts(timelineSvg({ ...imageInput(kestrel) }).svg)).toEqual(expect.arrayContaining(['COUNCIL', 'HARBOUR BOARD']));
		expect(texts(timelineSvg({ ...imageInput(kestrel), grouped: false }).svg)).not.toContain('COUNCIL');
	});

	it('says its words in the language it is given: title, period, count, legend, rows and credit line', () => {
		const locale = dateLocale(fr.meta.intl, fr.dates);
		const range = [Date.UTC(2020, 0, 1), Date.UTC(2021, 6, 1)] as const;
		const { svg } = timelineSvg({ ...imageInput(dataset, locale), range, words: fr, locale });
		const lines = texts(svg);
		expect(svg).toContain(`<title>Chronologie : ${escapeXml(dataset.article.title)}</title>`);
		expect(lines[2]).toBe('de janvier 2020 à juin 2021 · 7 événements sur 9');
		expect(lines).toEqual(expect.arrayContaining(['un jour', 'un mois', 'une année ou une date plus vague', 'la date du registre public', 'plusieurs événements']));
		expect(lines).toContain('Paru dans The Dispatch, par Thomas Joscelyn ; date de publication : du 18 au 30 mai 2021.');
		const ungrouped: Dataset = { ...kestrel, events: kestrel.events.map((e, i) => (i === 0 ? { ...e, group: undefined } : e)) };
		expect(texts(timelineSvg({ ...imageInput(ungrouped, locale), words: fr, locale }).svg)).toContain('AUTRES');
		expect(texts(timelineSvg({ ...imageInput(ungrouped) }).svg)).toContain('OTHER');
	});

	it('uses the chosen theme’s colours', () => {
		expect(timelineSvg({ ...input, theme: 'dark' }).svg).toContain(`fill="${PALETTES.dark.bg}"`);
		expect(timelineSvg({ ...input, theme: 'light' }).svg).not.toContain(PALETTES.dark.bg);
	});

	it('embeds the Latin fonts, and the Latin Extended ones only when a text needs them', () => {
		const plain = timelineSvg({ ...input, fonts: FONTS }).svg;
		expect(plain).toContain('base64,latin400');
		expect(plain).toContain('base64,latin700');
		expect(plain).not.toContain('latin-ext');
		const turkish: Dataset = { ...dataset, article: { ...dataset.article, title: 'Ağustos in İzmir' } };
		expect(timelineSvg({ ...imageInput(turkish), fonts: FONTS }).svg).toContain('base64,latin-ext700');
	});

	it('escapes a hostile headline and label, so they stay text and the file stays well formed', () => {
		const title = '</text><script>alert(1)</script> & "quotes" \u0001';
		const hostile: Dataset = {
			...dataset,
			article: { ...dataset.article, title, credit: '<a href="javascript:x">' },
			events: dataset.events.map((e, i) => (i === 0 ? { ...e, title: '<img src=x onerror=alert(1)>' } : e))
		};
		const { svg } = timelineSvg({ ...imageInput(hostile) });
		expect(svg).not.toMatch(/<script|<img|<a /);
		expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
		expect(() => parse(svg)).not.toThrow();
	});
});

describe('the image palette', () => {
	const css = readFileSync('src/lib/theme.css', 'utf8');
	it.each(Object.keys(PALETTES.light))('matches --timeline-%s of theme.css in light and dark', (name) => {
		const match = new RegExp(`--timeline-${name}: light-dark\\(([^,]+), ([^)]+)\\)`).exec(css);
		expect(match?.slice(1)).toEqual([PALETTES.light[name as keyof typeof PALETTES.light], PALETTES.dark[name as keyof typeof PALETTES.dark]]);
	});
});

describe('escapeXml(text) and wrapWords(text, maxChars, maxLines)', () => {
	it.each([
		['a < b & c > "d" \'e\'', 'a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;'],
		['bell\u0007 and null\u0000 dropped', 'bell and null dropped'],
		['lone surrogate \ud800 dropped', 'lone surrogate  dropped'],
		['emoji 🗞 kept', 'emoji 🗞 kept']
	])('escapes %j', (input, output) => {
		expect(escapeXml(input)).toBe(output);
	});

	it.each([
		{ text: 'one two three four', chars: 9, lines: 3, out: ['one two', 'three', 'four'] },
		{ text: 'one two three four', chars: 9, lines: 2, out: ['one two', 'three…'] },
		{ text: 'supercalifragilistic word', chars: 8, lines: 2, out: ['superca…', 'word'] },
		{ text: '', chars: 8, lines: 2, out: [] }
	])('wraps $text at $chars characters in at most $lines lines', ({ text, chars, lines, out }) => {
		expect(wrapWords(text, chars, lines)).toEqual(out);
	});
});
