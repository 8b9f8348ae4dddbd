import { describe, expect, it } from 'vitest';
import { ID_MAX_LENGTH, isId, slugify } from './id';

describe('isId(value)', () => {
	it.each(['doha-agreement', 'a', '2001', 'ofs-begins-2015'])('accepts %s', (id) => expect(isId(id)).toBe(true));
	it.each(['', 'Doha', 'doha--agreement', '-doha', 'doha-', 'doha agreement', 'doha_agreement', 'x'.repeat(ID_MAX_LENGTH + 1)])(
		'refuses %j',
		(id) => expect(isId(id)).toBe(false)
	);
});

describe('slugify(text)', () => {
	it.each([
		['The Doha Agreement', 'the-doha-agreement'],
		['Operation Freedom’s Sentinel begins', 'operation-freedom-s-sentinel-begins'],
		['Çağlayan, Kâbil — 2021', 'caglayan-kabil-2021'],
		['!!!', 'event'],
		['', 'event']
	])('makes %j into %j', (text, slug) => expect(slugify(text)).toBe(slug));

	it('always makes a valid id, cut to the length asked', () => {
		const slug = slugify('word '.repeat(100), 30);
		expect(isId(slug)).toBe(true);
		expect(slug.length).toBeLessThanOrEqual(30);
	});
});
