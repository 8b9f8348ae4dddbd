import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchText } from './text-search';

/** The plain answer: each needle searched for on its own. */
function naive(text: string, needles: string[]): Set<string> {
	return new Set(needles.filter((needle) => text.includes(needle)));
}

describe('searchText(text, needles)', () => {
	const text = 'The old bridge opened in 1931. Engineers found cracks in its piers in early 2022.';

	it.each([
		{ needle: 'Engineers found cracks in its piers in early 2022.', found: true },
		{ needle: 'in early 2022', found: true },
		{ needle: 'ngineers found', found: true },
		{ needle: '1931', found: true },
		{ needle: '', found: true },
		{ needle: 'Engineers found no cracks', found: false },
		{ needle: 'The old bridge closed', found: false },
		{ needle: 'in early 2022. And', found: false }
	])('says $found for “$needle”', ({ needle, found }) => {
		expect(searchText(text, [needle]).found.has(needle)).toBe(found);
	});

	it('answers for every needle at once, as searching for each on its own would', () => {
		const needles = ['bridge', 'opened in 1931.', 'piers in', 'cracks in its walls', 'in', 'The old bridge opened in 1931. Engineers'];
		expect(searchText(text, needles).found).toEqual(naive(text, needles));
	});

	it('agrees with String.includes for substrings and other strings (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 200 }),
				fc.array(fc.tuple(fc.nat(), fc.nat())),
				fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 6 })),
				(body, cuts, others) => {
					const inside = cuts.map(([a, b]) => body.slice(Math.min(a, b) % (body.length + 1), Math.max(a, b) % (body.length + 1)));
					// A long needle the text cannot hold sends them all through the automaton.
					const needles = [...inside, ...others, 'z'.repeat(20)];
					expect(searchText(body, needles).found).toEqual(naive(body, needles));
				}
			),
			{ seed: 1931, numRuns: 500 }
		);
	});

	it.each([
		{ name: 'thousands of repeats of one opening', repeats: 5000 },
		{ name: 'ten times as many repeats', repeats: 50_000 }
	])('stays linear on adversarial text: $name', ({ repeats }) => {
		// Every needle starts with an opening the text repeats; only some end as the text does.
		const opening = 'As of February ';
		const body = `${opening.repeat(repeats)}2021, the cities were surrounded.`;
		const needles = Array.from({ length: 2000 }, (_, i) => `${opening.repeat(1 + (i % 7))}${i % 2 ? '2021' : `${i} BC`}`);
		const { found, steps } = searchText(body, needles);
		expect(found).toEqual(naive(body, needles));
		const size = body.length + needles.reduce((sum, needle) => sum + needle.length, 0);
		// Word starts tried within a budget of twice the size, then the automaton: a few passes each.
		expect(steps).toBeLessThanOrEqual(8 * size);
	});
});
