/**
 * `npm run render -- FILE --out timeline.png`: the timeline image of a dataset file, made in
 * Node for a publishing pipeline. The file is checked with the app's validator first; the
 * SVG is the one "Download image" makes in the browser (timeline-svg.ts), and resvg draws
 * the PNG from it with the same font files the SVG embeds.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateDataset } from '../data/schema';
import { jsonProblem } from '../data/json-problem';
import type { Messages } from '../i18n/messages/en';
import { dateLocale } from '../time/date-locale';
import { withEdtf } from '../time/edtf';
import { dayToMs, DAY } from '../timeline/dates';
import { FONT_FILES, type EmbeddedFont } from './fonts';
import { imageInput } from './image-input';
import { timelineSvg } from './timeline-svg';
import { woffToSfnt } from './woff';

/** What a run printed and how it ended. */
export interface RenderReport {
	lines: string[];
	status: 0 | 1;
}

export const USAGE =
	'Usage: npm run render -- FILE.json --out timeline.png|timeline.svg [--width 1200] [--from YYYY-MM-DD --to YYYY-MM-DD] [--theme light|dark] [--scale 2] [--lang en|fr|de|es|ar]';

const DAY_PATTERN = /^-?\d{4,}-\d{2}-\d{2}$/;

/** The interface's languages: one catalogue file each in src/lib/i18n/messages, as the app finds them. */
async function languages(): Promise<string[]> {
	const files = await readdir(new URL('../i18n/messages/', import.meta.url));
	return files.flatMap((file) => (/^[a-z]{2,3}\.ts$/.test(file) ? [file.slice(0, -3)] : [])).sort();
}

/** The catalogue of `lang`, one of {@link languages}. */
async function loadMessages(lang: string): Promise<Messages> {
	const module = (await import(`../i18n/messages/${lang}.ts`)) as { default: Messages };
	return module.default;
}

/** The font files, read from @fontsource/inter: base64 for the SVG, unwrapped for resvg. */
async function loadFonts(): Promise<{ embedded: EmbeddedFont[]; buffers: Buffer[] }> {
	const require = createRequire(import.meta.url);
	const files = await Promise.all(FONT_FILES.map((f) => readFile(require.resolve(`@fontsource/inter/files/${f.file}`))));
	return {
		embedded: FONT_FILES.map((f, i) => ({ weight: f.weight, unicodeRange: f.unicodeRange, subset: f.subset, base64: (files[i] as Buffer).toString('base64') })),
		buffers: files.map((file) => woffToSfnt(file))
	};
}

/** Runs the command with `argv` (what follows `--`), reading and writing files relative to `cwd`. */
export async function render(argv: readonly string[], resolvePath: (path: string) => string = (p) => p): Promise<RenderReport> {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: { out: { type: 'string', short: 'o' }, width: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, theme: { type: 'string' }, scale: { type: 'string' }, lang: { type: 'string' } }
		});
	} catch (error) {
		return fail(`${(error as Error).message}`, USAGE);
	}
	const { values, positionals } = parsed;
	const [file] = positionals;
	if (!file || positionals.length > 1 || !values.out) return fail(USAGE);
	const format = extname(values.out).toLowerCase();
	if (format !== '.png' && format !== '.svg') return fail(`--out ${values.out}: the image must end in .png or .svg`);
	const width = values.width === undefined ? 1200 : Number(values.width);
	if (!Number.isInteger(width) || width < 320 || width > 10_000) return fail(`--width ${values.width}: give a whole number of pixels from 320 to 10000`);
	const scale = values.scale === undefined ? 1 : Number(values.scale);
	if (!(scale >= 1 && scale <= 4)) return fail(`--scale ${values.scale}: give a number from 1 to 4`);
	const theme = values.theme ?? 'light';
	if (theme !== 'light' && theme !== 'dark') return fail(`--theme ${theme}: give light or dark`);
	// The words drawn besides the data: a language the interface speaks ("fr", or "fr-CA" for French).
	const known = await languages();
	const tag = (values.lang ?? 'en').trim().toLowerCase().replace(/_/g, '-');
	const lang = known.includes(tag) ? tag : known.find((code) => code === tag.split('-')[0]);
	if (!lang) return fail(`--lang ${values.lang}: give one of ${known.join(', ')}`);
	if ((values.from === undefined) !== (values.to === undefined)) return fail('Give both --from and --to, or neither for the whole timeline');
	for (const [name, day] of [['from', values.from], ['to', values.to]] as const) {
		if (day !== undefined && !isDay(day)) return fail(`--${name} ${day}: give a day as YYYY-MM-DD`);
	}
	const range = values.from && values.to ? ([dayToMs(values.from), dayToMs(values.to) + DAY] as const) : undefined;
	if (range && range[0] >= range[1]) return fail('--from must be before --to');

	let text: string;
	try {
		text = await readFile(resolvePath(file), 'utf8');
	} catch (error) {
		const code = (error as { code?: string }).code;
		return fail(`${file}: cannot be read${code === 'ENOENT' ? ': there is no such file' : `: ${(error as Error).message}`}`);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const { what, line, column } = jsonProblem(text, error as Error);
		return fail(`${file}: is not valid JSON: ${what} at line ${line}, column ${column}`);
	}
	const result = await withEdtf(() => validateDataset(json));
	if (!result.ok) return fail(...result.issues.map(({ path, message }) => `${file}: ${path || 'dataset'}: ${message}`));

	const fonts = await loadFonts();
	const words = await loadMessages(lang);
	const locale = dateLocale(words.meta.intl, words.dates);
	const image = await withEdtf(() =>
		timelineSvg({ ...imageInput(result.dataset, locale), range, theme, width, fonts: fonts.embedded, scale: format === '.png' ? scale : 1, words, locale })
	);
	const out = resolvePath(values.out);
	if (format === '.svg') {
		await writeFile(out, image.svg);
		return { lines: [`${values.out}: ${image.width} × ${image.height} SVG`], status: 0 };
	}
	const { Resvg } = await import('@resvg/resvg-js');
	// resvg reads fonts from files: the unwrapped ones go to a folder of their own for the run.
	const folder = await mkdtemp(join(tmpdir(), 'timeline-fonts-'));
	try {
		const fontFiles = await Promise.all(
			fonts.buffers.map(async (buffer, i) => {
				const path = join(folder, `inter-${i}.ttf`);
				await writeFile(path, buffer);
				return path;
			})
		);
		// The document asks for its size times the scale, so resvg draws it at that size.
		const png = new Resvg(image.svg, { font: { fontFiles, loadSystemFonts: true, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' } }).render();
		await writeFile(out, png.asPng());
		return { lines: [`${values.out}: ${png.width} × ${png.height} PNG`], status: 0 };
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

function isDay(text: string): boolean {
	try {
		return DAY_PATTERN.test(text) && Number.isFinite(dayToMs(text));
	} catch {
		return false;
	}
}

function fail(...lines: string[]): RenderReport {
	return { lines, status: 1 };
}
