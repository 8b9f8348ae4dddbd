import { describe, expect, it } from 'vitest';
import { facetCounts, isFiltering, knownFilter, matchesFilter, NO_FILTER, parseFilterParams, writeFilterParams, type Filter } from './filters';
import type { EventRecord } from './types';

const event = (id: string, fields: Partial<EventRecord>): EventRecord =>
	({ id, title: id, dateText: 'then', date: '2020', start: '2020-01-01', end: '2020-12-31', quotes: [], article: 'article', ...fields }) as EventRecord;

const events = [
	event('a', { group: 'works', tags: ['river', 'money'], actors: ['Mayor'] }),
	event('b', { group: 'works', tags: ['river'] }),
	event('c', { group: 'council', tags: ['money'], actors: ['Mayor', 'Treasurer'] }),
	event('d', { tags: ['weather'] })
];
const groups = [
	{ id: 'council', title: 'Council' },
	{ id: 'works', title: 'Works' }
];
const filter = (f: Partial<Filter>): Filter => ({ ...NO_FILTER, ...f });
const kept = (f: Partial<Filter>) => events.filter((e) => matchesFilter(e, filter(f))).map((e) => e.id);

describe('matchesFilter(event, filter)', () => {
	it.each([
		[{}, ['a', 'b', 'c', 'd']],
		[{ tags: ['river'] }, ['a', 'b']],
		[{ tags: ['river', 'weather'] }, ['a', 'b', 'd']],
		[{ actors: ['Treasurer'] }, ['c']],
		[{ group: 'works' }, ['a', 'b']],
		[{ group: 'other' }, ['d']],
		[{ group: 'works', tags: ['money'] }, ['a']],
		[{ tags: ['money'], actors: ['Mayor'] }, ['a', 'c']],
		[{ q: 'anything' }, ['a', 'b', 'c', 'd']]
	])('%j keeps %j (any value within a facet, every facet)', (f, expected) => {
		expect(kept(f)).toEqual(expected);
	});
});

describe('isFiltering(filter)', () => {
	it('is false for no choice and for search words alone', () => {
		expect(isFiltering(NO_FILTER)).toBe(false);
		expect(isFiltering(filter({ q: 'flood' }))).toBe(false);
		expect(isFiltering(filter({ tags: ['river'] }))).toBe(true);
	});
});

describe('facetCounts(events, filter, groups)', () => {
	it('counts each value over everything without a choice, most frequent first', () => {
		const facets = facetCounts(events, NO_FILTER, groups);
		expect(facets.tags).toEqual([
			{ value: 'money', label: 'money', count: 2 },
			{ value: 'river', label: 'river', count: 2 },
			{ value: 'weather', label: 'weather', count: 1 }
		]);
		expect(facets.groups.map((g) => [g.value, g.label, g.count])).toEqual([
			['council', 'Council', 1],
			['works', 'Works', 2],
			['other', 'Other', 1]
		]);
	});
	it('counts a facet under the other facets’ choices, not its own', () => {
		const facets = facetCounts(events, filter({ group: 'works', tags: ['river'] }), groups);
		expect(facets.tags.map((t) => [t.value, t.count])).toEqual([
			['river', 2],
			['money', 1],
			['weather', 0]
		]);
		expect(facets.groups.map((g) => [g.value, g.count])).toEqual([
			['council', 0],
			['works', 2],
			['other', 0]
		]);
		expect(facets.actors.map((a) => [a.value, a.count])).toEqual([
			['Mayor', 1],
			['Treasurer', 0]
		]);
	});
	it('counts an event that lists a value twice once', () => {
		const twice = [event('e', { tags: ['river', 'river', 'money'], actors: ['Mayor', 'Mayor'] }), event('f', { tags: ['river'] })];
		const facets = facetCounts(twice, NO_FILTER);
		expect(facets.tags.map((t) => [t.value, t.count])).toEqual([
			['river', 2],
			['money', 1]
		]);
		expect(facets.actors.map((a) => [a.value, a.count])).toEqual([['Mayor', 1]]);
	});
	it('keeps a chosen value no event has, so it can be unchosen', () => {
		expect(facetCounts(events, filter({ tags: ['gone'] })).tags.find((t) => t.value === 'gone')?.count).toBe(0);
	});
});

describe('parseFilterParams / writeFilterParams', () => {
	it('round-trips a filter through the URL, keeping other parameters', () => {
		const f = filter({ group: 'works', tags: ['river', 'money'], actors: ['Mayor Okafor'], q: 'flood wall' });
		const params = writeFilterParams(new URLSearchParams('event=a&from=2020-01-01&to=2020-02-01'), f);
		expect(params.get('event')).toBe('a');
		expect(params.get('tags')).toBe('river,money');
		expect(parseFilterParams(new URLSearchParams(params.toString()))).toEqual(f);
	});
	it('leaves out what keeps everything', () => {
		expect(writeFilterParams(new URLSearchParams('tags=river&q=x'), NO_FILTER).toString()).toBe('');
	});
	it('trims values and drops blanks and repeats', () => {
		expect(parseFilterParams(new URLSearchParams('tags= river,,river ,money&group=&q=%20'))).toEqual(filter({ tags: ['river', 'money'] }));
	});
});

describe('knownFilter(filter, facets)', () => {
	it('drops what no event has, and says so', () => {
		const { filter: f, unknown } = knownFilter(filter({ group: 'nope', tags: ['river', 'gone'] }), facetCounts(events, NO_FILTER, groups));
		expect(f).toEqual(filter({ tags: ['river'] }));
		expect(unknown).toEqual(['There is no group “nope” in this timeline.', 'No event has the tag “gone”.']);
	});
});
