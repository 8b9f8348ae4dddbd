import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDraftCli } from './cli';

const FIXTURES = new URL('../../../tests/fixtures/drafter/', import.meta.url);

async function run(argv: string[], stdin = '') {
	const out: string[] = [];
	const err: string[] = [];
	const status = await runDraftCli(argv, {
		readFile: (path) => readFileSync(new URL(path, FIXTURES), 'utf8'),
		readStdin: async () => stdin,
		stdout: (text) => out.push(text),
		stderr: (text) => err.push(text)
	});
	return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('the draft command', () => {
	it('prints a draft dataset for a file, with 2-space indentation', async () => {
		const { status, stdout, stderr } = await run(['council.txt', '--published', '2021-05-19', '--publication', 'City Paper', '--author', 'A. Writer']);
		expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
		expect(stdout).toMatch(/^\{\n {2}"version": 1\.1,/);
		const dataset = JSON.parse(stdout);
		expect(dataset.article).toMatchObject({ title: 'City council votes to close the old bridge', publication: 'City Paper', author: 'A. Writer', published: '2021-05-19' });
		expect(dataset.events.map((e: { dateText: string; date: string }) => [e.dateText, e.date])).toEqual([
			['late 2019', '2019-10~/2019-12~'],
			['Tuesday', '2021-05-18'],
			['next year', '2022']
		]);
	});

	it('prints the mentions with --mentions', async () => {
		const { status, stdout } = await run(['council.txt', '--published=2021-05-19', '--mentions']);
		expect(status).toBe(0);
		const mentions = JSON.parse(stdout);
		const text = readFileSync(new URL('council.txt', FIXTURES), 'utf8');
		expect(mentions.map((m: { text: string }) => m.text)).toEqual(['Tuesday', '1936', 'late 2019', 'next year']);
		for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
	});

	it('drafts JSON Lines in order with --jsonl, a bad line giving an error line while the rest go on', async () => {
		const input = readFileSync(new URL('articles.jsonl', FIXTURES), 'utf8');
		const { status, stdout, stderr } = await run(['--jsonl'], `${input}not json\n`);
		const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
		expect(lines.map((l) => l.id)).toEqual(['one', 'two', 'three', null]);
		expect(lines[0].dataset.article.title).toBe('Mayor quits');
		expect(lines[0].mentions[0]).toMatchObject({ text: 'Friday', date: '2021-05-14' });
		expect(lines[1].error).toMatch(/^line 2: the publication date "2021-02-30"/);
		expect(lines[2].dataset.events[0]).toMatchObject({ dateText: 'two years ago', date: '2019' });
		expect(lines[3]).toEqual({ id: null, error: 'line 4: not valid JSON' });
		expect(status).toBe(1);
		expect(stderr.trim().split('\n')).toHaveLength(2);
	});

	it.each([
		[['missing.txt', '--published', '2021-05-18'], 1, 'draft: cannot read missing.txt: no such file\n'],
		[['council.txt', '--published', '2021-13-01'], 2, /^draft: --published: the publication date "2021-13-01" should be/],
		[['council.txt'], 2, /^draft: --published is missing/],
		[['council.txt', '--published'], 2, 'draft: --published needs a value\n'],
		[['council.txt', '--published', '2021-05-18', '--colour', 'red'], 2, /^draft: unknown option --colour/],
		[[], 2, /^draft: give the article's text file/]
	])('%j fails with status %i and a one-line message', async (argv, expected, message) => {
		const { status, stdout, stderr } = await run(argv as string[]);
		expect(status).toBe(expected);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});
});
