import { describe, expect, it } from 'vitest';
import { messages, plural, quoteValue } from './messages';

describe('messages', () => {
	it.each([
		[1, 20, '1 of 20 events has problems and is not shown'],
		[2, 20, '2 of 20 events have problems and are not shown'],
		[1, 20_000, '1 of 20,000 events has problems and is not shown'],
		[19_997, 20_000, '19,997 of 20,000 events have problems and are not shown']
	])('skipped(%i, %i) reads "%s"', (skipped, total, text) => {
		expect(messages.skipped(skipped, total)).toBe(text);
	});

	it('plural picks the form for the count', () => {
		expect([0, 1, 2].map((n) => plural(n, { one: 'event', other: 'events' }))).toEqual(['events', 'event', 'events']);
	});

	it.each([
		[3_200_000, 8_000_000, 'Downloading 3.2 MB of 8 MB…'],
		[450_000, undefined, 'Downloading 0.5 MB…']
	])('downloading(%i, %s) reads "%s"', (loaded, total, text) => {
		expect(messages.loading.downloading(loaded, total)).toBe(text);
	});

	it('checking names the events and percent the fraction', () => {
		expect(messages.loading.checking(100_000)).toBe('Checking 100,000 events…');
		expect(messages.loading.checking(1)).toBe('Checking 1 event…');
		expect(messages.loading.percent(0.4)).toBe('40%');
	});

	it('quoteValue cuts a value to a few dozen characters', () => {
		expect(quoteValue('purple')).toBe('“purple”');
		expect(quoteValue('x'.repeat(500))).toBe(`“${'x'.repeat(40)}…”`);
	});
});
