/**
 * The site's Content-Security-Policy, and the embed loader on hostile or changing host pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { APP, collectErrors, HOST, openTimeline } from './support';

/** Records every CSP violation the page reports, in every frame. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
	});
	const messages: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) messages.push(m.text());
	});
	return async () => {
		const reported = await Promise.all(
			page.frames().map((frame) => frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []).catch(() => []))
		);
		return [...reported.flat(), ...messages];
	};
}

test.describe('the Content-Security-Policy', () => {
	for (const path of ['/', '/embed', '/studio']) {
		test(`${path} carries a strict policy in its HTML`, async ({ request }) => {
			const html = await (await request.get(path)).text();
			const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
			const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
			expect(directives.get('script-src')).toContain("'self'");
			expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
			expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
			expect(directives.get('object-src')).toEqual(["'none'"]);
			expect(directives.get('base-uri')).toEqual(["'self'"]);
			expect(directives.get('connect-src')).toContain("'self'");
			// The policy comes before the inline theme script, which it allows by its hash.
			expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('data-theme'));
		});
	}

	test('no violation is reported while the timeline is used, embedded, themed and its dialog previewed', async ({ page }) => {
		const violations = await watchViolations(page);
		const errors = collectErrors(page);
		await openTimeline(page, '/?theme=dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.getByRole('button', { name: 'Zoom in' }).first().click();
		await page.getByRole('button', { name: /Embed/ }).first().click();
		await page.locator('dialog iframe').first().waitFor();
		await page.keyboard.press('Escape');
		await openTimeline(page, '/embed?theme=dark&event=doha-agreement');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await violations()).toEqual([]);
		expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
	});

	test('no violation is reported in the studio', async ({ page }) => {
		const violations = await watchViolations(page);
		await page.goto('/studio');
		await page.locator('main').waitFor();
		await page.waitForLoadState('networkidle');
		expect(await violations()).toEqual([]);
	});

	test('the full page follows the reader’s colour scheme unless told otherwise; the embed keeps its default', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
		await page.goto('/?theme=light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await page.goto('/embed');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	});
});

test.describe('the embed loader', () => {
	test('warns for empty and bad placeholders, leaves them alone, and converts a placeholder added later', async ({ page }) => {
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning') warnings.push(m.text());
		});
		await page.goto(`${HOST}/later.html`);
		const frame = page.locator('iframe[data-timeline-embed-frame]');
		await expect(frame).toHaveCount(1);
		await expect(frame).toHaveAttribute('title', 'Timeline added later');
		await expect(frame).toHaveAttribute('src', `${APP}/embed?panel=off`);
		expect(warnings.some((w) => /data-timeline-embed is empty/.test(w))).toBe(true);
		expect(warnings.some((w) => /"mailto:someone@example.org" is not an http\(s\) URL/.test(w))).toBe(true);
		// No frame of the host page itself.
		expect(await page.locator(`iframe[src^="${HOST}"]`).count()).toBe(0);
	});
});
