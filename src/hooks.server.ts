import type { Handle } from '@sveltejs/kit';
import { EARLY_FETCH_SCRIPT } from '$lib/data/early-fetch';
import { allowScript, scriptHash } from '$lib/embed/csp';
import { THEME_SCRIPT } from '$lib/embed/theme-script';
import { LANG_SCRIPT } from '$lib/i18n/lang-script';
import { direction } from '$lib/i18n/languages';

const inner = (script: string) => script.replace(/^<script>/, '').replace(/<\/script>$/, '');

/** The head scripts' hashes for the page's Content-Security-Policy, computed once. */
const hashes = Promise.all([scriptHash(inner(THEME_SCRIPT)), scriptHash(inner(EARLY_FETCH_SCRIPT)), scriptHash(inner(LANG_SCRIPT))]);

/**
 * Puts the theme script (a constant, see theme-script.ts) in every page's head at build
 * time, so `?theme=dark` applies before the first paint and nothing is ever rendered from
 * markup strings inside components; and the script that starts fetching a `?data=` file
 * before the page's own scripts have loaded (early-fetch.ts); and the script that sets
 * `<html lang dir>` from `?lang=` (lang-script.ts). All are allowed, by their hashes, in the
 * page's CSP. The prerendered `<html lang dir>` is the page's own language (its load sets
 * `locals.lang`), English by default.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const [theme, early, lang] = await hashes;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const code = event.locals.lang ?? 'en';
			const page = html
				.replace('%timeline.lang%', code)
				.replace('%timeline.dir%', direction(code))
				.replace('%timeline.theme%', LANG_SCRIPT + THEME_SCRIPT + EARLY_FETCH_SCRIPT);
			return allowScript(allowScript(allowScript(page, theme), early), lang);
		}
	});
};
