import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from './theme-script';

/** Runs the inline script against a stand-in `location` and `<html>`; returns data-theme. */
function run(search: string, pathname = '/embed'): string | undefined {
	const attributes: Record<string, string> = {};
	const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
	const body = THEME_SCRIPT.replace(/^<script>/, '').replace(/<\/script>$/, '');
	new Function('location', 'document', body)({ search, pathname }, document);
	return attributes['data-theme'];
}

describe('THEME_SCRIPT', () => {
	it.each([
		{ search: '', theme: 'light' },
		{ search: '?theme=dark', theme: 'dark' },
		{ search: '?theme=auto&event=a', theme: 'auto' },
		{ search: '?theme=light', theme: 'light' },
		{ search: '?theme=%3Cb%3E', theme: 'light' },
		{ search: '?theme=constructor', theme: 'light' }
	])('sets data-theme="$theme" for "$search"', ({ search, theme }) => {
		expect(run(search)).toBe(theme);
	});

	it.each(['/', '/studio', '/base/'])('lets the full page at %s follow the reader’s colour scheme unless told otherwise', (pathname) => {
		expect(run('', pathname)).toBe('auto');
		expect(run('?theme=dark', pathname)).toBe('dark');
	});

	it('is one inline script element with nothing else in it', () => {
		expect(THEME_SCRIPT.match(/<\/?script>/g)).toEqual(['<script>', '</script>']);
	});
});
