import type { Handle } from '@sveltejs/kit';
import { EARLY_FETCH_SCRIPT } from '$lib/data/early-fetch';
import { THEME_SCRIPT } from '$lib/embed/theme-script';

/**
 * Puts the theme script (a constant, see theme-script.ts) in every page's head at build
 * time, so `?theme=dark` applies before the first paint and nothing is ever rendered from
 * markup strings inside components; and the script that starts fetching a `?data=` file
 * before the page's own scripts have loaded (early-fetch.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%timeline.theme%', THEME_SCRIPT + EARLY_FETCH_SCRIPT) });
