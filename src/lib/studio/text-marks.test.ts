import { describe, expect, it } from 'vitest';
import { markRuns } from './text-marks';

/** Runs written compactly: marked runs in [brackets]. */
function compact(text: string, ranges: { start: number; end: number }[]): string {
	return markRuns(text, ranges)
		.map((run) => (run.marked ? `[${run.text}]` : run.text))
		.join('');
}

describe('markRuns(text, ranges) cuts a text at the ranges to mark', () => {
	it.each([
		['no ranges', 'In 2015 it ended.', [], 'In 2015 it ended.'],
		['one range', 'In 2015 it ended.', [{ start: 3, end: 7 }], 'In [2015] it ended.'],
		['two ranges, given out of order', 'May 1 and May 2', [{ start: 10, end: 15 }, { start: 0, end: 5 }], '[May 1] and [May 2]'],
		['overlapping ranges merge', 'late 2001', [{ start: 0, end: 6 }, { start: 5, end: 9 }], '[late 2001]'],
		['ranges outside the text are clipped', 'abc', [{ start: 2, end: 99 }, { start: -5, end: 1 }], '[a]b[c]'],
		['empty ranges mark nothing', 'abc', [{ start: 1, end: 1 }], 'abc'],
		['a range over the whole text', 'abc', [{ start: 0, end: 3 }], '[abc]']
	])('%s', (_, text, ranges, expected) => {
		expect(compact(text, ranges)).toBe(expected);
	});

	it('keeps every character, and each run knows where it starts', () => {
		const text = '<img src=x onerror=alert(1)> in 2015';
		const runs = markRuns(text, [{ start: 32, end: 36 }]);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.map((r) => r.start)).toEqual([0, 32]);
	});

	it('gives one empty run for an empty text, so there is always something to render', () => {
		expect(markRuns('', [])).toEqual([{ text: '', marked: false, start: 0 }]);
	});
});
