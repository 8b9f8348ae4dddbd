/**
 * The interface's languages: one file each in ./messages (its name is the BCP 47 language
 * code), found at build time, so adding a language is adding its file. English is in the
 * first load; every other language is its own small chunk, loaded only when asked for.
 */
import { en, type Messages } from './messages/en';
import { isRightToLeft } from './plural';

const loaders = import.meta.glob<Messages>(['./messages/*.ts', '!./messages/en.ts', '!./messages/en-*.ts'], { import: 'default' });
const codeOf = (path: string) => path.replace(/^.*\/(.+)\.ts$/, '$1');

/** The languages the interface speaks, English first. */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(loaders).map(codeOf).sort()];

/** The interface's default language. */
export const DEFAULT_LANGUAGE = 'en';

/** Which way the language's text runs. */
export function direction(lang: string): 'ltr' | 'rtl' {
	return isRightToLeft(lang) ? 'rtl' : 'ltr';
}

/**
 * The first of `tags` (BCP 47, best first: `?lang=`, then the article's language) that the
 * interface speaks, by its closest match ("fr-CA" → "fr"); English when none is.
 */
export function matchLanguage(tags: readonly (string | null | undefined)[], languages: readonly string[] = LANGUAGES): string {
	for (const tag of tags) {
		if (!tag) continue;
		const lower = tag.trim().toLowerCase().replace(/_/g, '-');
		if (languages.includes(lower)) return lower;
		const primary = lower.split('-')[0] ?? '';
		if (languages.includes(primary)) return primary;
	}
	return DEFAULT_LANGUAGE;
}

/** A language and its messages, ready to render. */
export interface Locale {
	lang: string;
	messages: Messages;
}

/**
 * The English locale, always at hand. Its studio words are not part of it (they load with
 * the studio, see {@link withStudio}); nothing outside the studio reads them. Nor are the words
 * of the parts that load on demand (the image, the embed dialog, the printed list), which
 * read them through `withTools` (messages/en-tools.ts).
 */
export const ENGLISH: Locale = { lang: 'en', messages: en as Messages };

/** `locale` with the studio's words: English's own file of them is loaded now; other languages have them. */
export async function withStudio(locale: Locale): Promise<Locale> {
	if (locale.messages.studio) return locale;
	const { enStudio } = await import('./messages/en-studio');
	return { ...locale, messages: { ...locale.messages, studio: enStudio } };
}

/** Loads the messages of `lang` (one of {@link LANGUAGES}; anything else gives English). */
export async function loadLocale(lang: string): Promise<Locale> {
	const load = loaders[`./messages/${lang}.ts`];
	return load ? { lang, messages: await load() } : ENGLISH;
}
