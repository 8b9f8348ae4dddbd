import type { Handle } from '@sveltejs/kit';
import { deferBoot, PRELOAD_SCRIPT } from '$lib/boot/deferred-boot';
import { EARLY_FETCH_SCRIPT } from '$lib/data/early-fetch';
import { allowScript, scriptHash } from '$lib/embed/csp';
import { THEME_SCRIPT } from '$lib/embed/theme-script';
import { LANG_SCRIPT } from '$lib/i18n/lang-script';
import { direction } from '$lib/i18n/languages';

const inner = (script: string) => script.replace(/^<script>/, '').replace(/<\/script>$/, '');

/** The head scripts' hashes for the page's Content-Security-Policy, computed once. */
const hashes = Promise.all([THEME_SCRIPT, EARLY_FETCH_SCRIPT, LANG_SCRIPT, PRELOAD_SCRIPT].map((script) => scriptHash(inner(script))));

/**
 * Puts the theme script (a constant, see theme-script.ts) in every page's head at build
 * time, so `?theme=dark` applies before the first paint and nothing is ever rendered from
 * markup strings inside components; and the script that starts fetching a `?data=` file
 * before the page's own scripts have loaded (early-fetch.ts); and the script that sets
 * `<html lang dir>` from `?lang=` (lang-script.ts). All are allowed, by their hashes, in the
 * page's CSP. The prerendered `<html lang dir>` is the page's own language (its load sets
 * `locals.lang`), English by default. Last, the scripts of every prerendered page start after
 * its first paint (deferred-boot.ts), and the boot script that does it is allowed by its hash
 * too; not those of the SPA fallback (no route), which shows nothing until they run.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const allowed = await hashes;
	return resolve(event, {
		transformPageChunk: async ({ html }) => {
			const code = event.locals.lang ?? 'en';
			const page = html
				.replace('%timeline.lang%', code)
				.replace('%timeline.dir%', direction(code))
				.replace('%timeline.theme%', LANG_SCRIPT + THEME_SCRIPT + EARLY_FETCH_SCRIPT);
			const deferred = event.route.id !== null ? deferBoot(page) : { html: page, bootScript: null };
			const sources = deferred.bootScript === null ? allowed : [...allowed, await scriptHash(deferred.bootScript)];
			return sources.reduce(allowScript, deferred.html);
		}
	});
};
