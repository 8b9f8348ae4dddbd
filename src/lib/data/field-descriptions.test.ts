import { describe, expect, it } from 'vitest';
import { headingsFor, readFieldDescriptions } from './field-descriptions';

describe('readFieldDescriptions(markdown)', () => {
	it('takes the first paragraph under each field heading, as plain text', () => {
		const markdown = [
			'## events',
			'### `events[].id`',
			'string · required. A [slug](#slugs), like\n`"doha-agreement"`, *unique*.',
			'A second paragraph.',
			'### `version`',
			'`1` or `1.1`.'
		].join('\n\n');
		expect([...readFieldDescriptions(markdown)]).toEqual([
			['events[].id', 'string · required. A slug, like "doha-agreement", unique.'],
			['version', '1 or 1.1.']
		]);
	});
});

describe('headingsFor(path)', () => {
	it.each([
		[['version'], ['version']],
		[['article', 'title'], ['article.title']],
		[['events', '[]', 'title'], ['events[].title', 'events[].title']],
		[['events', '[]', 'record', 'sources', '[]', 'url'], ['events[].record.sources[].url', 'sources[].url']],
		[['articles', '[]', 'id'], ['articles[].id', 'articles[].id', 'article.id']]
	])('looks for %j under %j', (path, headings) => {
		expect(headingsFor(path)).toEqual(headings);
	});
});
