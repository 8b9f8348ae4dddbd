import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowScript, scriptHash } from './csp';

const page = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"><title>t</title></head>`;

describe('scriptHash(text)', () => {
	it('is the base64 SHA-256 of the text, quoted as CSP wants it', async () => {
		const text = 'document.documentElement.dataset.theme="dark"';
		expect(await scriptHash(text)).toBe(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
	});
});

describe('allowScript(html, source)', () => {
	it('adds the source to script-src and leaves the other directives as they are', () => {
		const html = allowScript(page("default-src 'self'; script-src 'self' 'sha256-abc'; object-src 'none'"), "'sha256-xyz'");
		expect(html).toContain(`content="default-src 'self'; script-src 'self' 'sha256-abc' 'sha256-xyz'; object-src 'none'"`);
	});

	it('adds it once', () => {
		const once = allowScript(page("script-src 'self'"), "'sha256-xyz'");
		expect(allowScript(once, "'sha256-xyz'")).toBe(once);
	});

	it('leaves a page without a policy, or without script-src, alone', () => {
		expect(allowScript('<head></head>', "'sha256-xyz'")).toBe('<head></head>');
		expect(allowScript(page("default-src 'self'"), "'sha256-xyz'")).toBe(page("default-src 'self'"));
	});
});
