import { describe, expect, it } from 'vitest';
import { articleDataset } from './article';
import { articleFile, asVersion1 } from './dataset-copies';
import { toDatasetFile } from './dataset-file';
import { validateDataset } from './schema';

/** The normalised dataset of a file that must be valid. */
function normalised(input: unknown) {
	const result = validateDataset(input);
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.dataset;
}

const twoArticles = (() => {
	const file = articleFile();
	const { article, ...rest } = file;
	return normalised({ ...rest, articles: [{ ...article, id: 'main' }, { id: 'follow-up', title: 'A follow-up', publication: 'The Dispatch', published: '2021-06' }] });
})();

describe('toDatasetFile(dataset, schema)', () => {
	it.each([
		['the article dataset', articleDataset],
		['a dataset read from a version-1 file', normalised(asVersion1())],
		['a dataset of two articles', twoArticles]
	])('writes %s as a file that validates back to the same dataset, but as version 1.1', (_, dataset) => {
		expect(normalised(JSON.parse(JSON.stringify(toDatasetFile(dataset, '/data/schema.json'))))).toEqual({ ...dataset, version: 1.1 });
	});

	it('carries the article text once', () => {
		const text = JSON.stringify(articleDataset.article.text);
		expect(JSON.stringify(toDatasetFile(articleDataset)).split(text)).toHaveLength(2);
	});

	it('writes several articles as "articles", the main one first', () => {
		const file = toDatasetFile(twoArticles);
		expect(['article' in file, file.articles?.map((article) => article.id)]).toEqual([false, ['main', 'follow-up']]);
	});
});
