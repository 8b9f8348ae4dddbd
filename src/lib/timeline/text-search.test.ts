import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPhraseFinder, searchText } from './text-search';

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

/** The plain answer: where each phrase first occurs, searched for on its own. */
function naiveFirst(text: string, phrases: string[]): Map<string, number> {
	const first = new Map<string, number>();
	for (const phrase of phrases) if (phrase && text.includes(phrase)) first.set(phrase, text.indexOf(phrase));
	return first;
}

const sorted = (map: Map<string, number>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('createPhraseFinder(phrases)', () => {
	it('finds where each phrase first occurs, overlapping or nested ones too', () => {
		const find = createPhraseFinder(['in early 2022', 'early', 'arly 2', 'cracks', 'bridge closed', '']);
		const text = 'Engineers found cracks in its piers in early 2022, and early repairs.';
		expect(sorted(find(text).first)).toEqual(sorted(naiveFirst(text, ['in early 2022', 'early', 'arly 2', 'cracks', 'bridge closed'])));
		// The same finder answers for the next text afresh.
		expect(sorted(find('cracks, cracks').first)).toEqual([['cracks', 0]]);
	});

	it('agrees with a search for each phrase on its own, text after text (property)', () => {
		const unit = fc.constantFrom(...'ab c.');
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit, maxLength: 6 }), { maxLength: 12 }),
				fc.array(fc.string({ unit, maxLength: 40 }), { minLength: 1, maxLength: 4 }),
				(phrases, texts) => {
					const find = createPhraseFinder(phrases);
					for (const text of texts) expect(sorted(find(text).first)).toEqual(sorted(naiveFirst(text, phrases)));
				}
			),
			{ seed: 1931, numRuns: 500 }
		);
	});

	it('takes steps linear in each text, on thousands of phrases sharing an opening the text repeats', () => {
		const opening = 'As of February ';
		const phrases = Array.from({ length: 2000 }, (_, i) => `${opening.repeat(1 + (i % 7))}${i % 2 ? '2021' : `${i} BC`}`);
		const find = createPhraseFinder(phrases);
		for (const repeats of [500, 5000]) {
			const text = `${opening.repeat(repeats)}2021, the cities were surrounded.`;
			const { first, steps } = find(text);
			expect(sorted(first)).toEqual(sorted(naiveFirst(text, phrases)));
			// A pass over the text (each failure link at most once per character moved), plus
			// one step per phrase found: not the phrases' total length, not their product.
			expect(steps).toBeLessThanOrEqual(2 * text.length + first.size);
		}
	});
});
