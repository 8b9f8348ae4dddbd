import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFile, brokenFile } from '$lib/data/dataset-copies';
import { render, USAGE } from './render';

const folder = mkdtempSync(join(tmpdir(), 'render-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const at = (name: string) => join(folder, name);
writeFileSync(at('good.json'), JSON.stringify(articleFile()));
writeFileSync(at('broken.json'), JSON.stringify(brokenFile()));
writeFileSync(at('not-json.json'), '{"version": 1.1,\n"events": [}');

/** The width and height a PNG file says it has (its IHDR chunk, right after the signature). */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Drawing a PNG and starting Node take a second or two; a busy machine may need far more. */
const SLOW = { timeout: 30_000 };

describe('render(argv)', SLOW, () => {
	it('writes a PNG of the width asked, 1200 px by default', async () => {
		const report = await render([at('good.json'), '--out', at('a.png')]);
		const { width, height } = pngSize(at('a.png'));
		expect(width).toBe(1200);
		expect(report).toEqual({ lines: [`${at('a.png')}: 1200 × ${height} PNG`], status: 0 });
	});

	it('scales the PNG with --scale, keeping its proportions', async () => {
		await render([at('good.json'), '--out', at('b.png'), '--width', '800']);
		await render([at('good.json'), '--out', at('b2.png'), '--width', '800', '--scale', '2']);
		const one = pngSize(at('b.png'));
		expect(one.width).toBe(800);
		expect(pngSize(at('b2.png'))).toEqual({ width: 1600, height: one.height * 2 });
	});

	it('writes the SVG the browser makes when --out ends in .svg, for a period and a theme', async () => {
		const report = await render([at('good.json'), '--out', at('c.svg'), '--from', '2020-01-01', '--to', '2021-06-30', '--theme', 'dark']);
		expect(report.status).toBe(0);
		const svg = readFileSync(at('c.svg'), 'utf8');
		expect(svg).toContain('<title>Timeline: Taliban and Al-Qaeda terrorist groups');
		expect(svg).toContain('January 2020 to June 2021');
		expect(svg).toContain('fill="#16191d"');
		expect(svg).toContain('@font-face{font-family:"Inter"');
	});

	it('draws its words in the language of --lang, a regional tag by its language', async () => {
		const report = await render([at('good.json'), '--out', at('fr.svg'), '--from', '2020-01-01', '--to', '2021-06-30', '--lang', 'fr-CA']);
		expect(report.status).toBe(0);
		const svg = readFileSync(at('fr.svg'), 'utf8');
		expect(svg).toContain('<title>Chronologie : Taliban and Al-Qaeda terrorist groups');
		expect(svg).toContain('janvier 2020 à juin 2021');
		expect(svg).toContain('plusieurs événements');
	});

	it('lists every problem of an invalid dataset with its path, and writes nothing', async () => {
		const report = await render([at('broken.json'), '--out', at('broken.png')]);
		expect(report.status).toBe(1);
		expect(report.lines[0]).toBe(`${at('broken.json')}: events[3].date: "2021-02-30" is not a valid date`);
		expect(() => readFileSync(at('broken.png'))).toThrow();
	});

	it.each([
		{ name: 'no file', argv: ['--out', 'x.png'], line: USAGE },
		{ name: 'no --out', argv: ['good.json'], line: USAGE },
		{ name: 'another image format', argv: ['good.json', '--out', 'x.jpg'], line: '--out x.jpg: the image must end in .png or .svg' },
		{ name: 'a width that is not a number', argv: ['good.json', '--out', 'x.png', '--width', 'wide'], line: '--width wide: give a whole number of pixels from 320 to 10000' },
		{ name: 'only --from', argv: ['good.json', '--out', 'x.png', '--from', '2020-01-01'], line: 'Give both --from and --to, or neither for the whole timeline' },
		{ name: 'a day that does not exist', argv: ['good.json', '--out', 'x.png', '--from', '2021-02-30', '--to', '2021-03-01'], line: '--from 2021-02-30: give a day as YYYY-MM-DD' },
		{ name: 'an unknown theme', argv: ['good.json', '--out', 'x.png', '--theme', 'sepia'], line: '--theme sepia: give light or dark' },
		{ name: 'a language the interface does not speak', argv: ['good.json', '--out', 'x.png', '--lang', 'xx'], line: '--lang xx: give one of ar, de, en, es, fr' },
		{ name: 'a file that is not JSON', argv: [at('not-json.json'), '--out', 'x.png'], line: `${at('not-json.json')}: is not valid JSON: unexpected "}" at line 2, column 12` },
		{ name: 'a missing file', argv: [at('missing.json'), '--out', 'x.png'], line: `${at('missing.json')}: cannot be read: there is no such file` }
	])('refuses $name with a message', async ({ argv, line }) => {
		expect(await render(argv)).toEqual({ lines: [line], status: 1 });
	});
});

describe('npm run render (src/cli/render.ts)', SLOW, () => {
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/render.ts', ...args], { encoding: 'utf8', env: { ...process.env, INIT_CWD: folder } });

	it('exits 0 and writes the PNG, reading paths from where the command was typed', () => {
		const { status, stdout } = run('good.json', '--out', 'cli.png', '--width', '640');
		expect(status).toBe(0);
		expect(stdout).toMatch(/^cli\.png: 640 × \d+ PNG\n$/);
		expect(pngSize(at('cli.png')).width).toBe(640);
	});

	it('exits 1 for a broken dataset and prints its problems on stderr', () => {
		const { status, stderr } = run('broken.json', '--out', 'cli-broken.png');
		expect(status).toBe(1);
		expect(stderr).toContain('broken.json: events[3].date: "2021-02-30" is not a valid date');
	});
});
