/**
 * schema.org JSON-LD for a timeline page: an ItemList of the dataset's events as Events, in
 * date order, with the article they come from as the list's `subjectOf`. Dates keep the
 * precision the dataset gives them: "2001-10~/2001-12~" is startDate "2001-10" and endDate
 * "2001-12" (ISO 8601 reduced precision), never invented days.
 */
import { edtfRange } from '../time/edtf';
import type { Dataset } from '../timeline/types';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonLdNode = { [key: string]: Json };

/** One ISO 8601 date at the precision written: "2021-05-18", "2021-05" or "2021". */
function isoAtPrecision(part: string): string | undefined {
	const plain = part.replace(/[~?%]/g, '');
	const pieces: string[] = [];
	for (const piece of plain.split('-').filter((p, i) => i > 0 || p !== '')) {
		// Unspecified digits ("2021-XX") and seasons ("2021-21") end the known precision.
		if (/X/i.test(piece)) break;
		if (pieces.length === 1 && Number(piece) > 12) break;
		pieces.push(piece);
	}
	const iso = pieces.join('-');
	return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso) ? iso : undefined;
}

/** Shortest date covering both, e.g. 2021-05-18 and 2021-05-30 → "2021-05". */
function commonPrecision(start: string, end: string): string | undefined {
	const a = start.split('-');
	const b = end.split('-');
	const same: string[] = [];
	for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i++) same.push(a[i] as string);
	return same.length ? same.join('-') : undefined;
}

/**
 * An EDTF date as schema.org start and end dates at its own precision. A set or list
 * ("[2001, 2003]") has no single precision, so its first and last possible days are used.
 */
export function schemaDates(date: string): { startDate?: string; endDate?: string } {
	if (/^[[{]/.test(date)) {
		const { start, end } = edtfRange(date);
		return start === end ? { startDate: start } : { startDate: start, endDate: end };
	}
	const [from, to] = date.split('/');
	const startDate = from && from !== '..' ? isoAtPrecision(from) : undefined;
	const endDate = to && to !== '..' ? isoAtPrecision(to) : undefined;
	const dates: { startDate?: string; endDate?: string } = {};
	if (startDate) dates.startDate = startDate;
	if (endDate && endDate !== startDate) dates.endDate = endDate;
	return dates;
}

function articleNode(article: Dataset['article'], pageUrl: string | undefined): JsonLdNode {
	const node: JsonLdNode = { '@type': 'NewsArticle', headline: article.title };
	if (article.author) node.author = { '@type': 'Person', name: article.author };
	if (article.publication) node.publisher = { '@type': 'Organization', name: article.publication };
	if (article.published) {
		const { startDate, endDate } = schemaDates(article.published);
		const published = endDate && startDate ? commonPrecision(startDate, endDate) : startDate;
		if (published) node.datePublished = published;
	}
	const url = (article as { url?: string }).url;
	if (url) node.url = url;
	else if (pageUrl) node.mainEntityOfPage = pageUrl;
	return node;
}

/**
 * The most events the list names. Search engines read a few hundred items of a list at most,
 * and writing 100,000 would cost a large dataset's page half a second; `numberOfItems` keeps
 * the full count.
 */
export const JSON_LD_MAX_ITEMS = 1000;

/** The page's JSON-LD object. `pageUrl` is the page's absolute address when it is known. */
export function timelineJsonLd(dataset: Dataset, pageUrl?: string): JsonLdNode {
	const events = [...dataset.events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
	const items: Json[] = events.slice(0, JSON_LD_MAX_ITEMS).map((event, index) => {
		const node: JsonLdNode = { '@type': 'Event', name: event.title, ...schemaDates(event.date) };
		if (!node.startDate) node.startDate = event.start;
		if (event.summary) node.description = event.summary;
		if (pageUrl) node.url = `${pageUrl}?event=${encodeURIComponent(event.id)}`;
		return { '@type': 'ListItem', position: index + 1, item: node };
	});
	return {
		'@context': 'https://schema.org',
		'@type': 'ItemList',
		name: `Timeline: ${dataset.article.title}`,
		itemListOrder: 'https://schema.org/ItemListOrderAscending',
		numberOfItems: events.length,
		itemListElement: items,
		subjectOf: articleNode(dataset.article, pageUrl)
	};
}

/**
 * JSON for a `<script type="application/ld+json">` block: "<" and "&" written as \u escapes,
 * so no text in the data can close the block or be read as markup.
 */
export function jsonLdText(node: JsonLdNode): string {
	return JSON.stringify(node)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
