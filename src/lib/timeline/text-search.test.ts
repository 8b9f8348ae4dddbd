import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextSearch } from './text-search';

describe('createTextSearch(text)', () => {
	const text = 'The old bridge opened in 1931. Engineers found cracks in its piers in early 2022.';
	const has = createTextSearch(text);

	it.each([
		{ needle: 'Engineers found cracks in its piers in early 2022.', found: true },
		{ needle: 'in early 2022', found: true },
		{ needle: 'ngineers found', found: true },
		{ needle: '1931', found: true },
		{ needle: 'Engineers found no cracks', found: false },
		{ needle: 'The old bridge closed', found: false }
	])('says $found for “$needle”', ({ needle, found }) => {
		expect(has(needle)).toBe(found);
	});

	it('agrees with String.includes for any substring or any other string (property)', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 0, maxLength: 300 }), fc.nat(), fc.nat(), fc.string(), (body, a, b, other) => {
				const search = createTextSearch(body);
				const from = Math.min(a, b) % (body.length + 1);
				const to = Math.max(a, b) % (body.length + 1);
				const inside = body.slice(Math.min(from, to), Math.max(from, to));
				expect(search(inside)).toBe(true);
				expect(search(other)).toBe(body.includes(other));
			})
		);
	});
});
