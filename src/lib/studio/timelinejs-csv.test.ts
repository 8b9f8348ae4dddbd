import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/schema';
import { importTimelineJsCsv, isTimelineJsCsv, TIMELINEJS_COLUMNS } from './timelinejs-csv';

const TODAY = '2026-12-02';
const HEADER = TIMELINEJS_COLUMNS.join(',');
const bridge = readFileSync('tests/fixtures/timelinejs/bridge.csv', 'utf8');

/** A sheet with the template's header and one row given by column name. */
function sheet(...rows: Record<string, string>[]): string {
	const lines = rows.map((row) => TIMELINEJS_COLUMNS.map((c) => JSON.stringify(row[c] ?? '')).join(','));
	return [HEADER, ...lines].join('\n');
}

describe('isTimelineJsCsv(csv) recognises the template', () => {
	it.each([
		['the template header', HEADER, true],
		['the same columns in another order and case', 'headline,YEAR,text', true],
		['a CSV without a Year column', 'Date,Headline', false],
		['JSON', '{"events": []}', false]
	])('%s', (_, csv, expected) => {
		expect(isTimelineJsCsv(csv)).toBe(expected);
	});
});

describe('importTimelineJsCsv(csv) reads the template’s rows like TimelineJS slides', () => {
	it.each([
		['a year alone', { Year: '2015', Headline: 'h' }, { date: '2015', dateText: '2015' }],
		['a year and month', { Year: '2015', Month: '3', Headline: 'h' }, { date: '2015-03' }],
		['an end date makes an interval', { Year: '2015', Month: '3', 'End Year': '2016', Headline: 'h' }, { date: '2015-03/2016' }],
		['the display date is the date words', { Year: '2015', 'Display Date': 'that spring', Headline: 'h' }, { dateText: 'that spring' }],
		['the text loses its HTML', { Year: '2015', Headline: 'h', Text: '<p>a &amp; b</p>' }, { summary: 'a & b' }]
	])('%s', (_, row, expected) => {
		expect(importTimelineJsCsv(sheet(row), { today: TODAY }).dataset.events[0]).toMatchObject(expected);
	});

	it.each([
		['a time in 24 hours', '14:30', '14:30'],
		['a time with PM', '2:30 PM', '14:30'],
		['midnight with AM', '12 am', '00:00']
	])('reports %s as a time of day not imported', (_, time, words) => {
		const { notes } = importTimelineJsCsv(sheet({ Year: '2015', Month: '1', Day: '2', Time: time, Headline: 'h' }), { today: TODAY });
		expect(notes).toContainEqual({ path: 'row 2', message: expect.stringContaining(`(${words})`) });
	});

	it('makes the title row the article and names notes by spreadsheet row', () => {
		const { dataset, notes } = importTimelineJsCsv(bridge, { today: TODAY });
		expect(dataset.article.title).toBe('The River Bridge');
		expect(dataset.events.map((e) => e.id)).toEqual(['the-bridge-opens', 'repairs-after-the-flood', 'engineers-find-cracks', 'the-council-votes']);
		expect(notes).toEqual(
			expect.arrayContaining([
				{ path: 'row 5', message: 'media is not imported yet' },
				{ path: 'row 5', message: 'the background is not imported' },
				{ path: 'row 7', message: expect.stringContaining('the start date 2015-02-30 is not a calendar date') }
			])
		);
	});

	it('makes eras of the rows of Type era, and groups of the Group column', () => {
		const { dataset } = importTimelineJsCsv(bridge, { today: TODAY });
		expect(dataset.eras).toEqual([{ id: 'first-span', title: 'First span', date: '1931/1958', start: '1931-01-01', end: '1958-12-31' }]);
		expect(dataset.groups).toEqual([{ id: 'repairs', title: 'Repairs' }]);
		expect(dataset.events.find((e) => e.id === 'repairs-after-the-flood')?.group).toBe('repairs');
	});

	it('writes a dataset the validator accepts', () => {
		const result = validateDataset(importTimelineJsCsv(bridge, { today: TODAY }).dataset);
		expect(result.ok ? [] : result.issues).toEqual([]);
	});
});
