import { describe, expect, it } from 'vitest';
import { countFontSize, countLabel } from './marks';

describe('countLabel(count)', () => {
	it.each([
		[2, '2'],
		[999, '999'],
		[1000, '1k'],
		[1250, '1.2k'],
		[9999, '9.9k'],
		[10_000, '10k'],
		[100_000, '100k'],
		[2_500_000, '2M']
	])('writes %i as "%s"', (count, label) => {
		expect(countLabel(count)).toBe(label);
	});

	it('never needs more than four characters, so the dot can hold it', () => {
		for (let count = 2; count < 3_000_000; count = Math.ceil(count * 1.07)) {
			expect(countLabel(count).length).toBeLessThanOrEqual(4);
		}
	});
});

describe('countFontSize(label)', () => {
	it('writes a four-character count smaller, so it fits the same dot', () => {
		expect(countFontSize('999')).toBe(12);
		expect(countFontSize('100k')).toBeLessThan(countFontSize('999'));
	});
});
