import { describe, expect, it } from 'vitest';
import { createEventSearch } from './event-search';
import type { EventRecord } from './types';

const event = (id: string, fields: Partial<EventRecord>): EventRecord =>
	({ id, title: id, dateText: 'then', date: '2020', start: '2020-01-01', end: '2020-12-31', quotes: [], article: 'article', ...fields }) as EventRecord;

const events = [
	event('bridge-opens', { title: 'The bridge opens', summary: 'Traffic crosses the river for the first time.', places: [{ name: 'Riverside', lat: 0, lon: 0 }] }),
	event('bridge-vote', { title: 'Council votes on the crossing', summary: 'The bridge plan passes by one vote.', actors: ['Mayor Okafor'] }),
	event('flood', { title: 'Spring flood', summary: 'Water reaches the old quay.', quotes: ['The river rose faster than anyone could remember.'] }),
	event('cafe', { title: 'Café reopens', summary: 'The quay café opens again.' })
];
const search = createEventSearch(events);
const ids = (q: string) => search.search(q).map((h) => h.id);

describe('createEventSearch(events).search(query)', () => {
	it('ranks a title match above a summary match', () => {
		expect(ids('bridge')).toEqual(['bridge-opens', 'bridge-vote']);
	});
	it('finds an event by a word of its quote', () => {
		expect(ids('remember')).toEqual(['flood']);
	});
	it('finds by actor and by place', () => {
		expect(ids('okafor')).toEqual(['bridge-vote']);
		expect(ids('riverside')).toEqual(['bridge-opens']);
	});
	it('needs every word to match', () => {
		expect(ids('bridge vote')).toEqual(['bridge-vote']);
		expect(ids('bridge flood')).toEqual([]);
	});
	it('matches the last word as a prefix, so results follow typing', () => {
		expect(ids('flo')).toEqual(['flood']);
	});
	it('ignores case and accents', () => {
		expect(ids('CAFE')).toEqual(['cafe']);
	});
	it('tolerates a small typo in a longer word', () => {
		expect(ids('remembr')).toEqual(['flood']);
	});
	it('finds nothing for blank words', () => {
		expect(ids('   ')).toEqual([]);
	});
});
