import { describe, expect, it } from 'vitest';
import { embedUrl, escapeHtml, iframeSnippet, scriptSnippet } from './snippet';

const context = { origin: 'https://t.example', title: 'Timeline: “Forty years” & more' };

describe('embedUrl(origin, options)', () => {
	it.each([
		{ options: {}, url: 'https://t.example/embed' },
		{ options: { event: 'doha-agreement' }, url: 'https://t.example/embed?event=doha-agreement' },
		{ options: { theme: 'dark' as const, panel: false }, url: 'https://t.example/embed?theme=dark&panel=off' }
	])('is $url', ({ options, url }) => {
		expect(embedUrl(context.origin, options)).toBe(url);
	});

	it.each([
		{ where: { data: 'https://news.example/a.json' }, url: 'https://t.example/embed?event=a&data=https%3A%2F%2Fnews.example%2Fa.json' },
		{ where: { fragment: 'data=eJzLSM3JyQcABiwCFQ' }, url: 'https://t.example/embed?event=a#data=eJzLSM3JyQcABiwCFQ' }
	])('names another timeline: $url', ({ where, url }) => {
		expect(embedUrl(context.origin, { event: 'a' }, where)).toBe(url);
	});
});

describe('escapeHtml(text)', () => {
	it('escapes what could end an attribute or open a tag', () => {
		expect(escapeHtml(`"><script>alert('x')</script>&`)).toBe('&#34;&#62;&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;&#38;');
	});
});

describe('scriptSnippet(context, options)', () => {
	it('is the placeholder plus the async loader, with the URL and title escaped', () => {
		expect(scriptSnippet(context, { event: 'a', overview: false })).toBe(
			'<div data-timeline-embed="https://t.example/embed?event=a&#38;overview=off" data-title="Timeline: “Forty years” &#38; more"></div>\n' +
				'<script async src="https://t.example/embed.js"></script>'
		);
	});
});

describe('iframeSnippet(context, options, height)', () => {
	it('is a borderless, lazy, full-width iframe with a title', () => {
		const html = iframeSnippet(context, { theme: 'auto' }, 500);
		expect(html).toBe(
			'<iframe src="https://t.example/embed?theme=auto" title="Timeline: “Forty years” &#38; more" width="100%" height="500" style="border:0;width:100%" loading="lazy" allow="fullscreen"></iframe>'
		);
	});
});
