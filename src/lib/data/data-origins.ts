/**
 * Where `?data=` may load datasets from. A site chooses when it is built, with the
 * DATA_ORIGINS environment variable (docs/hosting.md): a comma-separated list of origins
 * (`https://news.example,https://data.news.example`), or `*` for any, as a public demo may.
 * Without it, only the site's own origin: a page under a newsroom's domain then never shows
 * someone else's words as if they were the newsroom's.
 */

/** The origins this build allows, as DATA_ORIGINS gave them (empty: the site's own only). */
export const BUILD_DATA_ORIGINS: readonly string[] = parseDataOrigins(typeof __DATA_ORIGINS__ === 'string' ? __DATA_ORIGINS__ : '');

/** A DATA_ORIGINS value as a list of origins; entries that are not origins are left out. */
export function parseDataOrigins(value: string): string[] {
	const origins: string[] = [];
	for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
		if (entry === '*') {
			origins.push('*');
			continue;
		}
		try {
			const url = new URL(entry);
			if (url.protocol === 'http:' || url.protocol === 'https:') origins.push(url.origin);
		} catch {
			// Not an origin: ignored here, and reported by the build (vite.config.ts).
		}
	}
	return origins;
}

/** Whether data from `origin` may be shown: the page's own origin always, others when listed. */
export function isAllowedDataOrigin(origin: string, allowed: readonly string[], own: string): boolean {
	return origin === own || allowed.includes('*') || allowed.includes(origin);
}
