import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/schema';
import type { DatasetFile } from './dataset-file';
import { datasetFileName, datasetJson } from './dataset-json';

const dataset: DatasetFile = {
	events: [
		{
			tags: ['vote'],
			quotes: [],
			date: '2024-03-12',
			dateText: '12 March 2024',
			title: 'The council votes',
			id: 'council-vote',
			record: { sources: [{ url: 'https://example.org/minutes', title: 'Minutes' }], end: '2024-03-12', note: 'Same day.', start: '2024-03-12', date: '2024-03-12' }
		}
	],
	article: { published: '2024-03-20', publication: 'The Courier', title: 'A town votes on its bridge' },
	version: 1.1
};

/** The keys of every object in `value`, depth-first, as paths: "events[].record.sources[].title". */
function keyPaths(value: unknown, prefix = ''): string[] {
	if (Array.isArray(value)) return value.flatMap((item) => keyPaths(item, `${prefix}[]`));
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([key, inner]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		return [path, ...keyPaths(inner, path)];
	});
}

describe('datasetJson(dataset) writes the file to download', () => {
	it('puts every object’s keys in the fixed order of the format', () => {
		expect(keyPaths(JSON.parse(datasetJson(dataset)))).toEqual([
			'version',
			'article',
			'article.title',
			'article.publication',
			'article.published',
			'events',
			'events[].id',
			'events[].title',
			'events[].dateText',
			'events[].date',
			'events[].quotes',
			'events[].record',
			'events[].record.date',
			'events[].record.start',
			'events[].record.end',
			'events[].record.note',
			'events[].record.sources',
			'events[].record.sources[].title',
			'events[].record.sources[].url',
			'events[].tags'
		]);
	});

	it('gives the same bytes whatever order the keys were in', () => {
		const shuffled = JSON.parse(JSON.stringify({ version: 1.1, events: dataset.events, article: dataset.article }));
		expect(datasetJson(shuffled)).toBe(datasetJson(dataset));
	});

	it('keeps unknown keys, last and by name, so the validator can still point at them', () => {
		const extra = { ...dataset, zeta: 1, alpha: 2 } as DatasetFile;
		expect(Object.keys(JSON.parse(datasetJson(extra))).slice(-2)).toEqual(['alpha', 'zeta']);
	});

	it('leaves out undefined fields and indents with tabs, ending in a newline', () => {
		const text = datasetJson({ ...dataset, article: { ...dataset.article, author: undefined } });
		expect(text).not.toContain('author');
		expect(text.startsWith('{\n\t"version": 1.1,')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
	});

	it('writes a file the validator accepts', () => {
		const result = validateDataset(JSON.parse(datasetJson(dataset)));
		expect(result.ok ? [] : result.issues).toEqual([]);
	});
});

describe('datasetFileName(title) names the download after the article', () => {
	it.each([
		['A town votes on its bridge', 'a-town-votes-on-its-bridge.json'],
		['Café “Zürich”: 2024', 'cafe-zurich-2024.json'],
		['', 'timeline.json'],
		['???', 'timeline.json']
	])('%s → %s', (title, name) => {
		expect(datasetFileName(title)).toBe(name);
	});
});
