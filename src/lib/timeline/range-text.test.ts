import { describe, expect, it } from 'vitest';
import { describeVisibleRange } from './range-text';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

describe('describeVisibleRange', () => {
	it.each([
		{ from: '2021-05-03', to: '2021-05-29', text: 'Showing 3 May to 28 May 2021' },
		{ from: '2014-12-28', to: '2015-01-05', text: 'Showing 28 December 2014 to 4 January 2015' },
		{ from: '2021-05-18', to: '2021-05-19', text: 'Showing 18 May 2021' },
		{ from: '2021-05-18T06:00:00Z', to: '2021-05-19T06:00:00Z', text: 'Showing 18 May to 19 May 2021' },
		{ from: '2021-03-01', to: '2021-05-31', text: 'Showing 1 March to 30 May 2021' },
		{ from: '2021-03-01', to: '2021-06-01', text: 'Showing March to May 2021' },
		{ from: '2020-03-01', to: '2021-07-01', text: 'Showing March 2020 to June 2021' },
		{ from: '2021-01-01', to: '2022-01-01', text: 'Showing January to December 2021' },
		{ from: '2018-01-01', to: '2021-12-01', text: 'Showing January 2018 to November 2021' },
		{ from: '2000-01-01', to: '2023-01-01', text: 'Showing 2000 to 2022' },
		{ from: '2001-03-14', to: '2021-09-30', text: 'Showing 2001 to 2021' }
	])('says $text for $from to $to', ({ from, to, text }) => {
		expect(describeVisibleRange(utc(from), utc(to))).toBe(text);
	});

	it.each([
		{ name: 'an empty range', from: utc('2021-05-18'), to: utc('2021-05-18') },
		{ name: 'a reversed range', from: utc('2021-05-18'), to: utc('2021-05-18') - DAY },
		{ name: 'a range that is not a number', from: NaN, to: utc('2021-05-18') }
	])('says nothing for $name', ({ from, to }) => {
		expect(describeVisibleRange(from, to)).toBe('');
	});
});
