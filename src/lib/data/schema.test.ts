import { describe, expect, it } from 'vitest';
import data from './afghanistan-2021.json';
import text from './article.txt?raw';
import reference from '../../../docs/data-format.md?raw';
import { formatIssues, validateDataset, type DatasetIssue } from './schema';

const ARTICLE = 'In late 2001 the regime fell. “As of February 2021,” it said, the cities were surrounded.\n\nThe deal was signed on February 29, 2020.';

/** A small valid dataset; each case below breaks one thing in a fresh copy. */
function valid() {
	return {
		version: 1,
		article: {
			title: 'Headline',
			publication: 'The Dispatch',
			author: 'A. Writer',
			published: '2021-05-18/2021-05-30',
			credit: 'Credit line',
			text: ARTICLE
		},
		events: [
			{
				id: 'fall',
				title: 'The regime falls',
				summary: 'It fell.',
				dateText: 'in late 2001',
				date: '2001-10~/2001-12~',
				start: '2001-10-01',
				end: '2001-12-31',
				quotes: ['In late 2001 the regime fell.'],
				record: {
					date: '2001-11-13',
					start: '2001-11-13',
					end: '2001-11-13',
					note: 'The capital fell on 13 November.',
					sources: [{ title: 'A report', url: 'https://example.org/report' }]
				},
				places: [{ name: 'Kabul', lat: 34.55, lon: 69.21, region: 'Kabul' }],
				actors: ['Taliban'],
				tags: ['war']
			},
			{
				id: 'surrounded',
				title: 'Cities surrounded',
				summary: 'They were surrounded.',
				dateText: 'As of February 2021',
				date: '2021-02',
				start: '2021-02-01',
				end: '2021-02-28',
				quotes: ['“As of February 2021,” it said, the cities were surrounded.']
			},
			{
				id: 'deal',
				title: 'The deal',
				summary: 'A deal was signed.',
				dateText: 'February 29, 2020',
				date: '2020-02-29',
				start: '2020-02-29',
				end: '2020-02-29',
				quotes: ['The deal was signed on February 29, 2020.'],
				record: {
					date: '2020-02-29',
					start: '2020-02-29',
					end: '2020-02-29',
					note: 'Signed in Doha.',
					sources: [{ title: 'The agreement', citation: 'Doha, 29 February 2020' }]
				}
			}
		]
	};
}

type Fixture = ReturnType<typeof valid>;

function broken(change: (dataset: Fixture & Record<string, unknown>) => void): unknown {
	const dataset = valid();
	change(dataset);
	return dataset;
}

function issuesOf(input: unknown): DatasetIssue[] {
	const result = validateDataset(input);
	return result.ok ? [] : result.issues;
}

describe('validateDataset(input)', () => {
	it('accepts a valid dataset and returns it typed', () => {
		const result = validateDataset(valid());
		expect(result).toEqual({ ok: true, dataset: valid() });
	});

	it('accepts the complete example in docs/data-format.md', () => {
		const example = /## A complete example\s+```json\n([\s\S]+?)\n```/.exec(reference)?.[1];
		const result = validateDataset(JSON.parse(example ?? 'null'));
		expect(result.ok ? [] : result.issues).toEqual([]);
	});

	it('accepts the article dataset', () => {
		const result = validateDataset({ ...data, article: { ...data.article, text } });
		expect(result.ok ? [] : result.issues).toEqual([]);
	});

	it.each<[string, (d: Fixture & Record<string, unknown>) => void, DatasetIssue]>([
		['a missing field', (d) => Reflect.deleteProperty(d.events[1]!, 'title'), { path: 'events[1].title', message: 'is missing' }],
		['a wrong type', (d) => Object.assign(d.events[0]!, { summary: 42 }), { path: 'events[0].summary', message: 'should be text, not 42' }],
		['an object where a list belongs', (d) => Object.assign(d, { events: {} }), { path: 'events', message: 'should be a list, not an object' }],
		['a string where an object belongs', (d) => Object.assign(d, { article: 'Headline' }), { path: 'article', message: 'should be an object, not "Headline"' }],
		['an empty title', (d) => (d.events[0]!.title = '  '), { path: 'events[0].title', message: 'should not be empty' }],
		['an unknown field', (d) => Object.assign(d.events[2]!, { tittle: 'x' }), { path: 'events[2].tittle', message: 'is not a field of this format' }],
		['a version other than 1', (d) => Object.assign(d, { version: 2 }), { path: 'version', message: 'should be 1, not 2' }],
		['no events', (d) => (d.events = []), { path: 'events', message: 'needs at least one event' }],
		['an id that is not a slug', (d) => (d.events[0]!.id = 'The Fall'), { path: 'events[0].id', message: '"The Fall" is not a URL-safe slug (use lowercase letters, digits and single hyphens)' }],
		['an id with a double hyphen', (d) => (d.events[0]!.id = 'the--fall'), { path: 'events[0].id', message: '"the--fall" is not a URL-safe slug (use lowercase letters, digits and single hyphens)' }],
		['a duplicate id', (d) => (d.events[2]!.id = 'fall'), { path: 'events[2].id', message: '"fall" is used by events[0] too' }],
		['a date that is not EDTF', (d) => (d.events[1]!.date = '2021-02-30'), { path: 'events[1].date', message: '"2021-02-30" is not a valid date' }],
		['a date with an open end', (d) => (d.events[1]!.date = '2021-02/..'), { path: 'events[1].date', message: '"2021-02/.." has an open or unknown end, so it has no first and last day' }],
		['a start not written YYYY-MM-DD', (d) => (d.events[1]!.start = '2021-2-1'), { path: 'events[1].start', message: '"2021-2-1" should be a day written YYYY-MM-DD' }],
		['an end that is not a real day', (d) => (d.events[1]!.end = '2021-02-30'), { path: 'events[1].end', message: '"2021-02-30" is not a valid date' }],
		['a start that does not match the date', (d) => (d.events[1]!.start = '2021-02-02'), { path: 'events[1].start', message: 'should be "2021-02-01", the first day "2021-02" allows' }],
		['an end that does not match the date', (d) => (d.events[0]!.end = '2001-12-30'), { path: 'events[0].end', message: 'should be "2001-12-31", the last day "2001-10~/2001-12~" allows' }],
		['a record start that does not match its date', (d) => (d.events[0]!.record!.start = '2001-11-12'), { path: 'events[0].record.start', message: 'should be "2001-11-13", the first day "2001-11-13" allows' }],
		['an empty quote', (d) => (d.events[1]!.quotes = ['']), { path: 'events[1].quotes[0]', message: 'should not be empty' }],
		['no quotes', (d) => (d.events[1]!.quotes = []), { path: 'events[1].quotes', message: 'needs at least one quote from the article' }],
		['a quote not in the article', (d) => d.events[2]!.quotes.push('The deal was signed on 29 February 2020.'), { path: 'events[2].quotes[1]', message: 'not found in the article text' }],
		['a quote with straight quotes for curly ones', (d) => (d.events[1]!.quotes = ['"As of February 2021," it said, the cities were surrounded.']), { path: 'events[1].quotes[0]', message: 'not found in the article text' }],
		['date words not in the article', (d) => (d.events[0]!.dateText = 'at the end of 2001'), { path: 'events[0].dateText', message: 'not found in the article text' }],
		['a url that is not http or https', (d) => Object.assign(d.events[0]!.record!.sources[0]!, { url: 'ftp://example.org/report' }), { path: 'events[0].record.sources[0].url', message: '"ftp://example.org/report" is not an http or https URL' }],
		['a url that is not a URL', (d) => Object.assign(d.article, { url: 'the dispatch' }), { path: 'article.url', message: '"the dispatch" is not an http or https URL' }],
		['a source with neither url nor citation', (d) => (d.events[2]!.record!.sources = [{ title: 'Somewhere' } as never]), { path: 'events[2].record.sources[0]', message: 'needs a url or a citation' }],
		['a record without sources', (d) => (d.events[2]!.record!.sources = []), { path: 'events[2].record.sources', message: 'needs at least one source' }],
		['a latitude out of range', (d) => (d.events[0]!.places![0]!.lat = 134.55), { path: 'events[0].places[0].lat', message: '134.55 is out of range: latitude runs from -90 to 90' }],
		['a longitude out of range', (d) => (d.events[0]!.places![0]!.lon = -190), { path: 'events[0].places[0].lon', message: '-190 is out of range: longitude runs from -180 to 180' }],
		['a publication date that is not EDTF', (d) => (d.article.published = 'May 2021'), { path: 'article.published', message: '"May 2021" is not a valid date' }]
	])('rejects %s, at its path', (_, change, issue) => {
		expect(issuesOf(broken(change))).toEqual([issue]);
	});

	it('rejects a start after the end, at the end', () => {
		const issues = issuesOf(broken((d) => Object.assign(d.events[2]!, { date: 'x', start: '2020-03-01' })));
		expect(issues).toContainEqual({ path: 'events[2].end', message: '"2020-02-29" is before start "2020-03-01"' });
	});

	it('rejects input that is not an object at all', () => {
		expect(issuesOf('dataset')).toEqual([{ path: '', message: 'should be an object, not "dataset"' }]);
	});

	it('reports every problem at once, however many fields are broken', () => {
		const issues = issuesOf(
			broken((d) => {
				Reflect.deleteProperty(d.events[0]!, 'summary');
				d.events[0]!.quotes = ['Not in the article.'];
				d.events[1]!.start = '2021-01-01';
				d.events[2]!.id = 'fall';
				Object.assign(d.events[2]!, { title: null });
			})
		);
		expect(issues).toEqual([
			{ path: 'events[0].summary', message: 'is missing' },
			{ path: 'events[0].quotes[0]', message: 'not found in the article text' },
			{ path: 'events[1].start', message: 'should be "2021-02-01", the first day "2021-02" allows' },
			{ path: 'events[2].title', message: 'should be text, not null' },
			{ path: 'events[2].id', message: '"fall" is used by events[0] too' }
		]);
	});

	it('does not check quotes when the article text itself is missing, and says so once', () => {
		const issues = issuesOf(broken((d) => Reflect.deleteProperty(d.article, 'text')));
		expect(issues).toEqual([{ path: 'article.text', message: 'is missing' }]);
	});
});

describe('formatIssues(issues)', () => {
	it('lists every issue with its path, one a line', () => {
		expect(
			formatIssues([
				{ path: 'events[3].date', message: '"2021-02-30" is not a valid date' },
				{ path: '', message: 'should be an object, not "x"' }
			])
		).toBe(
			'The dataset has 2 problems:\n- events[3].date: "2021-02-30" is not a valid date\n- dataset: should be an object, not "x"'
		);
	});

	it('says "1 problem" for one', () => {
		expect(formatIssues([{ path: 'version', message: 'should be 1, not 2' }])).toBe(
			'The dataset has 1 problem:\n- version: should be 1, not 2'
		);
	});
});
