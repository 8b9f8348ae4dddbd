import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/schema';
import { importTimelineJs } from './timelinejs-import';

const TODAY = '2026-12-02';
const bridge: unknown = JSON.parse(readFileSync('tests/fixtures/timelinejs/bridge.json', 'utf8'));

function slide(fields: Record<string, unknown>) {
	return { start_date: { year: 2020 }, text: { headline: 'Something happens' }, ...fields };
}

function one(fields: Record<string, unknown>) {
	return importTimelineJs({ events: [slide(fields)] }, { today: TODAY });
}

describe('importTimelineJs(json) maps each slide to an event', () => {
	it.each([
		['the headline is the title', { text: { headline: 'The <i>vote</i>' } }, { title: 'The vote' }],
		['the text, HTML removed, is the summary', { text: { headline: 'h', text: '<p>One &amp; two.</p><p>Three.</p>' } }, { summary: 'One & two.\n\nThree.' }],
		['the display date is the date words', { display_date: 'Spring <b>2020</b>' }, { dateText: 'Spring 2020', date: '2020' }],
		['else the start and end dates’ own display dates', { start_date: { year: 2019, display_date: 'late 2019' }, end_date: { year: 2020, display_date: 'early 2020' } }, { dateText: 'late 2019 – early 2020' }],
		['else words made from the date', { start_date: { year: 2020, month: 5, day: 18 } }, { dateText: '18 May 2020', date: '2020-05-18' }],
		['a valid unique_id is the id', { unique_id: 'doha-agreement' }, { id: 'doha-agreement' }],
		['else the id is made from the headline', {}, { id: 'something-happens' }],
		['start and end are the days the date allows', { start_date: { year: 2020, month: 2 } }, { start: '2020-02-01', end: '2020-02-29' }],
		['quotes are empty: nothing is from the article', {}, { quotes: [] }]
	])('%s', (_, fields, expected) => {
		const { dataset } = one(fields);
		expect(dataset.events[0]).toMatchObject(expected);
	});

	it('gives no summary for an empty text', () => {
		expect(one({ text: { headline: 'h', text: '' } }).dataset.events[0]).not.toHaveProperty('summary');
	});

	it('gives every event its own id, in file order', () => {
		const { dataset } = importTimelineJs({ events: [slide({}), slide({}), slide({ unique_id: 'something-happens' })] }, { today: TODAY });
		expect(dataset.events.map((e) => e.id)).toEqual(['something-happens', 'something-happens-2', 'something-happens-3']);
	});

	it('makes the title slide the article, with today as its date until someone changes it', () => {
		const { dataset } = importTimelineJs(bridge, { today: TODAY });
		expect(dataset.article).toEqual({
			title: 'The River Bridge & its century',
			publication: 'Unknown publication',
			published: TODAY,
			credit: 'Town archive',
			text: 'How a town built, mended and finally replaced its bridge.\n\nCompiled from the council’s minutes.'
		});
	});

	it('never keeps markup: a script in the text stays out, as text or otherwise', () => {
		const { dataset } = importTimelineJs(bridge, { today: TODAY });
		const cracks = dataset.events.find((e) => e.id === 'engineers-find-cracks');
		expect(cracks?.summary).toBe('Cracks in two piers.');
		expect(JSON.stringify(dataset)).not.toMatch(/<|onerror/);
	});
});

describe('importTimelineJs(json) reports what it does not import, with where it was', () => {
	it.each([
		['media', { media: { url: 'https://example.org/a.jpg' } }, 'media is not imported yet'],
		['a background', { background: { color: '#123456' } }, 'the background is not imported'],
		['a time of day', { start_date: { year: 2020, month: 1, day: 2, hour: 14, minute: 30 } }, 'the time of day (14:30) is not imported'],
		['an unknown field', { sparkle: true }, '“sparkle” is not imported'],
		['an invalid unique_id', { unique_id: 'Not An Id' }, 'unique_id “Not An Id” is not a valid id'],
		['a missing headline', { text: {} }, 'has no headline, so its title is its date, “2020”'],
		['an impossible date, and the event with it', { start_date: { year: 2015, month: 2, day: 30 } }, 'so the event was not imported']
	])('%s', (_, fields, message) => {
		const { notes } = one(fields);
		expect(notes).toContainEqual({ path: 'events[0]', message: expect.stringContaining(message) });
	});

	it('imports the eras, named by their headlines, and says which it could not', () => {
		const { dataset } = importTimelineJs(bridge, { today: TODAY });
		expect(dataset.eras).toEqual([
			{ id: 'first-span', title: 'First span', date: '1931/1958', start: '1931-01-01', end: '1958-12-31' },
			{ id: 'second-span', title: 'Second span', date: '1959/2024', start: '1959-01-01', end: '2024-12-31' }
		]);
		const { notes } = importTimelineJs({ events: [], eras: [{ start_date: { year: 2015, month: 2, day: 30 } }, 'nonsense'] }, { today: TODAY });
		expect(notes).toContainEqual({ path: 'eras[0]', message: expect.stringContaining('so the era was not imported') });
		expect(notes).toContainEqual({ path: 'eras[1]', message: 'is not an era object, so it was not imported' });
	});

	it('makes a group of each slide group, in the order met, and puts its events in it', () => {
		const { dataset } = importTimelineJs({ events: [slide({ group: 'Politics' }), slide({ group: 'Money' }), slide({ group: 'Politics' })] }, { today: TODAY });
		expect(dataset.groups).toEqual([
			{ id: 'politics', title: 'Politics' },
			{ id: 'money', title: 'Money' }
		]);
		expect(dataset.events.map((e) => e.group)).toEqual(['politics', 'money', 'politics']);
	});

	it('skips what is not a slide and says so', () => {
		const { dataset, notes } = importTimelineJs({ events: ['nonsense', slide({})] }, { today: TODAY });
		expect(dataset.events).toHaveLength(1);
		expect(notes).toContainEqual({ path: 'events[0]', message: 'is not a slide object, so it was not imported' });
	});

	it('asks for the publication and its date, which TimelineJS has no field for', () => {
		const paths = one({}).notes.map((n) => n.path);
		expect(paths).toEqual(expect.arrayContaining(['article.publication', 'article.published']));
	});
});

describe('importTimelineJs(json) writes a dataset the validator accepts', () => {
	it('the fixture imports to a valid dataset in format 1.1', () => {
		const { dataset } = importTimelineJs(bridge, { today: TODAY });
		const result = validateDataset(dataset);
		expect(result.ok ? [] : result.issues).toEqual([]);
		expect(dataset.events).toHaveLength(5);
	});
});
