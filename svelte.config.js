import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The origins `?data=` may load from (DATA_ORIGINS, docs/hosting.md): a list separated by
 * spaces or commas, or `*` for any. The site's own origin is always allowed.
 */
const dataOrigins = (process.env.DATA_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean);
const connectSrc = dataOrigins.includes('*') ? ['self', 'https:', 'http:'] : ['self', ...dataOrigins];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; 200.html is the SPA fallback for hosts that need one
		// (never index.html, which would overwrite the prerendered home page).
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// A strict policy on every page, as a <meta> tag in the prerendered HTML: scripts only
		// from this site or with the hash of an inline script kit wrote (the theme script's hash
		// is added by hooks.server.ts). Styles keep 'unsafe-inline', since rendered components
		// carry style attributes. Headers a <meta> cannot set (frame-ancestors) are in
		// static/_headers and docs/hosting.md.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'https:'],
				'media-src': ['self', 'https:'],
				'font-src': ['self'],
				'connect-src': connectSrc,
				// The players a reader may ask for in the panel (src/lib/timeline/media-embed.ts);
				// nothing is framed until the reader clicks "Load video from …".
				'frame-src': ['self', 'https://www.youtube-nocookie.com', 'https://player.vimeo.com', 'https://platform.twitter.com', 'https://www.instagram.com'],
				// The worker that reads large `?data=` files is a script of the site's own build.
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Stylesheets go into the page itself: four small render-blocking requests cost a phone on
		// a slow link more than the bytes do (the largest is 17 KB, 3 KB gzipped).
		inlineStyleThreshold: 20_000,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The public address, for absolute URLs in the oEmbed endpoint:
			// SITE_ORIGIN=https://timeline.example.org npm run build
			...(process.env.SITE_ORIGIN ? { origin: process.env.SITE_ORIGIN } : {})
		}
	}
};

export default config;
