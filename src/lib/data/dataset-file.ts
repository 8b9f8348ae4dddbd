import type { Dataset } from '../timeline/types';

/** A dataset written out as a version-1.1 file: what {@link toDatasetFile} returns. */
export type DatasetFile = { $schema?: string; version: Dataset['version'] } & (
	| { article: Dataset['article']; articles?: never }
	| { article?: never; articles: Dataset['articles'] }
) & { events: Dataset['events']; eras?: Dataset['eras']; groups?: Dataset['groups'] };

/**
 * A normalised dataset as a file to publish or save, valid and validating back to the same
 * dataset: the main article once, as `article` when it is the only one, else as the first of
 * `articles` (the normalised form has both, which would carry its text twice).
 */
export function toDatasetFile(dataset: Dataset, schema?: string): DatasetFile {
	const head = { ...(schema === undefined ? {} : { $schema: schema }), version: 1.1 as const };
	const tail = { ...(dataset.eras && { eras: dataset.eras }), ...(dataset.groups && { groups: dataset.groups }) };
	return dataset.articles.length > 1
		? { ...head, articles: dataset.articles, events: dataset.events, ...tail }
		: { ...head, article: dataset.article, events: dataset.events, ...tail };
}
