/**
 * The language a page opens in, decided in its load function so the first render is already
 * in it: `?lang=`, else the dataset's `article.language`, else English; and `?timeDirection=`.
 * While prerendering there is no query string: the page is built in the dataset's language,
 * and the head's language script (lang-script.ts) sets `<html lang dir>` from `?lang=`.
 */
import { loadLocale, matchLanguage, type Locale } from './languages';
import { parseTimeDirection, type TimeDirection } from './i18n.svelte';

/** What a page's load returns for its language. */
export interface PageLocale {
	locale: Locale;
	timeDirection: TimeDirection | undefined;
}

/** The page's locale from its query (null while prerendering) and its dataset's language. */
export async function pageLocale(params: URLSearchParams | null, articleLanguage?: string): Promise<PageLocale> {
	const locale = await loadLocale(matchLanguage([params?.get('lang'), articleLanguage]));
	return { locale, timeDirection: parseTimeDirection(params?.get('timeDirection')) };
}
