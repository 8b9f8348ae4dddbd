// The JavaScript each prerendered page loads before it is interactive: the module preloads
// and entry imports in its HTML, gzipped the way a static host serves them.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The first-load scripts of a built page, with their raw and gzipped bytes.
 * @param {string} buildDir the adapter-static output folder
 * @param {string} page an HTML file inside it, e.g. "embed.html"
 */
export function pageScripts(buildDir, page) {
	const file = join(buildDir, page);
	const html = readFileSync(file, 'utf8');
	const hrefs = new Set();
	for (const match of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = match[0];
		if (!/rel="modulepreload"/.test(tag)) continue;
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (href) hrefs.add(href);
	}
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) hrefs.add(match[1]);
	return [...hrefs].map((href) => {
		const path = resolve(dirname(file), href);
		const bytes = readFileSync(path);
		return { href, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
	});
}

/** Total raw and gzipped bytes of a page's first-load scripts. */
export function pageBytes(buildDir, page) {
	const scripts = pageScripts(buildDir, page);
	return {
		scripts,
		raw: scripts.reduce((sum, s) => sum + s.raw, 0),
		gzip: scripts.reduce((sum, s) => sum + s.gzip, 0)
	};
}
