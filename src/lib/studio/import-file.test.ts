import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleDataset } from '../data/article';
import { importFile } from './import-file';

const TODAY = '2026-12-02';
const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const articleFile = JSON.stringify({ version: 1, article: articleDataset.article, events: articleDataset.events });

describe('importFile(name, content) tells the kinds of file apart by their content', () => {
	it.each([
		['a dataset', 'story.json', articleFile, 'dataset', 9],
		['a dataset of another article', 'other.json', fixture('other-article.json'), 'dataset', 3],
		['a TimelineJS file', 'timeline.json', fixture('timelinejs/bridge.json'), 'timelinejs', 5],
		['a TimelineJS sheet as CSV', 'sheet.csv', fixture('timelinejs/bridge.csv'), 'timelinejs-csv', 4],
		['a CSV whatever its name', 'download', fixture('timelinejs/bridge.csv'), 'timelinejs-csv', 4],
		['a file with a byte-order mark', 'bom.json', `\ufeff${articleFile}`, 'dataset', 9]
	])('%s', (_, name, content, kind, events) => {
		const result = importFile(name, content, TODAY);
		expect(result).toMatchObject({ ok: true, kind });
		if (result.ok) expect(result.document.events).toHaveLength(events);
	});

	it('opens a dataset with problems, so they can be fixed, and says so', () => {
		const result = importFile('broken.json', fixture('broken-article.json'), TODAY);
		expect(result).toMatchObject({ ok: true, kind: 'dataset', notes: [{ path: '', message: expect.stringMatching(/problems?; they are listed under Problems/) }] });
		if (result.ok) expect(result.document.events.length).toBeGreaterThan(0);
	});

	it('carries the TimelineJS notes through', () => {
		const result = importFile('timeline.json', fixture('timelinejs/bridge.json'), TODAY);
		expect(result.ok && result.notes).toContainEqual(expect.objectContaining({ message: 'media is not imported yet' }));
		expect(result.ok && result.document.eras.map((e) => e.title)).toEqual(['First span', 'Second span']);
	});
});

describe('importFile(name, content) says what a file it cannot read should be', () => {
	it.each([
		['JSON that is broken', 'story.json', '{"version": 1,', 'is not valid JSON'],
		['text that is neither', 'notes.txt', 'Just some notes.', 'neither JSON nor a CSV'],
		['a CSV without the template columns', 'data.csv', 'date,title\n2020,x', 'neither JSON nor a CSV'],
		['JSON of another kind', 'package.json', '{"name": "x"}', 'neither a timeline dataset']
	])('%s', (_, name, content, words) => {
		const result = importFile(name, content, TODAY);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(words);
	});
});
