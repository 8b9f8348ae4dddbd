/**
 * The oEmbed endpoint (https://oembed.com), prerendered as a static file: content systems that
 * discover it through the embed page's `<link rel="alternate">` get the plain iframe snippet.
 * A static host cannot read the request's `url`, `maxwidth` or `maxheight`, so the answer is
 * always the default embed; see docs/embed.md.
 */
import { json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { articleDataset } from '$lib/data/article';
import { IFRAME_HEIGHT, iframeSnippet, publicOrigin } from '$lib/embed/snippet';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The width the embed is designed for at its widest, in CSS pixels. */
const WIDTH = 900;

export const GET: RequestHandler = ({ url }) => {
	const origin = `${publicOrigin(url)}${base}`;
	const { article } = articleDataset;
	const title = `Timeline: ${article.title}`;
	return json({
		version: '1.0',
		type: 'rich',
		title,
		author_name: article.author ?? article.publication,
		provider_name: 'News timeline',
		provider_url: `${origin}/`,
		cache_age: 86400,
		html: iframeSnippet({ origin, title }),
		width: WIDTH,
		height: IFRAME_HEIGHT
	});
};
