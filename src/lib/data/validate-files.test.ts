import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFile, asVersion1, BROKEN_PATHS, brokenFile } from './dataset-copies';
import { validateFiles } from './validate-files';

const folder = mkdtempSync(join(tmpdir(), 'datasets-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `text` to a file in the temporary folder and gives its path. */
function file(name: string, text: string): string {
	const path = join(folder, name);
	writeFileSync(path, text);
	return path;
}

const read = async (path: string) => readFileSync(path, 'utf8');
const good = file('good.json', JSON.stringify(articleFile(), null, '\t'));
const version1 = file('version-1.json', JSON.stringify(asVersion1()));
const broken = file('broken.json', JSON.stringify(brokenFile(), null, '\t'));
const notJson = file('not-json.json', '{\n\t"version": 1.1,\n\t"events": [}\n');
const missing = join(folder, 'missing.json');

describe('validateFiles(paths, read)', () => {
	it.each([
		{ name: 'the article dataset', path: good, lines: [`${good}: valid (9 events)`], status: 0 },
		{ name: 'the same as a version-1 file', path: version1, lines: [`${version1}: valid (9 events)`], status: 0 },
		{ name: 'a missing file', path: missing, lines: [`${missing}: cannot be read: there is no such file`], status: 1 },
		{ name: 'a file that is not JSON', path: notJson, lines: [`${notJson}: is not valid JSON: unexpected "}" at line 3, column 13`], status: 1 }
	])('reports $name', async ({ path, lines, status }) => {
		const report = await validateFiles([path], read);
		expect(report.lines).toEqual(lines);
		expect(report.status).toBe(status);
	});

	it('lists every problem of a broken file with its path, and fails', async () => {
		const report = await validateFiles([broken], read);
		expect(report.lines.map((line) => line.split(': ')[1])).toEqual(BROKEN_PATHS);
		expect(report.lines[0]).toBe(`${broken}: events[3].date: "2021-02-30" is not a valid date`);
		expect(report.status).toBe(1);
	});

	it('checks every file it is given and fails when any one is invalid', async () => {
		const report = await validateFiles([good, broken, version1], read);
		expect(report.lines).toHaveLength(2 + BROKEN_PATHS.length);
		expect(report.lines.at(-1)).toBe(`${version1}: valid (9 events)`);
		expect(report.status).toBe(1);
	});

	it('explains how to use it when given no files', async () => {
		expect(await validateFiles([], read)).toEqual({ lines: ['Usage: npm run validate -- FILE.json...'], status: 1 });
	});
});

describe('npm run validate (src/cli/validate.ts)', () => {
	const run = (...paths: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...paths], { encoding: 'utf8', env: { ...process.env, INIT_CWD: folder } });

	it('exits 0 for valid files and prints that they are valid', () => {
		const { status, stdout } = run('good.json', 'version-1.json');
		expect([status, stdout]).toEqual([0, 'good.json: valid (9 events)\nversion-1.json: valid (9 events)\n']);
	});

	it('exits 1 for a broken file and prints its problems with their paths', () => {
		const { status, stdout } = run('broken.json');
		expect(status).toBe(1);
		expect(stdout.trim().split('\n').map((line) => line.split(': ')[1])).toEqual(BROKEN_PATHS);
	});
});
