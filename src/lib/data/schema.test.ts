import { describe, expect, it } from 'vitest';
import data from './afghanistan-2021.json';
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
	it('accepts a valid version-1 dataset and returns it normalised: its article listed, with an id, named by every event', () => {
		const input = valid();
		const article = { id: 'article', ...input.article };
		const events = input.events.map((event) => ({ ...event, article: 'article' }));
		expect(validateDataset(input)).toEqual({ ok: true, dataset: { version: 1, article, articles: [article], events } });
	});

	it('accepts the complete example in docs/data-format.md', () => {
		const example = /## A complete example\s+```json\n([\s\S]+?)\n```/.exec(reference)?.[1];
		const result = validateDataset(JSON.parse(example ?? 'null'));
		expect(result.ok ? [] : result.issues).toEqual([]);
	});

	it('accepts the article dataset', () => {
		const result = validateDataset(data);
		expect(result.ok ? [] : result.issues).toEqual([]);
	});

	it.each<[string, (d: Fixture & Record<string, unknown>) => void, DatasetIssue]>([
		['a missing field', (d) => Reflect.deleteProperty(d.events[1]!, 'title'), { path: 'events[1].title', message: 'is missing' }],
		['a wrong type', (d) => Object.assign(d.events[0]!, { summary: 42 }), { path: 'events[0].summary', message: 'should be text, not 42' }],
		['an object where a list belongs', (d) => Object.assign(d, { events: {} }), { path: 'events', message: 'should be a list, not an object' }],
		['a string where an object belongs', (d) => Object.assign(d, { article: 'Headline' }), { path: 'article', message: 'should be an object, not "Headline"' }],
		['an empty title', (d) => (d.events[0]!.title = '  '), { path: 'events[0].title', message: 'should not be empty' }],
		['an unknown field', (d) => Object.assign(d.events[2]!, { tittle: 'x' }), { path: 'events[2].tittle', message: 'is not a field of this format' }],
		['a version other than 1 or 1.1', (d) => Object.assign(d, { version: 2 }), { path: 'version', message: 'should be 1 or 1.1, not 2' }],
		['a version written as text', (d) => Object.assign(d, { version: '1' }), { path: 'version', message: 'should be 1 or 1.1, not "1"' }],
		['an id longer than 200 characters', (d) => (d.events[0]!.id = 'a'.repeat(201)), { path: 'events[0].id', message: 'is longer than 200 characters' }],
		['a day that does not exist as the date', (d) => Object.assign(d.events[2]!, { date: '2021-02-29', start: '2021-03-01', end: '2021-03-01' }), { path: 'events[2].date', message: '"2021-02-29" is not a valid date' }],
		['a 1.1 field in a version-1 file', (d) => Object.assign(d.events[0]!, { article: 'article' }), { path: 'events[0].article', message: 'is a field of version 1.1: set "version" to 1.1 to use it' }],
		['several articles in a version-1 file', (d) => Object.assign(d, { articles: [] }), { path: 'articles', message: 'is a field of version 1.1: set "version" to 1.1 to use it' }],
		['paragraphs in a version-1 file', (d) => Object.assign(d.article, { text: [ARTICLE] }), { path: 'article.text', message: 'should be text, not a list' }],
		['a missing summary in a version-1 file', (d) => Reflect.deleteProperty(d.events[2]!, 'summary'), { path: 'events[2].summary', message: 'is missing' }],
		['a missing start in a version-1 file', (d) => Reflect.deleteProperty(d.events[2]!, 'start'), { path: 'events[2].start', message: 'is missing' }],
		['a missing credit in a version-1 file', (d) => Reflect.deleteProperty(d.article, 'credit'), { path: 'article.credit', message: 'is missing' }],
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

/** The small dataset above as version 1.1, with the fields 1.1 computes left out. */
function valid11() {
	const dataset = valid();
	return {
		version: 1.1,
		article: dataset.article,
		events: dataset.events.map(({ start: _start, end: _end, ...event }) => event)
	} as Record<string, unknown> & { article: Record<string, unknown>; events: Record<string, unknown>[] };
}

/** A second article of the same story, for datasets with several. */
const FOLLOW_UP = {
	id: 'follow-up',
	title: 'A follow-up',
	publication: 'The Dispatch',
	published: '2021-06-01',
	text: ['The follow-up came in June 2021.', 'Nothing else happened.']
};

function changed11(change: (dataset: ReturnType<typeof valid11>) => void): unknown {
	const dataset = valid11();
	change(dataset);
	return dataset;
}

describe('validateDataset(input), version 1.1', () => {
	it('computes start and end from the date where they are left out', () => {
		const result = validateDataset(valid11());
		expect(result.ok && result.dataset.events.map(({ start, end }) => [start, end])).toEqual(
			valid().events.map(({ start, end }) => [start, end])
		);
	});

	it('keeps the version as written and ignores "$schema"', () => {
		const result = validateDataset(changed11((d) => Object.assign(d, { $schema: '/data/schema.json' })));
		expect(result.ok && result.dataset.version).toBe(1.1);
		expect(result.ok && Object.keys(result.dataset)).toEqual(['version', 'article', 'articles', 'events']);
	});

	it('joins an article given as paragraphs with blank lines', () => {
		const result = validateDataset(changed11((d) => (d.article.text = ARTICLE.split('\n\n'))));
		expect(result.ok && result.dataset.article.text).toBe(ARTICLE);
	});

	it('accepts events without summary and an article without credit or text, leaving them undefined', () => {
		const result = validateDataset(
			changed11((d) => {
				Reflect.deleteProperty(d.article, 'credit');
				Reflect.deleteProperty(d.article, 'text');
				Reflect.deleteProperty(d.events[0]!, 'summary');
				d.events[1]!.quotes = ['Not checked, since there is no text.'];
			})
		);
		expect(result.ok ? [] : result.issues).toEqual([]);
		expect(result.ok && [result.dataset.article.text, result.dataset.article.credit, result.dataset.events[0]?.summary]).toEqual([undefined, undefined, undefined]);
	});

	it('accepts dates from 10,000 BCE to 9999, and refuses years beyond them', () => {
		const ok = validateDataset(
			changed11((d) => {
				Object.assign(d.events[0]!, { quotes: [], dateText: 'the Ides of March, 44 BCE', date: '-0043-03-15', start: '-0043-03-15', end: '-0043-03-15' });
				Object.assign(d.events[1]!, { quotes: [], dateText: 'the last year', date: '9999' });
				Object.assign(d.events[2]!, { quotes: [], dateText: 'the first year', date: '-9999' });
			})
		);
		expect(ok.ok ? [] : ok.issues).toEqual([]);
		expect(ok.ok && ok.dataset.events.slice(0, 3).map((e) => [e.start, e.end])).toEqual([
			['-0043-03-15', '-0043-03-15'],
			['9999-01-01', '9999-12-31'],
			['-9999-01-01', '-9999-12-31']
		]);
		const beyond = validateDataset(changed11((d) => Object.assign(d.events[0]!, { quotes: [], date: 'Y-12000' })));
		expect(beyond.ok ? [] : beyond.issues.map((i) => i.message)).toEqual(['"Y-12000" falls outside the years 10000 BCE to 9999 (-9999 to 9999)']);
	});

	it('accepts an event not from the article: no quotes, and date words the article does not use', () => {
		const result = validateDataset(changed11((d) => Object.assign(d.events[2]!, { quotes: [], dateText: 'on a leap day' })));
		expect(result.ok ? [] : result.issues).toEqual([]);
	});

	it('checks each quote against the text of the article its event names', () => {
		const result = validateDataset(
			changed11((d) => {
				Object.assign(d, { articles: [{ id: 'main', ...d.article }, FOLLOW_UP] });
				Reflect.deleteProperty(d, 'article');
				Object.assign(d.events[1]!, { article: 'follow-up', dateText: 'in June 2021', date: '2021-06', quotes: ['The follow-up came in June 2021.'] });
			})
		);
		expect(result.ok ? [] : result.issues).toEqual([]);
		expect(result.ok && result.dataset.events.map((event) => event.article)).toEqual(['main', 'follow-up', 'main']);
		expect(result.ok && result.dataset.article.id).toBe('main');
	});

	it.each<[string, (d: ReturnType<typeof valid11>) => void, DatasetIssue[]]>([
		[
			'a quote from another article than the one its event names',
			(d) => {
				Object.assign(d, { articles: [{ id: 'main', ...d.article }, FOLLOW_UP] });
				Reflect.deleteProperty(d, 'article');
				Object.assign(d.events[1]!, { article: 'main', dateText: 'in June 2021', quotes: ['The follow-up came in June 2021.'] });
			},
			[
				{ path: 'events[1].dateText', message: 'not found in the article text' },
				{ path: 'events[1].quotes[0]', message: 'not found in the article text' }
			]
		],
		[
			'an event naming an unknown article',
			(d) => Object.assign(d.events[0]!, { article: 'sequel' }),
			[{ path: 'events[0].article', message: '"sequel" is not the id of an article in this dataset ("article")' }]
		],
		['a start that disagrees with the date', (d) => Object.assign(d.events[1]!, { start: '2021-02-02' }), [{ path: 'events[1].start', message: 'should be "2021-02-01", the first day "2021-02" allows' }]],
		['no article at all', (d) => Reflect.deleteProperty(d, 'article'), [{ path: 'article', message: 'is missing (give "article", or "articles" with the main article first)' }]],
		[
			'two articles with one id',
			(d) => Object.assign(d, { articles: [{ id: 'main', ...d.article }, { ...FOLLOW_UP, id: 'main' }] }),
			[
				{ path: 'articles[1].id', message: '"main" is used by articles[0] too' },
				{ path: 'article', message: 'should be the same as articles[0] when both are given: the first of "articles" is the main article' }
			]
		],
		['an article of the list without an id', (d) => Object.assign(d, { articles: [d.article] }), [{ path: 'articles[0].id', message: 'is missing' }]],
		['text that is neither text nor paragraphs', (d) => (d.article.text = 42), [{ path: 'article.text', message: 'should be text or a list of paragraphs, not 42' }]],
		['an empty paragraph', (d) => (d.article.text = [ARTICLE, ' ']), [{ path: 'article.text[1]', message: 'should not be empty' }]],
		['a language that is not a language tag', (d) => (d.article.language = 'English (UK)'), [{ path: 'article.language', message: '"English (UK)" is not a language tag like "en" or "en-GB"' }]]
	])('rejects %s, at its path', (_, change, issues) => {
		expect(issuesOf(changed11(change))).toEqual(issues);
	});

	it('accepts its own normalised output again, unchanged', () => {
		const first = validateDataset(changed11((d) => Object.assign(d, { articles: [{ id: 'article', ...d.article, text: ARTICLE }, FOLLOW_UP] })));
		expect(first.ok).toBe(true);
		if (!first.ok) return;
		expect(validateDataset(JSON.parse(JSON.stringify(first.dataset)))).toEqual(first);
	});
});
