/**
 * The page's Content-Security-Policy (svelte.config.js, `kit.csp` in hash mode) lists the
 * hashes of the inline scripts SvelteKit writes. The theme script is put into the page after
 * kit has built its policy (hooks.server.ts), so its hash is added here, to the policy's
 * `<meta>` tag, rather than the policy allowing inline scripts.
 */

/** The `'sha256-…'` source of a script's text, the form CSP compares with. */
export async function scriptHash(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	let binary = '';
	for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
	return `'sha256-${btoa(binary)}'`;
}

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/**
 * `html` with `source` (a hash from {@link scriptHash}) allowed by the script-src of its CSP
 * `<meta>` tag. Unchanged when the page has no such tag or the source is there already.
 */
export function allowScript(html: string, source: string): string {
	return html.replace(META, (whole, open: string, policy: string, close: string) => {
		const directives = policy.split(';').map((d) => d.trim());
		const index = directives.findIndex((d) => d.startsWith('script-src '));
		if (index === -1 || directives[index]!.split(' ').includes(source)) return whole;
		directives[index] = `${directives[index]} ${source}`;
		return `${open}${directives.filter(Boolean).join('; ')}${close}`;
	});
}
