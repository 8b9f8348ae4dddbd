import { describe, expect, it } from 'vitest';
import data from './afghanistan-2021.json';
import { describeGroup, groupIssues } from './issue-groups';
import { readDataset } from './read-dataset';

const file = () => structuredClone(data) as unknown as { article: Record<string, unknown>; events: Record<string, unknown>[] };

describe('readDataset(input)', () => {
	it('shows a valid file whole, with nothing skipped', () => {
		const result = readDataset(file());
		expect(result.ok && result.skipped).toBe(null);
		expect(result.ok && result.dataset.events).toHaveLength(9);
	});

	it('keeps every valid event and sets aside the ones with problems, naming them by their place in the file', () => {
		const input = file();
		input.events[2]!.date = '2021-02-30';
		delete input.events[5]!.title;
		const result = readDataset(input);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.dataset.events.map((e) => e.id)).toEqual(data.events.filter((_, i) => i !== 2 && i !== 5).map((e) => e.id));
		expect(result.skipped).toMatchObject({ total: 9, count: 2 });
		expect(result.skipped!.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['events[2].date', 'events[5].title']));
	});

	it('keeps the first of two events with the same id', () => {
		const input = file();
		input.events[4]!.id = input.events[3]!.id;
		const result = readDataset(input);
		expect(result.ok && result.skipped?.count).toBe(1);
		expect(result.ok && result.dataset.events.filter((e) => e.id === data.events[3]!.id)).toHaveLength(1);
	});

	it.each([
		['no article', (d: ReturnType<typeof file>) => Reflect.deleteProperty(d, 'article')],
		['a bad article field', (d: ReturnType<typeof file>) => (d.article.published = 'soon')],
		['no events list', (d: ReturnType<typeof file>) => Reflect.deleteProperty(d, 'events')],
		['no valid event', (d: ReturnType<typeof file>) => d.events.forEach((e) => (e.date = 'never'))]
	])('refuses a file with %s, with every problem', (_, change) => {
		const input = file();
		change(input);
		const result = readDataset(input);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.issues.length).toBeGreaterThan(0);
	});

	it('refuses what is not an object', () => {
		expect(readDataset(null).ok).toBe(false);
		expect(readDataset([1, 2]).ok).toBe(false);
	});
});

describe('groupIssues(issues)', () => {
	it('makes one line of many events with the same problem, with the first paths and a count', () => {
		const issues = Array.from({ length: 20_000 }, (_, i) => ({ path: `events[${i}].title`, message: 'is missing' }));
		const groups = groupIssues(issues);
		expect(groups).toEqual([{ field: 'events[].title', message: 'is missing', paths: ['events[0].title', 'events[1].title', 'events[2].title'], more: 19_997 }]);
		expect(describeGroup(groups[0]!)).toBe('events[].title: is missing (events[0].title, events[1].title, events[2].title and 19,997 more)');
	});

	it('groups messages that differ only in the value they quote, and keeps different kinds apart', () => {
		const groups = groupIssues([
			{ path: 'events[0].date', message: '"2021-02-30" is not a valid date' },
			{ path: 'article.title', message: 'is missing' },
			{ path: 'events[7].date', message: '"2021-13" is not a valid date' }
		]);
		expect(groups.map(describeGroup)).toEqual(['events[].date: … is not a valid date (events[0].date, events[7].date)', 'article.title: is missing']);
	});
});
