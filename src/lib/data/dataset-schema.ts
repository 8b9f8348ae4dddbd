/**
 * The dataset format, versions 1 and 1.1 (docs/data-format.md), as one valibot schema that
 * both checks a file and normalises it: start and end filled from `date`, an article's
 * paragraphs joined, every article and event given its article id. The TypeScript types of
 * the normalised dataset are inferred from it (see types.ts), and the JSON Schema for
 * editors is generated from its input side (json-schema.ts).
 */
import * as v from 'valibot';
import { edtfRange } from '../time/edtf';
import { MAIN_ARTICLE_ID, type ArticleTexts } from './article-texts';
import {
	Day,
	EdtfDate,
	endFits,
	endMessage,
	HttpUrl,
	Id,
	inOrder,
	Language,
	limitedText,
	LongText,
	orderMessage,
	PlaceSchema,
	quoted,
	QuoteText,
	received,
	RecordClaimSchema,
	startFits,
	startMessage,
	Text,
	TEXT_LIMITS
} from './fields';
import { EraSchema, GroupRef, GroupSchema, knownGroups } from './eras-groups-schema';
import { MediaListSchema } from './media-schema';

/** A field version 1.1 added, as version 1 sees it. */
const NOT_IN_VERSION_1 = v.optional(v.never(() => 'is a field of version 1.1: set "version" to 1.1 to use it'));

/** A field version 1.1 added: in a version-1 file it is reported, with the way out. */
function newIn11<T extends v.GenericSchema>(version1: boolean, schema: T): T {
	return version1 ? (NOT_IN_VERSION_1 as unknown as T) : schema;
}

/** A field version 1 requires and 1.1 made optional; typed as the 1.1 (optional) field. */
function optionalSince11<T extends v.GenericSchema>(version1: boolean, schema: T) {
	const optional = v.optional(schema);
	return version1 ? (schema as unknown as typeof optional) : optional;
}

const ArticleText = limitedText(TEXT_LIMITS.article);

/** One string, paragraphs separated by a blank line, or a list of paragraphs; comes out one string. */
const Paragraphs = v.pipe(
	v.union([ArticleText, v.array(ArticleText)], (issue) => `should be text or a list of paragraphs, not ${received(issue.input)}`),
	v.transform((text) => (typeof text === 'string' ? text : text.join('\n\n'))),
	v.maxLength(TEXT_LIMITS.article, (issue) => `is ${issue.input.length.toLocaleString('en-US')} characters long; the most is ${TEXT_LIMITS.article.toLocaleString('en-US')}`)
);

function articleEntries(version1: boolean) {
	return {
		/** The headline. */
		title: Text,
		/** Where it appeared ("The Dispatch"). */
		publication: Text,
		/** The author, when known. */
		author: v.optional(Text),
		/** When it appeared, as EDTF; may be a range when the exact day is not confirmed. */
		published: EdtfDate,
		/** A credit line shown under the timeline (required in version 1). */
		credit: optionalSince11(version1, LongText),
		/** The article online, when public. */
		url: v.optional(HttpUrl),
		/** The article's language as a BCP 47 tag ("en", "en-GB"). */
		language: newIn11(version1, v.optional(Language)),
		/**
		 * The article's text, paragraphs joined by a blank line; quotes are checked against it.
		 * Absent when the dataset does not carry it (a version-1 file must).
		 */
		text: version1 ? (ArticleText as unknown as v.OptionalSchema<typeof Paragraphs, undefined>) : v.optional(Paragraphs)
	};
}

/** The main article (`article`): its id is "article" unless it gives one. */
function mainArticleSchema(version1: boolean) {
	return v.pipe(
		v.strictObject({
			/** The article's id, which events name in `article`. */
			id: newIn11(version1, v.optional(Id)),
			...articleEntries(version1)
		}),
		v.transform(({ id, ...rest }) => ({ id: id ?? MAIN_ARTICLE_ID, ...rest }))
	);
}

/** An article of `articles`, which must give its id. */
const ListedArticleSchema = v.strictObject({
	/** The article's id, which events name in `article`. */
	id: Id,
	...articleEntries(false)
});

/** Reports each item whose `id` an earlier item of the same list already uses, at that id. */
function uniqueIds<T>(list: string) {
	// A raw check runs even when some items are invalid, so duplicates are always reported.
	return v.rawCheck<T[]>(({ dataset, addIssue }) => {
		// After a failed item the value is the partly parsed list, typed unknown.
		const value: unknown = dataset.value;
		if (!Array.isArray(value)) return;
		const items: readonly unknown[] = value;
		const firstUse = new Map<string, number>();
		items.forEach((item, index) => {
			if (!isLoose(item) || typeof item.id !== 'string') return;
			const earlier = firstUse.get(item.id);
			if (earlier === undefined) return void firstUse.set(item.id, index);
			addIssue({
				message: `"${item.id}" is used by ${list}[${earlier}] too`,
				path: [
					{ type: 'array', origin: 'value', input: items as unknown[], key: index, value: item },
					{ type: 'object', origin: 'value', input: item, key: 'id', value: item.id }
				]
			});
		});
	});
}

type Loose = Record<string, unknown>;
const isLoose = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

const NOT_FOUND = 'not found in the article text';

/**
 * Reports quotes, and date words of an event with quotes, that its article's text does not
 * contain. Reads the event defensively, since it runs when other fields are broken too.
 */
function inItsArticle<T>(texts: ArticleTexts) {
	return v.rawCheck<T>(({ dataset, addIssue }) => {
		const event: unknown = dataset.value;
		if (!isLoose(event)) return;
		const named = !texts.version1 && typeof event.article === 'string' ? event.article : undefined;
		const found = texts.articles.get(named ?? texts.main);
		// No text to check against (or an unknown article, reported at `article`).
		if (!found?.quotes || !found.words) return;
		const quotes: unknown[] = Array.isArray(event.quotes) ? event.quotes : [];
		const { dateText } = event;
		if (quotes.length > 0 && typeof dateText === 'string' && dateText.trim() !== '' && !found.words.has(dateText.toLowerCase())) {
			addIssue({ message: NOT_FOUND, path: [{ type: 'object', origin: 'value', input: event, key: 'dateText', value: dateText }] });
		}
		quotes.forEach((quote, index) => {
			if (typeof quote !== 'string' || quote.trim() === '' || found.quotes?.has(quote)) return;
			addIssue({
				message: NOT_FOUND,
				path: [
					{ type: 'object', origin: 'value', input: event, key: 'quotes', value: quotes },
					{ type: 'array', origin: 'value', input: quotes, key: index, value: quote }
				]
			});
		});
	});
}

/** Calls `onEvent` once for every event checked, sound or not (a progress bar counts them). */
function counted<T>(onEvent: (() => void) | undefined) {
	// A raw check runs even when the event's other checks failed, so every event is counted.
	return v.rawCheck<T>(() => onEvent?.());
}

function eventSchema(texts: ArticleTexts, onEvent?: () => void) {
	const version1 = texts.version1;
	const ids = [...texts.articles.keys()];
	const known = ids.slice(0, 5).map(quoted).join(', ') + (ids.length > 5 ? ` and ${ids.length - 5} more` : '');
	const Event = v.strictObject({
		/** Stable, URL-safe slug: lowercase letters, digits and single hyphens. */
		id: Id,
		/** A short headline. */
		title: Text,
		/** One to three sentences in our own words, plain text (required in version 1). */
		summary: optionalSince11(version1, LongText),
		/** The article's own date words, verbatim ("in late 2001"). */
		dateText: Text,
		/** What those words mean, as EDTF (ISO 8601-2): "2001-10~/2001-12~", "2015", "2020-02-29". */
		date: EdtfDate,
		/** Earliest calendar day `date` allows, YYYY-MM-DD; computed when absent. */
		start: optionalSince11(version1, Day),
		/** Latest calendar day `date` allows, YYYY-MM-DD; computed when absent. */
		end: optionalSince11(version1, Day),
		/** Sentences of its article about this event, each verbatim; none for an event not from the article. */
		quotes: v.pipe(
			v.array(QuoteText),
			v.check((quotes) => !version1 || quotes.length > 0, 'needs at least one quote from the article')
		),
		/** The id of the article its quotes and date words come from; the main article when absent. */
		article: newIn11(
			version1,
			v.optional(
				v.pipe(
					Id,
					v.check(
						(id) => texts.articles.has(id),
						(issue) => `${quoted(issue.input)} is not the id of an article in this dataset (${known || 'it has none'})`
					)
				)
			)
		),
		/** What the public record says, when it adds to or differs from the article. */
		record: v.optional(RecordClaimSchema),
		/** Where it happened. */
		places: v.optional(v.array(PlaceSchema)),
		/** People and organisations involved. */
		actors: v.optional(v.array(Text)),
		/** Free-form tags for filtering and styling. */
		tags: v.optional(v.array(Text)),
		/** Images and links to videos, posts and pages (1.1). */
		media: newIn11(version1, v.optional(MediaListSchema)),
		/** The id of the group (row) it belongs to (1.1). */
		group: newIn11(version1, v.optional(GroupRef))
	});
	return v.pipe(
		Event,
		v.forward(v.partialCheck([['date'], ['start']], startFits, startMessage), ['start']),
		v.forward(v.partialCheck([['date'], ['end']], endFits, endMessage), ['end']),
		v.forward(v.partialCheck([['start'], ['end']], inOrder, orderMessage), ['end']),
		inItsArticle<v.InferOutput<typeof Event>>(texts),
		counted<v.InferOutput<typeof Event>>(onEvent),
		v.transform((event) => {
			const range = edtfRange(event.date);
			// The object is valibot's fresh copy of the input, so it is filled in place rather than
			// copied again: a big dataset has a hundred thousand of them.
			return Object.assign(event, { start: event.start ?? range.start, end: event.end ?? range.end, article: event.article ?? texts.main });
		})
	);
}

/** Whether two normalised articles say the same thing (their fields are all strings). */
function sameArticle(a: Loose, b: Loose | undefined): boolean {
	if (!b) return false;
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	return [...keys].every((key) => a[key] === b[key]);
}

function versionMessage({ input }: { input: unknown }): string {
	return input === undefined ? 'is missing' : `should be 1 or 1.1, not ${JSON.stringify(input)}`;
}

/**
 * The schema of a whole dataset. `texts` (from readArticleTexts on the same input) says
 * which version's rules apply, which articles exist and which quotes their texts contain;
 * `onEvent`, when given, is called as each event has been checked.
 */
export function datasetSchema(texts: ArticleTexts, onEvent?: () => void) {
	const version1 = texts.version1;
	const Dataset = v.strictObject({
		/** The address of the JSON Schema, for editors; ignored. */
		$schema: v.optional(v.string()),
		/** Format version: 1 or 1.1, as written. */
		version: v.picklist([1, 1.1], versionMessage),
		/** The main article; required unless `articles` is given. */
		article: optionalSince11(version1, mainArticleSchema(version1)),
		/** All the articles of a story, the main one first (1.1). */
		articles: newIn11(
			version1,
			v.optional(v.pipe(v.array(ListedArticleSchema), v.minLength(1, 'needs at least one article'), uniqueIds('articles')))
		),
		/** The dated events, in any order (the app sorts them by `start`). */
		events: v.pipe(v.array(eventSchema(texts, onEvent)), v.minLength(1, 'needs at least one event'), uniqueIds('events')),
		/** Labelled spans drawn behind the events (1.1). */
		eras: newIn11(version1, v.optional(v.pipe(v.array(EraSchema), uniqueIds('eras')))),
		/** The rows events are shown in, in display order (1.1). */
		groups: newIn11(version1, v.optional(v.pipe(v.array(GroupSchema), uniqueIds('groups'))))
	});
	return v.pipe(
		Dataset,
		v.forward(
			v.partialCheck(
				[['article'], ['articles']],
				(dataset) => dataset.article !== undefined || dataset.articles !== undefined,
				'is missing (give "article", or "articles" with the main article first)'
			),
			['article']
		),
		v.forward(
			v.partialCheck(
				[['article'], ['articles']],
				({ article, articles }) => !article || !articles || sameArticle(article, articles[0]),
				'should be the same as articles[0] when both are given: the first of "articles" is the main article'
			),
			['article']
		),
		knownGroups<v.InferOutput<typeof Dataset>>(),
		v.transform(({ version, article, articles, events, eras, groups }) => {
			const all = articles ?? (article ? [article] : []);
			return { version, article: all[0] ?? mainArticleFallback(), articles: all, events, ...(eras && { eras }), ...(groups && { groups }) };
		})
	);
}

/** Never reached: the checks above ensure an article; here only to keep the type honest. */
function mainArticleFallback(): never {
	throw new Error('A dataset needs "article" or "articles"');
}
