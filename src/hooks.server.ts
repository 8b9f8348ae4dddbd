import type { Handle } from '@sveltejs/kit';
import { EARLY_FETCH_SCRIPT } from '$lib/data/early-fetch';
import { allowScript, scriptHash } from '$lib/embed/csp';
import { THEME_SCRIPT } from '$lib/embed/theme-script';

const inner = (script: string) => script.replace(/^<script>/, '').replace(/<\/script>$/, '');

/** The head scripts' hashes for the page's Content-Security-Policy, computed once. */
const hashes = Promise.all([scriptHash(inner(THEME_SCRIPT)), scriptHash(inner(EARLY_FETCH_SCRIPT))]);

/**
 * Puts the theme script (a constant, see theme-script.ts) in every page's head at build
 * time, so `?theme=dark` applies before the first paint and nothing is ever rendered from
 * markup strings inside components; and the script that starts fetching a `?data=` file
 * before the page's own scripts have loaded (early-fetch.ts). Both are allowed, by their
 * hashes, in the page's CSP.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const [theme, early] = await hashes;
	return resolve(event, {
		transformPageChunk: ({ html }) => allowScript(allowScript(html.replace('%timeline.theme%', THEME_SCRIPT + EARLY_FETCH_SCRIPT), theme), early)
	});
};
