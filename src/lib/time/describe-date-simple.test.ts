import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { describeDate, describeValue } from './describe-date';
import { readSimpleEdtf } from './simple-edtf';

const digits = (width: number, min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
const qualifier = fc.constantFrom('', '', '~', '?', '%');
const bound = fc
	.tuple(digits(4, 1, 9999), fc.option(digits(2, 1, 12)), fc.option(digits(2, 1, 28)), qualifier)
	.map(([year, month, day, q]) => `${year}${month === null ? '' : `-${month}${day === null ? '' : `-${day}`}`}${q}`);
const nearBound = fc
	.tuple(fc.integer({ min: 2000, max: 2001 }), fc.option(digits(2, 1, 12)), fc.option(digits(2, 1, 28)), qualifier)
	.map(([year, month, day, q]) => `${year}${month === null ? '' : `-${month}${day === null ? '' : `-${day}`}`}${q}`);
const simpleForm = fc.oneof(bound, fc.tuple(bound, bound).map(([a, b]) => `${a}/${b}`), fc.tuple(nearBound, nearBound).map(([a, b]) => `${a}/${b}`));

describe('describeDate(date) for the common forms', () => {
	it.each([
		['2021-05-18', '18 May 2021'],
		['2021-05-18?', 'probably 18 May 2021'],
		['2021-05-19~', 'about 19 May 2021'],
		['2021-05%', 'probably about May 2021'],
		['2001-10~/2001-12~', 'late 2001'],
		['2021-05-18/2021-05-30', '18 to 30 May 2021'],
		['2002~/2021-05', 'about 2002 to May 2021']
	])('says %s as "%s"', (date, words) => {
		expect(describeDate(date)).toBe(words);
	});

	it('gives the words edtf’s reading gives, for every date of the common forms (property)', () => {
		fc.assert(
			fc.property(simpleForm, (date) => {
				if (!readSimpleEdtf(date)) return;
				expect(describeDate(date)).toBe(describeValue(edtf(date)));
			}),
			{ numRuns: 1000 }
		);
		// edtf's parser is slow on a busy machine: a time limit for the work, not a timing.
	}, 30_000);
});

describe('withEdtf(read)', () => {
	it('reads the common forms without loading edtf, and loads it for a rare form', async () => {
		vi.resetModules();
		const fresh = await import('./edtf');
		expect(await fresh.withEdtf(() => fresh.edtfRange('2001-10~/2001-12~'))).toEqual({ start: '2001-10-01', end: '2001-12-31' });
		expect(() => fresh.edtfRange('2021-33')).toThrow(fresh.EdtfNotLoadedError);
		// The miss is not remembered: once edtf has loaded the same date reads.
		expect(await fresh.withEdtf(() => fresh.edtfRange('2021-33'))).toEqual({ start: '2021-01-01', end: '2021-03-31' });
		expect(fresh.markKind('2021-21')).toBe('band');
	});
});
