import { describe, expect, it } from 'vitest';
import { DAY } from './dates';
import { toTimelineItems } from './items';
import type { EventRecord } from './types';

function event(id: string, date: string, start: string, end: string, record?: EventRecord['record']): EventRecord {
	return { id, title: id, summary: id, dateText: id, date, start, end, quotes: [id], article: 'article', record };
}

const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

describe('toTimelineItems(events)', () => {
	it.each([
		['a day', '2020-02-29', '2020-02-29', '2020-02-29', 'point'],
		['an uncertain day', '2021-05-18?', '2021-05-18', '2021-05-18', 'point'],
		['a month', '2021-02', '2021-02-01', '2021-02-28', 'bar'],
		['a year', '2015', '2015-01-01', '2015-12-31', 'band'],
		['an approximate interval', '2001-10~/2001-12~', '2001-10-01', '2001-12-31', 'band']
	])('turns %s (%s) into UTC ms from the first day to the midnight after the last, drawn as a %s', (_, date, start, end, kind) => {
		const [item] = toTimelineItems([event('x', date, start, end)]);
		expect(item).toMatchObject({ id: 'x', start: ms(start), end: ms(end) + DAY, kind });
	});

	it('gives a one-day event a span of exactly one day', () => {
		const [item] = toTimelineItems([event('x', '2020-02-29', '2020-02-29', '2020-02-29')]);
		expect(item && item.end - item.start).toBe(DAY);
	});

	it('keeps the event itself on the item', () => {
		const source = event('x', '2015', '2015-01-01', '2015-12-31');
		expect(toTimelineItems([source])[0]?.event).toBe(source);
	});

	it('converts the record the same way, with its own kind', () => {
		const record = { date: '2021-04-14', start: '2021-04-14', end: '2021-04-14', note: 'n', sources: [{ title: 's' }] };
		const [item] = toTimelineItems([event('x', '2021', '2021-01-01', '2021-12-31', record)]);
		expect(item?.kind).toBe('band');
		expect(item?.record).toEqual({ start: ms('2021-04-14'), end: ms('2021-04-15'), kind: 'point' });
	});

	it('leaves record out when the event has none', () => {
		const [item] = toTimelineItems([event('x', '2015', '2015-01-01', '2015-12-31')]);
		expect(item).not.toHaveProperty('record');
	});

	it('sorts by start, then by end, then by id', () => {
		const items = toTimelineItems([
			event('late', '2021-05-19?', '2021-05-19', '2021-05-19'),
			event('year', '2021', '2021-01-01', '2021-12-31'),
			event('b-day', '2021-05-18?', '2021-05-18', '2021-05-18'),
			event('month', '2021-01', '2021-01-01', '2021-01-31'),
			event('a-day', '2021-05-18?', '2021-05-18', '2021-05-18')
		]);
		expect(items.map((item) => item.id)).toEqual(['month', 'year', 'a-day', 'b-day', 'late']);
	});

	it('breaks a tie between equal article dates by the record’s start, before the id', () => {
		const record = (day: string) => ({ date: day, start: day, end: day, note: 'n', sources: [{ title: 's' }] });
		const items = toTimelineItems([
			event('a-assessment', '2021-05-18/2021-05-30', '2021-05-18', '2021-05-30', record('2021-05-19')),
			event('b-report', '2021-05-18/2021-05-30', '2021-05-18', '2021-05-30', record('2021-05-18'))
		]);
		expect(items.map((item) => item.id)).toEqual(['b-report', 'a-assessment']);
	});

	it('does not change the array it is given', () => {
		const events = [event('b', '2021', '2021-01-01', '2021-12-31'), event('a', '2015', '2015-01-01', '2015-12-31')];
		toTimelineItems(events);
		expect(events.map((e) => e.id)).toEqual(['b', 'a']);
	});
});
