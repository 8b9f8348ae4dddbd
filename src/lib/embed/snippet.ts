/**
 * The HTML a newsroom pastes to embed the timeline: the loader snippet, which sizes the frame
 * to its content, and a plain iframe for systems that strip scripts. The embed dialog and the
 * oEmbed endpoint both build their HTML here.
 */
import { embedSearchParams, type EmbedOptions } from './options';

/** The height a plain iframe gets, in CSS pixels: enough for the timeline and a short panel. */
export const IFRAME_HEIGHT = 600;

/** Where the embed and its loader live, and what the frame is called. */
export interface SnippetContext {
	/** The site's origin, e.g. `https://timeline.example.org`. */
	origin: string;
	/** The frame's accessible name (its `title`). */
	title: string;
	/** Another timeline's hosted dataset, for the embed's `data` parameter. */
	data?: string;
	/** A whole timeline carried in the link's fragment, without the `#` (`data=…`). */
	fragment?: string;
}

/** Escapes text for a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The absolute URL of the embed page with these options, and the dataset a snippet names. */
export function embedUrl(origin: string, options: Partial<EmbedOptions> = {}, where: Pick<SnippetContext, 'data' | 'fragment'> = {}): string {
	const params = embedSearchParams(options);
	if (where.data) params.set('data', where.data);
	const query = params.toString();
	return `${origin}/embed${query ? `?${query}` : ''}${where.fragment ? `#${where.fragment}` : ''}`;
}

/** The loader snippet: a placeholder element and the async loader script. */
export function scriptSnippet(context: SnippetContext, options: Partial<EmbedOptions> = {}): string {
	const src = escapeHtml(embedUrl(context.origin, options, context));
	return [
		`<div data-timeline-embed="${src}" data-title="${escapeHtml(context.title)}"></div>`,
		`<script async src="${escapeHtml(context.origin)}/embed.js"></script>`
	].join('\n');
}

/** A plain iframe of fixed height, for pages that cannot run the loader. */
export function iframeSnippet(context: SnippetContext, options: Partial<EmbedOptions> = {}, height = IFRAME_HEIGHT): string {
	const src = escapeHtml(embedUrl(context.origin, options, context));
	return `<iframe src="${src}" title="${escapeHtml(context.title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" allow="fullscreen"></iframe>`;
}

/** The origin SvelteKit prerenders with when `kit.prerender.origin` is not configured. */
const PRERENDER_PLACEHOLDER = 'http://sveltekit-prerender';

/**
 * The site's public origin as seen while rendering `url`; empty (so links stay root-relative)
 * when prerendering without `kit.prerender.origin`, whose placeholder must never be published.
 */
export function publicOrigin(url: URL): string {
	return url.origin === PRERENDER_PLACEHOLDER ? '' : url.origin;
}
