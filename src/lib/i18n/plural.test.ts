import { describe, expect, it } from 'vitest';
import { fill, fillPlural, isolate, isRightToLeft, placeholders, plural, type Value } from './plural';

describe('fill(template, values, locale)', () => {
	it.each([
		{ template: 'Event {position} of {count}', values: { position: 4, count: 1234 }, locale: 'en-GB', out: 'Event 4 of 1,234' },
		{ template: 'Événement {position} sur {count}', values: { position: 4, count: 1234 }, locale: 'fr', out: 'Événement 4 sur 1\u202f234' },
		{ template: '{shown} von {total}', values: { shown: 1234, total: 5678 }, locale: 'de', out: '1.234 von 5.678' },
		{ template: 'no {such} value', values: {}, locale: 'en-GB', out: 'no {such} value' }
	] as { template: string; values: Record<string, Value>; locale: string; out: string }[])('$out', ({ template, values, locale, out }) => {
		expect(fill(template, values, locale)).toBe(out);
	});
});

describe('fillPlural(message, count, values, locale)', () => {
	const events = plural({ zero: 'لا أحداث', one: 'حدث واحد', two: 'حدثان', few: '{count} أحداث', many: '{count} حدثًا', other: '{count} حدث' });
	it.each([
		[0, 'لا أحداث'],
		[1, 'حدث واحد'],
		[2, 'حدثان'],
		[3, '3 أحداث'],
		[11, '11 حدثًا'],
		[100, '100 حدث']
	])('Arabic %i: %s', (count, out) => {
		expect(fillPlural(events, count, {}, 'ar')).toBe(out);
	});
	it('falls back to other for a category the message leaves out', () => {
		expect(fillPlural(plural({ one: 'one {count}', other: 'many {count}' }), 2, {}, 'en-GB')).toBe('many 2');
	});
});

describe('isolate(text, locale)', () => {
	it('sets the dataset’s text apart only in a right-to-left language', () => {
		expect(isolate('U.S. deal', 'ar')).toBe('\u2068U.S. deal\u2069');
		expect(isolate('U.S. deal', 'fr')).toBe('U.S. deal');
		expect(isRightToLeft('he-IL')).toBe(true);
		expect(isRightToLeft('ku-Arab')).toBe(true);
		expect(isRightToLeft('es-MX')).toBe(false);
	});
	it('lists a template’s placeholders once each', () => {
		expect(placeholders('{b} and {a} and {b}')).toEqual(['a', 'b']);
	});
});
