import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; 200.html is the SPA fallback for hosts that need one
		// (never index.html, which would overwrite the prerendered home page).
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
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
