/**
 * A first, forgiving look at a dataset before it is validated: which articles it has, and
 * which of its quotes and date words occur in which article's text. Quotes are checked
 * against the article their event names, so the validator needs this before it starts;
 * reading everything first also lets one pass over each text answer for all its needles.
 */
import { searchText } from '../timeline/text-search';

/** The id a dataset's main article gets when it has none (every version-1 article). */
export const MAIN_ARTICLE_ID = 'article';

/** What the validator knows about one article before validating it. */
interface ArticleNeedles {
	/** Quotes (verbatim) that occur in its text; undefined when it has no usable text. */
	quotes?: Set<string>;
	/** Date words (lowercased) that occur in its text; undefined when it has no usable text. */
	words?: Set<string>;
}

/** The articles of a dataset by id, and the needles found in each. */
export interface ArticleTexts {
	/** Whether the dataset says it is version 1, whose stricter rules then apply. */
	version1: boolean;
	/** The main article's id: events that name no article come from it. */
	main: string;
	/** Every article id the dataset gives, with what was found in its text. */
	articles: Map<string, ArticleNeedles>;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);

/** The article's text as one string, or undefined when it is missing or not of the right type. */
function textOf(article: Loose, version1: boolean): string | undefined {
	const { text } = article;
	if (typeof text === 'string') return text;
	if (version1 || !Array.isArray(text) || !text.every((item) => typeof item === 'string')) return undefined;
	return text.join('\n\n');
}

/**
 * Reads any input (it need not be valid) for its articles and, for each article with a
 * text, which of the quotes and date words its events claim are found in it.
 */
export function readArticleTexts(input: unknown): ArticleTexts {
	const dataset = isObject(input) ? input : {};
	const version1 = dataset.version === 1;
	// Version 1 has one article, always called "article"; 1.1 may list several.
	const listed = !version1 && Array.isArray(dataset.articles) ? dataset.articles.filter(isObject) : [];
	const single = isObject(dataset.article) ? dataset.article : undefined;
	const all = listed.length > 0 ? listed : single ? [single] : [];
	const idOf = (article: Loose) => (!version1 && typeof article.id === 'string' ? article.id : MAIN_ARTICLE_ID);
	const main = all[0] ? idOf(all[0]) : MAIN_ARTICLE_ID;

	const quotes = new Map<string, string[]>();
	const words = new Map<string, string[]>();
	for (const event of Array.isArray(dataset.events) ? dataset.events.filter(isObject) : []) {
		// Version 1 has no `article` on events: one given is reported, and the main article used.
		const id = !version1 && typeof event.article === 'string' ? event.article : main;
		if (!quotes.has(id)) {
			quotes.set(id, []);
			words.set(id, []);
		}
		quotes.get(id)?.push(...strings(event.quotes));
		if (typeof event.dateText === 'string') words.get(id)?.push(event.dateText.toLowerCase());
	}

	const articles = new Map<string, ArticleNeedles>();
	for (const article of all) {
		const id = idOf(article);
		if (articles.has(id)) continue;
		const text = textOf(article, version1);
		if (text === undefined) {
			articles.set(id, {});
			continue;
		}
		articles.set(id, {
			quotes: searchText(text, quotes.get(id) ?? []).found,
			words: searchText(text.toLowerCase(), words.get(id) ?? []).found
		});
	}
	return { version1, main, articles };
}
