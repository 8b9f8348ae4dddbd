import { describe, expect, it } from 'vitest';
import { DAY } from '$lib/time/day';
import { parseIncoming, periodOf, rangeMessage, readyMessage, selectMessage, errorMessage } from './messages';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('parseIncoming(data)', () => {
	it.each([
		{ data: { type: 'timeline:select', id: 'doha-agreement' } },
		{ data: { type: 'timeline:select', id: 'a' } },
		{ data: { type: 'timeline:select', id: 'a1-b2-c3' } },
		{ data: { type: 'timeline:range', from: '2020-01-01', to: '2020-03-31' } },
		{ data: { type: 'timeline:range', from: '2020-02-29', to: '2020-02-29' } },
		{ data: { type: 'timeline:next' } },
		{ data: { type: 'timeline:previous' } }
	])('accepts $data', ({ data }) => {
		expect(parseIncoming(data)).toEqual(data);
	});

	it.each([
		{ type: 'timeline:next', extra: '<script>' },
		{ type: 'timeline:previous', id: 'a' },
		{ type: 'timeline:select', id: 'doha-agreement', from: '2020-01-01' },
		{ type: 'timeline:range', from: '2020-01-01', to: '2020-02-01', event: 'a' }
	])('ignores %j, which has a key the protocol does not define', (data) => {
		expect(parseIncoming(data)).toBeNull();
	});

	it('accepts an id of the longest length an event may have', () => {
		const id = 'a'.repeat(200);
		expect(parseIncoming({ type: 'timeline:select', id })).toEqual({ type: 'timeline:select', id });
		expect(parseIncoming({ type: 'timeline:select', id: `${id}b` })).toBeNull();
	});

	it.each([
		{ why: 'undefined', data: undefined },
		{ why: 'null', data: null },
		{ why: 'a string', data: 'timeline:next' },
		{ why: 'a JSON string', data: '{"type":"timeline:next"}' },
		{ why: 'a number', data: 42 },
		{ why: 'an array', data: [{ type: 'timeline:next' }] },
		{ why: 'no type', data: { id: 'a' } },
		{ why: 'an unknown type', data: { type: 'timeline:delete' } },
		{ why: 'an outgoing-only type', data: { type: 'timeline:ready' } },
		{ why: 'another protocol', data: { sentinel: 'amp', type: 'embed-size', height: 300 } },
		{ why: 'a Pym.js message', data: 'pymxPYMxidxPYMxheightxPYMx300' },
		{ why: 'a select without id', data: { type: 'timeline:select' } },
		{ why: 'a select with a numeric id', data: { type: 'timeline:select', id: 3 } },
		{ why: 'a select with an empty id', data: { type: 'timeline:select', id: '' } },
		{ why: 'a select with markup for an id', data: { type: 'timeline:select', id: '<img src=x>' } },
		{ why: 'a select with an upper-case id', data: { type: 'timeline:select', id: 'Doha' } },
		{ why: 'a select with a huge id', data: { type: 'timeline:select', id: 'a'.repeat(5000) } },
		{ why: 'a range without to', data: { type: 'timeline:range', from: '2020-01-01' } },
		{ why: 'a range of timestamps', data: { type: 'timeline:range', from: 1577836800000, to: 1585612800000 } },
		{ why: 'a range with times', data: { type: 'timeline:range', from: '2020-01-01T00:00', to: '2020-02-01T00:00' } },
		{ why: 'a range with an impossible day', data: { type: 'timeline:range', from: '2020-02-30', to: '2020-03-31' } },
		{ why: 'a range backwards', data: { type: 'timeline:range', from: '2020-05-01', to: '2020-01-01' } }
	])('ignores $why', ({ data }) => {
		expect(parseIncoming(data)).toBeNull();
	});
});

describe('periodOf(from, to)', () => {
	it('reads the days as the URL does: from the start of `from` to the end of `to`', () => {
		expect(periodOf('2020-01-01', '2020-01-31')).toEqual([day('2020-01-01'), day('2020-02-01')]);
	});
});

describe('outgoing messages', () => {
	it('errorMessage() carries the first 20 problems and the count of all', () => {
		const problems = Array.from({ length: 25 }, (_, i) => ({ path: `events[${i}].date`, message: 'is missing', extra: true }));
		const message = errorMessage('2 of 20 events have problems and are not shown.', true, problems);
		expect(message).toMatchObject({ type: 'timeline:error', shown: true, count: 25 });
		expect(message.problems).toHaveLength(20);
		expect(message.problems[0]).toEqual({ path: 'events[0].date', message: 'is missing' });
	});

	it('readyMessage() is {type: "timeline:ready"}', () => {
		expect(readyMessage()).toEqual({ type: 'timeline:ready' });
	});

	it('selectMessage(id) carries the id, or null when the reader closed the event', () => {
		expect(selectMessage('a')).toEqual({ type: 'timeline:select', id: 'a' });
		expect(selectMessage(null)).toEqual({ type: 'timeline:select', id: null });
	});

	it('rangeMessage(from, to) gives the first and last day, as in the URL', () => {
		expect(rangeMessage(day('2020-01-01'), day('2020-04-01'))).toEqual({ type: 'timeline:range', from: '2020-01-01', to: '2020-03-31' });
	});

	it('rangeMessage(from, to) round-trips through parseIncoming', () => {
		const message = rangeMessage(day('2019-06-10'), day('2019-06-20') + DAY / 2);
		const parsed = parseIncoming(message);
		expect(parsed).toEqual(message);
	});
});
