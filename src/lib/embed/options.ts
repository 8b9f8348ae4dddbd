/**
 * The embed's options, read from its URL: `theme`, `panel`, `overview`, `layout` and `height`, plus the view
 * (`event`, `from`, `to`), which the timeline itself reads and keeps up to date. An invalid
 * value never breaks the embed: it falls back to the default and yields one warning.
 * docs/embed.md documents every option.
 */
import { en } from '$lib/i18n/messages/en';
import { fill } from '$lib/i18n/plural';
import { LANGUAGES, matchLanguage } from '$lib/i18n/languages';
import { parseViewParams, type ViewParams } from '$lib/timeline/view-params';

/** The colour scheme: `auto` follows the reader's system setting. */
export type Theme = 'light' | 'dark' | 'auto';

/** The themes, in the order the documentation and the embed dialog list them. */
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** Which layout draws the timeline: `auto` is vertical below 600 px wide, horizontal above. */
export type Layout = 'auto' | 'vertical' | 'horizontal';

/** The layouts, in the order the documentation and the embed dialog list them. */
export const LAYOUTS: readonly Layout[] = ['auto', 'vertical', 'horizontal'];

/** The least and most px `height` may ask for. */
export const HEIGHT_RANGE: readonly [number, number] = [240, 4000];

/** What an embed shows and how. */
export interface EmbedOptions {
	/** The colour scheme. */
	theme: Theme;
	/** Show the annotation panel. */
	panel: boolean;
	/** Show the overview strip. */
	overview: boolean;
	/** Which layout draws the timeline. */
	layout: Layout;
	/** In the vertical layout, the px the timeline takes, scrolling inside (else the frame grows to fit). */
	height?: number;
	/** The event selected at first. */
	event?: string;
	/** The first day of the period shown at first, `YYYY-MM-DD`. */
	from?: string;
	/** The last day of the period shown at first, `YYYY-MM-DD` (inclusive). */
	to?: string;
	/** The interface's language (a BCP 47 tag; its closest language the timeline speaks), else the article's. */
	lang?: string;
	/** Which way time runs on the axis; by default right to left for a right-to-left language. */
	timeDirection?: 'ltr' | 'rtl';
}

/** The options when the URL gives none. */
export const DEFAULT_OPTIONS: Readonly<EmbedOptions> = Object.freeze({ theme: 'light', panel: true, overview: true, layout: 'auto' });

/** The options read from a URL, and a sentence for each value that was ignored. */
export interface ParsedOptions {
	/** The options, with defaults for what was missing or invalid. */
	options: EmbedOptions;
	/** One message per ignored value, for the console. */
	warnings: string[];
	/** The view the URL asks for, as the timeline reads it, so the URL is read once. */
	view: ViewParams;
}

/** Context for {@link parseEmbedOptions}. */
export interface ParseOptionsContext {
	/** The dataset's event ids; when given, an unknown `event` is reported too. */
	eventIds?: Iterable<string>;
}

const SWITCHES = ['on', 'off'] as const;

function quote(value: string): string {
	return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/** Reads the embed's options from its URL's query; never throws. */
export function parseEmbedOptions(params: URLSearchParams, context: ParseOptionsContext = {}): ParsedOptions {
	const options: EmbedOptions = { ...DEFAULT_OPTIONS };
	const warnings: string[] = [];

	const theme = params.get('theme');
	if (theme !== null) {
		if ((THEMES as readonly string[]).includes(theme)) options.theme = theme as Theme;
		else warnings.push(`Embed option theme=${quote(theme)} is not one of ${THEMES.join(', ')}; using ${DEFAULT_OPTIONS.theme}.`);
	}

	for (const name of ['panel', 'overview'] as const) {
		const value = params.get(name);
		if (value === null) continue;
		if (value === 'on' || value === 'off') options[name] = value === 'on';
		else warnings.push(`Embed option ${name}=${quote(value)} is not one of ${SWITCHES.join(', ')}; using ${DEFAULT_OPTIONS[name] ? 'on' : 'off'}.`);
	}

	const layout = params.get('layout');
	if (layout !== null) {
		if ((LAYOUTS as readonly string[]).includes(layout)) options.layout = layout as Layout;
		else warnings.push(`Embed option layout=${quote(layout)} is not one of ${LAYOUTS.join(', ')}; using ${DEFAULT_OPTIONS.layout}.`);
	}

	const height = params.get('height');
	if (height !== null) {
		const px = /^\d{1,5}$/.test(height) ? Number(height) : NaN;
		if (px >= HEIGHT_RANGE[0] && px <= HEIGHT_RANGE[1]) options.height = px;
		else warnings.push(`Embed option height=${quote(height)} is not a number of pixels from ${HEIGHT_RANGE[0]} to ${HEIGHT_RANGE[1]}; the frame grows to fit.`);
	}

	const view = parseViewParams(params);
	const event = params.get('event');
	if (event !== null) {
		const known = context.eventIds ? new Set(context.eventIds) : null;
		if (view.event === undefined) warnings.push(`Embed option event=${quote(event)} is not a valid event id; no event is selected.`);
		else if (known && !known.has(view.event)) warnings.push(`Embed option event=${quote(event)} is not an event of this timeline; no event is selected.`);
		else options.event = view.event;
	}

	const from = params.get('from');
	const to = params.get('to');
	if (from !== null || to !== null) {
		if (view.from !== undefined && view.to !== undefined && from !== null && to !== null) {
			options.from = from;
			options.to = to;
		} else if (from === null || to === null) {
			warnings.push(`Embed options from and to go together (YYYY-MM-DD, the first and last day); showing the whole timeline.`);
		} else {
			warnings.push(`Embed options from=${quote(from)} and to=${quote(to)} are not a period (YYYY-MM-DD, from before to); showing the whole timeline.`);
		}
	}

	const lang = params.get('lang');
	if (lang !== null) {
		const matched = matchLanguage([lang]);
		if (matched === 'en' && !/^en(-|$)/i.test(lang)) warnings.push(`Embed option lang=${quote(lang)} is not a language the timeline speaks (${LANGUAGES.join(', ')}); using the article's language.`);
		else options.lang = matched;
	}

	const direction = params.get('timeDirection');
	if (direction !== null) {
		if (direction === 'ltr' || direction === 'rtl') options.timeDirection = direction;
		else warnings.push(`Embed option timeDirection=${quote(direction)} is not one of ltr, rtl; time runs as the language reads.`);
	}

	return { options, warnings, view };
}

/**
 * What the full page says about its link's options that it ignored: a bad `theme` (the page
 * then follows the reader's colour scheme) and a `from`/`to` that is not a period (it then
 * shows everything). Each sentence names the option and its value, cut to a few dozen
 * characters, for a polite notice shown as text. The `event` and the filters say their own.
 */
export function pageOptionWarnings(params: URLSearchParams, words: PageOptionWords = en.pageOptions, locale = en.meta.intl): string[] {
	const warnings: string[] = [];
	const say = (template: string, values: Record<string, string> = {}) => fill(template, { theme: 'theme', from: 'from', to: 'to', ...values }, locale);
	const theme = params.get('theme');
	if (theme !== null && !(THEMES as readonly string[]).includes(theme)) warnings.push(say(words.theme, { value: cutValue(theme), themes: THEMES.join(', ') }));
	const from = params.get('from');
	const to = params.get('to');
	if (from === null && to === null) return warnings;
	const view = parseViewParams(params);
	if (from === null || to === null) warnings.push(say(words.periodHalf));
	else if (view.from === undefined) warnings.push(say(words.period, { fromValue: cutValue(from), toValue: cutValue(to) }));
	return warnings;
}

/** The sentences of {@link pageOptionWarnings}, in the page's language (a catalogue's `pageOptions`). */
export type PageOptionWords = typeof en.pageOptions;

/** A value from a URL cut to a few dozen characters, for a sentence shown as text (the sentence quotes it). */
export function cutValue(value: string, max = 40): string {
	return value.length > max ? `${value.slice(0, max)}…` : value;
}

/**
 * The query for an embed URL with these options: only what differs from the defaults, in
 * the documented order, so snippets stay short and stable.
 */
export function embedSearchParams(options: Partial<EmbedOptions>): URLSearchParams {
	const params = new URLSearchParams();
	if (options.event) params.set('event', options.event);
	if (options.from && options.to) {
		params.set('from', options.from);
		params.set('to', options.to);
	}
	if (options.theme && options.theme !== DEFAULT_OPTIONS.theme) params.set('theme', options.theme);
	if (options.panel === false) params.set('panel', 'off');
	if (options.overview === false) params.set('overview', 'off');
	if (options.layout && options.layout !== DEFAULT_OPTIONS.layout) params.set('layout', options.layout);
	if (options.height) params.set('height', String(options.height));
	if (options.lang) params.set('lang', options.lang);
	if (options.timeDirection) params.set('timeDirection', options.timeDirection);
	return params;
}
