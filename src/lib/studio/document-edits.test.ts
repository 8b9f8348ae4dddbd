import { describe, expect, it } from 'vitest';
import { addEvents, freshId, mergeEvents, removeEvent, setArticleField, sortByDate, updateEvent } from './document-edits';
import { draftEvent, emptyDocument, type StudioDocument } from './studio-document';

function documentWith(...events: Parameters<typeof draftEvent>[0][]): StudioDocument {
	return { ...emptyDocument(), events: events.map(draftEvent) };
}

describe('freshId(document, title) makes an id no event uses', () => {
	it.each([
		[[], 'Doha agreement', 'doha-agreement'],
		[['doha-agreement'], 'Doha agreement', 'doha-agreement-2'],
		[['doha-agreement', 'doha-agreement-2'], 'Doha agreement', 'doha-agreement-3'],
		[[], '', 'event'],
		[[], '¿?', 'event']
	])('with %j, “%s” → %s', (ids, title, expected) => {
		expect(freshId(documentWith(...ids.map((id) => ({ id }))), title)).toBe(expected);
	});
});

describe('edits return a new document and leave the old one as it was', () => {
	const before = documentWith({ id: 'a', title: 'A', date: '2021' }, { id: 'b', title: 'B', date: '2001' });

	it.each([
		['setArticleField', () => setArticleField(before, 'title', 'New')],
		['updateEvent', () => updateEvent(before, 'a', { title: 'New' })],
		['addEvents', () => addEvents(before, [draftEvent({ id: 'ignored', title: 'C' })])],
		['removeEvent', () => removeEvent(before, 'a')],
		['mergeEvents', () => mergeEvents(before, 'a', 'b')],
		['sortByDate', () => sortByDate(before)]
	])('%s', (_, edit) => {
		const snapshot = JSON.stringify(before);
		expect(edit()).not.toBe(before);
		expect(JSON.stringify(before)).toBe(snapshot);
	});

	it('updateEvent shares the events it did not change', () => {
		const after = updateEvent(before, 'a', { title: 'New' });
		expect(after.events[1]).toBe(before.events[1]);
	});
});

describe('addEvents(document, events) gives each new event its own id from its title', () => {
	it('even when two new events have the same title', () => {
		const after = addEvents(documentWith({ id: 'vote' }), [draftEvent({ id: '', title: 'Vote' }), draftEvent({ id: '', title: 'Vote' })]);
		expect(after.events.map((e) => e.id)).toEqual(['vote', 'vote-2', 'vote-3']);
	});
});

describe('mergeEvents(document, into, from) makes two drafts one event', () => {
	const document = documentWith(
		{ id: 'a', title: 'Agreement', dateText: 'February 29', date: '2020-02-29', quotes: ['One.'], summary: 'Signed.', actors: 'US, Taliban' },
		{ id: 'b', title: 'Deal', dateText: 'last year', date: '2020', quotes: ['One.', 'Two.'], summary: 'In Doha.', actors: 'Taliban, Qatar', recordDate: '2020-02-29', recordNote: 'Yes.' }
	);

	it('keeps the first’s id, title and date, and gathers both quotes, summaries and actors', () => {
		const merged = mergeEvents(document, 'a', 'b');
		expect(merged.events).toEqual([
			draftEvent({
				id: 'a', title: 'Agreement', dateText: 'February 29', date: '2020-02-29', quotes: ['One.', 'Two.'],
				summary: 'Signed. In Doha.', actors: 'US, Taliban, Qatar', recordDate: '2020-02-29', recordNote: 'Yes.'
			})
		]);
	});

	it('changes nothing when an event is missing or both are the same', () => {
		expect(mergeEvents(document, 'a', 'zzz')).toBe(document);
		expect(mergeEvents(document, 'a', 'a')).toBe(document);
	});
});

describe('sortByDate(document) puts events in time order', () => {
	it.each([
		['by first day', [['x', '2021'], ['y', '2001-10'], ['z', '2015']], ['y', 'z', 'x']],
		['a shorter span first when they start together', [['x', '2020'], ['y', '2020-01']], ['y', 'x']],
		['dates still being typed last, in their order', [['x', '2021-1'], ['y', '2001'], ['z', 'soon']], ['y', 'x', 'z']]
	])('%s', (_, events, expected) => {
		const sorted = sortByDate(documentWith(...events.map(([id, date]) => ({ id: id!, date: date! }))));
		expect(sorted.events.map((e) => e.id)).toEqual(expected);
	});
});
