import { describe, expect, it } from 'vitest';
import { fullPageHref, withParams } from './full-page-link';

describe('fullPageHref(base, { data, fragment })', () => {
	it.each([
		[{}, '/'],
		[{ data: 'https://news.example/t.json' }, '/?data=https%3A%2F%2Fnews.example%2Ft.json'],
		[{ data: '/examples/kestrel-point.json' }, '/?data=%2Fexamples%2Fkestrel-point.json'],
		[{ fragment: 'data=eJzLSM3JyQcABiwCFQ' }, '/#data=eJzLSM3JyQcABiwCFQ'],
		[{ fragment: 'top' }, '/']
	])('for %o is %s', (where, href) => {
		expect(fullPageHref('/', where)).toBe(href);
	});
});

describe('withParams(href, params, anchor)', () => {
	it('adds the view after the data, and the anchor', () => {
		expect(withParams('/?data=x.json', { event: 'doha-agreement' }, 'quote-doha-agreement-1')).toBe('/?data=x.json&event=doha-agreement#quote-doha-agreement-1');
		expect(withParams('/', new URLSearchParams('from=2020-01-01&to=2021-06-30'))).toBe('/?from=2020-01-01&to=2021-06-30');
		expect(withParams('/', {})).toBe('/');
	});

	it('keeps a #data= fragment, which holds the timeline, over an anchor', () => {
		expect(withParams('/#data=abc', { event: 'e1' }, 'quote-e1-1')).toBe('/?event=e1#data=abc');
	});
});
