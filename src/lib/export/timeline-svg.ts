/**
 * The timeline as one SVG document, for "Download image" in the browser and
 * `npm run render` in Node: the headline, the period, the plot drawn with the same layout,
 * lanes, clusters, eras and axis modules as the timeline on screen, the legend and the credit
 * line. A pure function of the dataset, the view, the theme and the size; every text in it
 * is escaped (see svg-text.ts).
 *
 * It takes the events and eras as the timeline has them already (a page passes its
 * TimelineState's, Node those of image-input.ts), so it needs no date reader of its own, and
 * the words it draws besides the data in the page's language (English by default).
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { en, type Messages } from '../i18n/messages/en';
import { withTools } from '../i18n/messages/en-tools';
import { fill, fillPlural } from '../i18n/plural';
import { ENGLISH_DATES, type DateLocale } from '../time/date-locale';
import { formatPeriod } from '../time/format-period';
import { eraBands, type EraSpan } from '../timeline/eras';
import { rowSources } from '../timeline/group-layout';
import { createItemIndex } from '../timeline/item-index';
import { fitLabel, type PlacedMark } from '../timeline/layout';
import { countFontSize, countLabel } from '../timeline/marks';
import { AXIS_ROOM, axisYOf, LANE_HEIGHT, laneY, plotLayout } from '../timeline/plot-geometry';
import { axisTicks, labelFits } from '../timeline/ticks';
import type { Dataset, TimelineItem } from '../timeline/types';
import { NO_GROUP } from '../timeline/filters';
import { paddedDomain } from '../timeline/viewport';
import { fontFaceCss, FONT_STACK, needsLatinExtended, type EmbeddedFont } from './fonts';
import { IMAGE_PADDING } from './image-size';
import { PALETTES, type ImageTheme, type Palette } from './palette';
import { el, escapeXml, num, wrapWords } from './svg-text';

/** What {@link timelineSvg} draws. */
export interface TimelineImageOptions {
	/** The dataset, validated. */
	dataset: Dataset;
	/** Every event of the dataset ready to draw, in time order (TimelineState.allItems). */
	allItems: readonly TimelineItem[];
	/** The dataset's eras as spans, in time order (TimelineState.eras). */
	eras: readonly EraSpan[];
	/** The publication date in words ("18 to 30 May 2021"), for the credit line. */
	published: string;
	/** The events to draw (the ones a filter keeps), in time order; all of them by default. */
	items?: readonly TimelineItem[];
	/** One row per group (the default when the dataset has groups), or everything in one row. */
	grouped?: boolean;
	/** The period [from, to) in UTC ms; the whole timeline by default. */
	range?: readonly [number, number];
	/** Light (the default) or dark. */
	theme?: ImageTheme;
	/** The image's width in CSS pixels (default 1200, at least 320). */
	width?: number;
	/** Pixels per CSS pixel the document asks to be drawn at (2 for a sharp PNG on a dense screen); default 1. */
	scale?: number;
	/** Font files to embed, so the image looks the same on a machine without the font. */
	fonts?: readonly EmbeddedFont[];
	/** The words drawn besides the data, in the page's language (English by default). */
	words?: ImageWords;
	/** How its dates and numbers are written: the page's date locale (English by default). */
	locale?: DateLocale;
}

/**
 * The catalogue's words an image carries: its title and credit line are the page's
 * (`page.titleOf`, `page.credit`), its legend the timeline's (`legend`), the rest its own (`image`).
 */
export type ImageWords = Pick<Messages, 'page' | 'legend' | 'image'>;

/** An SVG document and its size in CSS pixels (its `width` and `height` are that times the scale). */
export interface TimelineImage {
	svg: string;
	width: number;
	height: number;
}

const PAD = IMAGE_PADDING;
const TITLE_SIZE = 22;
const SMALL = 13;
/** Rough widths of a character of Inter, as a share of the font size, for wrapping. */
const CHAR = { regular: 0.5, bold: 0.58 };

/** Draws the timeline of `options.dataset` as an SVG document. */
export function timelineSvg(options: TimelineImageOptions): TimelineImage {
	const { dataset, theme = 'light', fonts = [], scale = 1, locale = ENGLISH_DATES } = options;
	const words = withTools(options.words ?? en);
	const width = Math.max(320, Math.round(options.width ?? 1200));
	const colors = PALETTES[theme];
	const all = options.allItems;
	const items = options.items ?? all;
	const range = options.range ?? paddedDomain(all);
	const plotWidth = width - 2 * PAD;
	const parts: string[] = [];

	const title = fill(words.page.titleOf, { title: dataset.article.title }, locale.intl);

	// The headline, at most two lines, and the period with how many events are shown.
	let y = PAD;
	for (const line of wrapWords(title, plotWidth / (TITLE_SIZE * CHAR.bold), 2)) {
		y += TITLE_SIZE * 1.25;
		parts.push(el('text', { x: PAD, y: y - 6, 'font-size': TITLE_SIZE, 'font-weight': '700', fill: colors.fg }, line));
	}
	y += 20;
	const inView = items.filter((item) => item.end > range[0] && item.start < range[1]).length;
	const shown = inView === all.length ? fillPlural(words.image.shown, inView, {}, locale.intl) : fill(words.image.someShown, { shown: inView, total: all.length }, locale.intl);
	const period = `${formatPeriod(range[0], range[1], { style: 'label', locale })} · ${shown}`;
	parts.push(el('text', { x: PAD, y: y - 4, 'font-size': 14, fill: colors.muted }, period));
	y += 12;

	const plot = drawPlot({ dataset, eras: options.eras, items, all, range, width: plotWidth, colors, grouped: options.grouped, words, locale });
	parts.push(`<g transform="translate(${PAD},${num(y)})">${plot.svg}</g>`);
	y += plot.height + 14;

	const legend = drawLegend(colors, plotWidth, y, words.legend);
	parts.push(legend.svg);
	y = legend.bottom + 8;

	const article = dataset.article;
	const credit = fill(article.author ? words.page.creditAuthor : words.page.credit, { publication: article.publication, author: article.author ?? '', date: options.published }, locale.intl);
	const credits = [credit, article.credit ?? '']
		.flatMap((text) => wrapWords(text, plotWidth / (SMALL * CHAR.regular), 3));
	for (const line of credits) {
		y += SMALL * 1.45;
		parts.push(el('text', { x: PAD, y: y - 4, 'font-size': SMALL, fill: colors.muted }, line));
	}
	const height = Math.ceil(y + PAD - 8);

	// Latin Extended only when some text needs it: most images are smaller without.
	const body = parts.join('\n');
	const embedded = needsLatinExtended(body) ? fonts : fonts.filter((f) => f.subset === 'latin');
	const defs = [
		embedded.length ? `<style>${fontFaceCss(embedded)}</style>` : '',
		'<linearGradient id="band" x1="0" x2="1" y1="0" y2="0">',
		...[
			[0, 0],
			[0.18, 0.38],
			[0.82, 0.38],
			[1, 0]
		].map(([offset, opacity]) => el('stop', { offset: offset as number, 'stop-color': colors.accent, 'stop-opacity': opacity as number })),
		'</linearGradient>',
		`<clipPath id="plot"><rect width="${num(plotWidth)}" height="${num(plot.height)}" rx="8"/></clipPath>`
	].join('');
	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${num(width * scale)}" height="${num(height * scale)}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">`,
		el('title', {}, title),
		el('desc', {}, period),
		`<defs>${defs}</defs>`,
		el('rect', { width, height, fill: colors.bg }),
		body,
		'</svg>'
	].join('\n');
	return { svg, width, height };
}

interface PlotOptions {
	dataset: Dataset;
	eras: readonly EraSpan[];
	items: readonly TimelineItem[];
	all: readonly TimelineItem[];
	range: readonly [number, number];
	width: number;
	colors: Palette;
	grouped?: boolean;
	words: ImageWords;
	locale: DateLocale;
}

/** The plot: the eras behind, the rows of marks in their lanes, the axis under them. */
function drawPlot({ dataset, eras, items, all, range, width, colors, grouped, words, locale }: PlotOptions): { svg: string; height: number } {
	const scale = scaleUtc<number, number>().domain([range[0], range[1]]).range([0, width]);
	const x = (ms: number) => scale(ms);
	const groups = dataset.groups ?? [];
	// The row of events in no group is named in the page's language.
	const rows = rowSources(items, groups, { oneRow: grouped === false || !groups.length, present: all, index: createItemIndex(items) }).map((row) =>
		row.id === NO_GROUP && row.title ? { ...row, title: words.image.otherRow } : row
	);
	const layout = plotLayout(rows, { x, range, width, eras: eras.length > 0, locale });
	const axisY = axisYOf(layout);
	const height = axisY + AXIS_ROOM;
	const out: string[] = [el('rect', { width, height, rx: 8, fill: colors.bg })];
	out.push('<g clip-path="url(#plot)">');

	eraBands(eras, x, width).forEach((band) => {
		out.push(el('rect', { x: band.x0, y: 0, width: band.x1 - band.x0, height: axisY, fill: band.n % 2 ? colors['era-alt-bg'] : colors['era-bg'] }));
		out.push(el('line', { x1: band.x0, x2: band.x0, y1: 0, y2: axisY, stroke: colors['era-edge'], 'stroke-dasharray': '3 3' }));
		if (band.labelEnd - band.labelX > 40) {
			const label = fitLabel(band.title, band.labelEnd - band.labelX - 4).label;
			out.push(el('text', { x: band.labelX, y: 14, 'font-size': 12, 'font-weight': '700', fill: colors.muted }, label));
		}
	});

	out.push(drawAxis(scale, width, axisY, colors, locale));

	layout.rows.forEach((row, i) => {
		if (row.title) {
			out.push(el('text', { ...haloed(colors), x: 6, y: row.top + 13, 'font-size': 12, 'font-weight': '700', 'letter-spacing': '0.04em', fill: colors.muted }, row.title.toUpperCase()));
			if (i < layout.rows.length - 1) out.push(el('line', { x1: 0, x2: width, y1: row.baseline, y2: row.baseline, stroke: colors['border-soft'] }));
		}
		for (const mark of row.marks) out.push(drawMark(mark, row.baseline, scale, width, colors));
	});
	out.push('</g>');
	out.push(el('rect', { x: 0.5, y: 0.5, width: width - 1, height: height - 1, rx: 8, fill: 'none', stroke: colors['border-soft'] }));
	return { svg: out.join(''), height };
}

/** The halo behind a label, so it reads over the marks and bands it crosses. */
const haloed = (colors: Palette) => ({ 'paint-order': 'stroke', stroke: colors.bg, 'stroke-width': 4, 'stroke-linejoin': 'round' });

function drawAxis(scale: ScaleTime<number, number>, width: number, y: number, colors: Palette, locale: DateLocale): string {
	const ticks = axisTicks(scale, width, locale);
	const fits = (x: number, label: string) => labelFits(x, label, width);
	const out = [`<g transform="translate(0,${num(y)})">`, el('line', { x1: 0, x2: width, stroke: colors.axis })];
	for (const tick of ticks.minor) {
		out.push(el('line', { x1: tick.x, x2: tick.x, y2: 6, stroke: colors.axis }));
		if (tick.label && fits(tick.x, tick.label)) out.push(el('text', { x: tick.x + 3, y: 20, 'font-size': 12, fill: colors.muted }, tick.label));
	}
	for (const tick of ticks.major) {
		const at = Math.max(tick.x, 0);
		out.push(el('line', { x1: at, x2: at, y2: 30, stroke: colors.axis }));
		if (fits(at, tick.label)) out.push(el('text', { x: at + 3, y: 38, 'font-size': 12, 'font-weight': '700', fill: colors.fg }, tick.label));
	}
	out.push('</g>');
	return out.join('');
}

/** One mark as EventMarks.svelte draws it: a point, a bar, a soft band or a cluster, and the record's date. */
function drawMark(mark: PlacedMark, axisY: number, scale: ScaleTime<number, number>, width: number, colors: Palette): string {
	const y = laneY(axisY, mark.lane, LANE_HEIGHT);
	const clip = (v: number) => Math.max(-20, Math.min(width + 20, v));
	const stem = el('line', { x1: mark.x, x2: mark.x, y1: y, y2: axisY, stroke: colors.axis, 'stroke-dasharray': '2 3' });
	const out: string[] = [];
	if (mark.type === 'cluster') {
		const count = countLabel(mark.count);
		const size = countFontSize(count);
		out.push(stem);
		out.push(el('rect', { x: clip(mark.x0), y: y - 3, width: Math.max(2, clip(mark.x1) - clip(mark.x0)), height: 6, rx: 3, fill: colors.fg, 'fill-opacity': 0.18 }));
		out.push(el('circle', { cx: mark.x, cy: y, r: 11, fill: colors.fg }));
		out.push(el('text', { x: mark.x, y: y + size / 3, 'text-anchor': 'middle', 'font-size': size, 'font-weight': '700', fill: colors.bg }, count));
	} else if (mark.item.kind === 'point') {
		out.push(stem);
		out.push(el('circle', { cx: mark.x, cy: y, r: 6, fill: colors.accent, stroke: colors.bg, 'stroke-width': 2 }));
	} else if (mark.item.kind === 'bar') {
		out.push(el('rect', { x: clip(mark.x0), y: y - 6, width: Math.max(4, clip(mark.x1) - clip(mark.x0)), height: 12, rx: 3, fill: colors.accent, 'fill-opacity': 0.75 }));
	} else {
		out.push(el('rect', { x: clip(mark.x0), y: y - 8, width: Math.max(8, clip(mark.x1) - clip(mark.x0)), height: 16, fill: 'url(#band)' }));
	}
	if (mark.type === 'event') {
		const r = mark.item.record;
		if (r && (r.start !== mark.item.start || r.end !== mark.item.end)) {
			if (r.kind === 'point') {
				const rx = scale((r.start + r.end) / 2);
				out.push(el('path', { d: `M${num(rx)},${num(y + 4)} l5,5 l-5,5 l-5,-5 z`, fill: colors.bg, stroke: colors.record, 'stroke-width': 2 }));
			} else {
				out.push(el('line', { x1: clip(scale(r.start)), x2: clip(scale(r.end)), y1: y + 10, y2: y + 10, stroke: colors.record, 'stroke-width': 2, 'stroke-dasharray': '4 2' }));
			}
		}
	}
	if (mark.label) {
		out.push(el('text', { ...haloed(colors), x: mark.textX, y: y + 4.5, 'text-anchor': mark.textAnchor, 'font-size': 13, fill: colors.fg }, mark.label));
	}
	return `<g>${out.join('')}</g>`;
}

/** The legend in a row (wrapped when it does not fit), as Legend.svelte shows it. */
function drawLegend(colors: Palette, width: number, top: number, legend: ImageWords['legend']): { svg: string; bottom: number } {
	const swatches: Record<keyof ImageWords['legend'], { w: number; svg: (x: number, y: number) => string }> = {
		day: { w: 12, svg: (x, y) => el('circle', { cx: x + 6, cy: y, r: 5, fill: colors.accent }) },
		month: { w: 18, svg: (x, y) => el('rect', { x, y: y - 5, width: 18, height: 10, rx: 3, fill: colors.accent, 'fill-opacity': 0.75 }) },
		vague: { w: 26, svg: (x, y) => el('rect', { x, y: y - 6, width: 26, height: 12, fill: 'url(#band)' }) },
		record: { w: 12, svg: (x, y) => el('path', { d: `M${num(x + 6)},${num(y - 6)} l6,6 l-6,6 l-6,-6 z`, fill: colors.bg, stroke: colors.record, 'stroke-width': 2 }) },
		cluster: { w: 14, svg: (x, y) => el('circle', { cx: x + 7, cy: y, r: 7, fill: colors.fg }) }
	};
	const out: string[] = [];
	let x = PAD;
	let y = top + 10;
	for (const [kind, swatch] of Object.entries(swatches) as [keyof ImageWords['legend'], (typeof swatches)['day']][]) {
		const label = legend[kind];
		const itemWidth = swatch.w + 6 + label.length * SMALL * CHAR.regular + 18;
		if (x > PAD && x + itemWidth > PAD + width) {
			x = PAD;
			y += 22;
		}
		out.push(swatch.svg(x, y));
		out.push(el('text', { x: x + swatch.w + 6, y: y + 4.5, 'font-size': SMALL, fill: colors.muted }, label));
		x += itemWidth;
	}
	return { svg: out.join(''), bottom: y + 10 };
}
