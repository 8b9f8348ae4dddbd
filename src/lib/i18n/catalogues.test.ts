import { describe, expect, it } from 'vitest';
import { en as reader, type Messages } from './messages/en';
import { enStudio } from './messages/en-studio';
import { enTools } from './messages/en-tools';
import { LANGUAGES } from './languages';
import { placeholders, type Plural } from './plural';

/** The English catalogue with its studio and tools' words, which live in files of their own. */
const en: Messages = { ...reader, studio: enStudio, ...enTools };
const catalogues = import.meta.glob<Messages>(['./messages/*.ts', '!./messages/en-*.ts'], { import: 'default', eager: true });
const byLanguage: Record<string, Messages> = { ...Object.fromEntries(Object.entries(catalogues).map(([path, messages]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), messages])), en };
const others = LANGUAGES.filter((lang) => lang !== 'en');

type Leaf = { path: string; value: unknown };

/** Every leaf of a catalogue with its dotted path; a plural message or a list is one leaf. */
function leaves(value: unknown, path = ''): Leaf[] {
	if (typeof value === 'object' && value !== null && !Array.isArray(value) && !('other' in value)) {
		return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
	}
	return [{ path, value }];
}

const isPlural = (value: unknown): value is Plural => typeof value === 'object' && value !== null && 'other' in value;

describe('the message catalogues', () => {
	it('are the five languages of the interface, one file each', () => {
		expect([...LANGUAGES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr']);
		expect(Object.keys(byLanguage).sort()).toEqual([...LANGUAGES].sort());
	});

	const english = leaves(en);

	it.each(others)('%s has every key of the English catalogue, and no other', (lang) => {
		const paths = leaves(byLanguage[lang]).map((leaf) => leaf.path);
		expect(paths.sort()).toEqual(english.map((leaf) => leaf.path).sort());
	});

	it.each(others)('%s keeps the placeholders of every message', (lang) => {
		const theirs = new Map(leaves(byLanguage[lang]).map((leaf) => [leaf.path, leaf.value]));
		for (const { path, value } of english) {
			const other = theirs.get(path);
			if (typeof value === 'string') {
				expect(typeof other, path).toBe('string');
				expect(placeholders(other as string), `${lang} ${path}`).toEqual(placeholders(value));
				expect((other as string).trim(), `${lang} ${path} is empty`).not.toBe('');
			} else if (isPlural(value)) {
				expect(isPlural(other), path).toBe(true);
				const forms = other as Plural;
				// `other` says it all; a form for one, two or zero may say the number in words instead.
				expect(placeholders(forms.other), `${lang} ${path}.other`).toEqual(placeholders(value.other));
				const allowed = new Set(Object.values(value).flatMap((form: string) => placeholders(form)));
				for (const form of Object.values(forms)) for (const name of placeholders(form)) expect(allowed.has(name), `${lang} ${path}: {${name}}`).toBe(true);
				const rules = new Intl.PluralRules(byLanguage[lang]!.meta.intl);
				for (const category of rules.resolvedOptions().pluralCategories) {
					if (category !== 'other') expect(forms[category] ?? forms.other, `${lang} ${path}.${category}`).toBeTruthy();
				}
			} else if (Array.isArray(value)) {
				expect((other as string[]).length, path).toBe(value.length);
				(other as string[]).forEach((item, i) => expect(placeholders(item), `${lang} ${path}[${i}]`).toEqual(placeholders(value[i] as string)));
			} else {
				expect(typeof other, path).toBe(typeof value);
			}
		}
	});

	it.each(others)('%s is translated: most of its messages differ from English', (lang) => {
		const theirs = new Map(leaves(byLanguage[lang]).map((leaf) => [leaf.path, leaf.value]));
		const strings = english.filter((leaf) => typeof leaf.value === 'string' && /[a-z]{4}/i.test(leaf.value.replace(/\{\w+\}/g, '')));
		const same = strings.filter((leaf) => theirs.get(leaf.path) === leaf.value).map((leaf) => leaf.path);
		// Words that are the same in both ("Zoom", "Studio") are few.
		expect(same.length, same.join(', ')).toBeLessThan(strings.length * 0.05);
	});

	it('writes Arabic in Arabic script', () => {
		const ar = byLanguage.ar!;
		for (const { path, value } of leaves(ar)) {
			if (typeof value !== 'string' || path.startsWith('meta.intl') || !value.replace(/\{\w+\}/g, '').trim()) continue;
			// Names, formats, keys and addresses stay as they are written.
			const letters = value
				.replace(/\S*\/\S*/g, '')
				.replace(/\{\w+\}|JSON|BCP 47|iframe|Tab|Enter|fr|es-MX|UTC|\+ C|html|txt|EDTF|TimelineJS|CSV|YouTube|Vimeo|Instagram|Bluesky|\bX\b/g, '');
			expect(letters, path).not.toMatch(/[A-Za-z]/);
		}
	});
});
