/**
 * "Download image" in the browser: builds the timeline's SVG (timeline-svg.ts) with the Inter
 * files embedded, turns it into a PNG when asked (the SVG drawn on a canvas, nothing sent
 * anywhere), and hands the file to the browser's download. Loaded only when the reader asks.
 */
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff?url';
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff?url';
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff?url';
import latinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff?url';
import { slugify } from '../time/id';
import { FONT_FILES, needsLatinExtended, type EmbeddedFont } from './fonts';
import { timelineSvg, type TimelineImageOptions } from './timeline-svg';

/** The file formats offered: SVG, or PNG at one or two pixels per CSS pixel. */
export type ImageFormat = 'svg' | 'png-1' | 'png-2';

const URLS: Record<(typeof FONT_FILES)[number]['file'], string> = {
	'inter-latin-400-normal.woff': latin400,
	'inter-latin-700-normal.woff': latin700,
	'inter-latin-ext-400-normal.woff': latinExt400,
	'inter-latin-ext-700-normal.woff': latinExt700
};

const fonts = new Map<string, Promise<EmbeddedFont>>();

/** The font files of `subset` as base64, each fetched once from the site itself. */
function loadFonts(subset: EmbeddedFont['subset']): Promise<EmbeddedFont[]> {
	return Promise.all(
		FONT_FILES.filter((f) => f.subset === subset).map((f) => {
			let font = fonts.get(f.file);
			if (!font) {
				font = fetch(URLS[f.file]).then(async (response) => {
					if (!response.ok) throw new Error(`the font ${f.file} did not load (${response.status})`);
					return { weight: f.weight, subset: f.subset, unicodeRange: f.unicodeRange, base64: toBase64(new Uint8Array(await response.arrayBuffer())) };
				});
				font.catch(() => fonts.delete(f.file));
				fonts.set(f.file, font);
			}
			return font;
		})
	);
}

function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(text);
}

/** The SVG drawn on a canvas at its own (scaled) size, as a PNG. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
	const image = new Image(width, height);
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('this browser cannot draw the image');
	context.drawImage(image, 0, 0, width, height);
	return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('this browser cannot make a PNG'))), 'image/png'));
}

/** A made image: the file, its name and its size in pixels. */
export interface MadeImage {
	blob: Blob;
	name: string;
	width: number;
	height: number;
}

/** Makes the image of `options` in `format`. */
export async function makeImage(options: Omit<TimelineImageOptions, 'fonts' | 'scale'>, format: ImageFormat): Promise<MadeImage> {
	const scale = format === 'png-2' ? 2 : 1;
	// The page has drawn these dates already, so any EDTF reader they need is loaded.
	const latin = await loadFonts('latin');
	let image = timelineSvg({ ...options, fonts: latin, scale });
	// The Latin Extended files only when some text needs them: most images do without.
	if (needsLatinExtended(image.svg)) image = timelineSvg({ ...options, fonts: [...latin, ...(await loadFonts('latin-ext'))], scale });
	const base = `timeline-${slugify(options.dataset.article.title, 60) || 'image'}`;
	if (format === 'svg') {
		return { blob: new Blob([image.svg], { type: 'image/svg+xml' }), name: `${base}.svg`, width: image.width, height: image.height };
	}
	const width = image.width * scale;
	const height = image.height * scale;
	return { blob: await toPng(image.svg, width, height), name: `${base}${scale === 2 ? '@2x' : ''}.png`, width, height };
}

/** Hands `image` to the browser's download, as a link to it followed once. */
export function saveImage(image: MadeImage): void {
	const url = URL.createObjectURL(image.blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = image.name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
