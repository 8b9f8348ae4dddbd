import type { Handle } from '@sveltejs/kit';
import { THEME_SCRIPT } from '$lib/embed/theme-script';

/**
 * Puts the theme script (a constant, see theme-script.ts) in every page's head at build
 * time, so `?theme=dark` applies before the first paint and nothing is ever rendered from
 * markup strings inside components.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%timeline.theme%', THEME_SCRIPT) });
