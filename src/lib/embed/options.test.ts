import { describe, expect, it } from 'vitest';
import { parseViewParams } from '$lib/timeline/view-params';
import fr from '$lib/i18n/messages/fr';
import { DEFAULT_OPTIONS, embedSearchParams, pageOptionWarnings, parseEmbedOptions } from './options';

/** The options and warnings; the view is checked once, below, against the timeline's own reading. */
const parse = (query: string, eventIds?: string[]) => {
	const { options, warnings } = parseEmbedOptions(new URLSearchParams(query), { eventIds });
	return { options, warnings };
};

describe('parseEmbedOptions(params)', () => {
	it.each(['', 'event=doha-agreement&from=2020-01-01&to=2020-03-31', 'from=2020-13-01&to=2020-02-01', 'event=Not-An-Id'])(
		'gives the view of "%s" as the timeline reads it',
		(query) => {
			const params = new URLSearchParams(query);
			expect(parseEmbedOptions(params).view).toEqual(parseViewParams(params));
		}
	);

	it('gives the defaults, and no warning, for an empty query', () => {
		expect(parse('')).toEqual({ options: DEFAULT_OPTIONS, warnings: [] });
		expect(DEFAULT_OPTIONS).toEqual({ theme: 'light', panel: true, overview: true, layout: 'auto' });
	});

	it.each([
		{ query: 'theme=light', expected: { theme: 'light' } },
		{ query: 'theme=dark', expected: { theme: 'dark' } },
		{ query: 'theme=auto', expected: { theme: 'auto' } },
		{ query: 'panel=off', expected: { panel: false } },
		{ query: 'panel=on', expected: { panel: true } },
		{ query: 'overview=off', expected: { overview: false } },
		{ query: 'overview=on', expected: { overview: true } },
		{ query: 'event=doha-agreement', expected: { event: 'doha-agreement' } },
		{ query: 'from=2020-01-01&to=2020-03-31', expected: { from: '2020-01-01', to: '2020-03-31' } },
		{ query: 'theme=dark&panel=off&overview=off', expected: { theme: 'dark', panel: false, overview: false } },
		{ query: 'layout=vertical', expected: { layout: 'vertical' } },
		{ query: 'layout=horizontal', expected: { layout: 'horizontal' } },
		{ query: 'layout=vertical&height=600', expected: { layout: 'vertical', height: 600 } }
	])('reads $query', ({ query, expected }) => {
		expect(parse(query)).toEqual({ options: { ...DEFAULT_OPTIONS, ...expected }, warnings: [] });
	});

	it.each([
		{ query: 'theme=purple', mention: 'theme="purple"' },
		{ query: 'theme=DARK', mention: 'theme="DARK"' },
		{ query: 'theme=', mention: 'theme=""' },
		{ query: 'panel=yes', mention: 'panel="yes"' },
		{ query: 'panel=1', mention: 'panel="1"' },
		{ query: 'overview=false', mention: 'overview="false"' },
		{ query: 'event=Not%20An%20Id', mention: 'event="Not An Id"' },
		{ query: 'from=2020-13-45&to=2020-12-31', mention: 'from="2020-13-45"' },
		{ query: 'from=yesterday&to=today', mention: 'from="yesterday"' },
		{ query: 'from=2020-05-01&to=2020-01-01', mention: 'from="2020-05-01"' },
		{ query: 'from=2020-01-01', mention: 'from and to go together' },
		{ query: 'to=2020-01-01', mention: 'from and to go together' },
		{ query: 'layout=sideways', mention: 'layout="sideways"' },
		{ query: 'height=600px', mention: 'height="600px"' },
		{ query: 'height=10', mention: 'height="10"' },
		{ query: 'height=99999', mention: 'height="99999"' }
	])('falls back to the default for $query, with one warning', ({ query, mention }) => {
		const { options, warnings } = parse(query);
		expect(options).toEqual(DEFAULT_OPTIONS);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(mention);
	});

	it('warns once per bad value and keeps the good ones', () => {
		const { options, warnings } = parse('theme=neon&panel=off&overview=maybe');
		expect(options).toEqual({ ...DEFAULT_OPTIONS, panel: false });
		expect(warnings).toHaveLength(2);
	});

	it('reports an event id the dataset does not have, when told the ids', () => {
		expect(parse('event=nope', ['a', 'b']).warnings[0]).toContain('not an event of this timeline');
		expect(parse('event=b', ['a', 'b']).options.event).toBe('b');
	});

	it('ignores parameters it does not know, such as those a Pym.js parent adds', () => {
		expect(parse('childId=x&initialWidth=600&parentTitle=T&parentUrl=http%3A%2F%2Fa.b')).toEqual({ options: DEFAULT_OPTIONS, warnings: [] });
	});

	it('cuts a long bad value short in its warning', () => {
		const [warning] = parse(`theme=${'x'.repeat(500)}`).warnings;
		expect(warning!.length).toBeLessThan(200);
	});
});

describe('embedSearchParams(options)', () => {
	it.each([
		{ options: {}, query: '' },
		{ options: DEFAULT_OPTIONS, query: '' },
		{ options: { theme: 'dark' as const }, query: 'theme=dark' },
		{ options: { panel: false, overview: false }, query: 'panel=off&overview=off' },
		{ options: { layout: 'vertical' as const, height: 600 }, query: 'layout=vertical&height=600' },
		{ options: { from: '2020-01-01' }, query: '' },
		{
			options: { overview: false, theme: 'auto' as const, to: '2020-02-01', from: '2020-01-01', event: 'a-b' },
			query: 'event=a-b&from=2020-01-01&to=2020-02-01&theme=auto&overview=off'
		}
	])('writes only what differs from the defaults: $query', ({ options, query }) => {
		expect(embedSearchParams(options).toString()).toBe(query);
	});

	it('round-trips through parseEmbedOptions', () => {
		const options = { theme: 'dark' as const, panel: false, overview: true, layout: 'vertical' as const, height: 640, event: 'a', from: '2019-02-01', to: '2019-02-28' };
		expect(parseEmbedOptions(embedSearchParams(options)).options).toEqual(options);
	});
});

describe('pageOptionWarnings(params)', () => {
	it.each([
		['', []],
		['theme=dark&from=2020-01-01&to=2021-06-30', []],
		['theme=purple', ['The link’s theme=“purple” is not one of light, dark, auto, so the page follows your system’s colour scheme.']],
		['from=2020-01-01', ['The link gives only one of from and to (the first and last day, YYYY-MM-DD), so the whole timeline is shown.']],
		['from=2021-02-30&to=nonsense', ['The link’s from=“2021-02-30” and to=“nonsense” are not a period (YYYY-MM-DD, from before to), so the whole timeline is shown.']],
		['from=2021-06-30&to=2020-01-01', ['The link’s from=“2021-06-30” and to=“2020-01-01” are not a period (YYYY-MM-DD, from before to), so the whole timeline is shown.']]
	])('for "%s" says %j', (query, warnings) => {
		expect(pageOptionWarnings(new URLSearchParams(query))).toEqual(warnings);
	});

	it('speaks the page’s language when given its words', () => {
		expect(pageOptionWarnings(new URLSearchParams('theme=purple'), fr.pageOptions, fr.meta.intl)).toEqual([
			'Le paramètre theme=« purple » du lien ne fait pas partie de light, dark, auto ; la page suit donc les couleurs de votre système.'
		]);
	});

	it('cuts a long value to a few dozen characters', () => {
		const [warning] = pageOptionWarnings(new URLSearchParams({ theme: `<b>${'x'.repeat(10_000)}` }));
		expect(warning).toBe(`The link’s theme=“<b>${'x'.repeat(37)}…” is not one of light, dark, auto, so the page follows your system’s colour scheme.`);
	});
});

describe('the language options', () => {
	it.each([
		{ query: 'lang=fr', lang: 'fr', warnings: 0 },
		{ query: 'lang=fr-CA', lang: 'fr', warnings: 0 },
		{ query: 'lang=AR', lang: 'ar', warnings: 0 },
		{ query: 'lang=en-US', lang: 'en', warnings: 0 },
		{ query: 'lang=xx', lang: undefined, warnings: 1 }
	])('lang in $query is $lang', ({ query, lang, warnings }) => {
		const parsed = parse(query);
		expect(parsed.options.lang).toBe(lang);
		expect(parsed.warnings).toHaveLength(warnings);
	});

	it.each([
		{ query: 'timeDirection=rtl', direction: 'rtl', warnings: 0 },
		{ query: 'timeDirection=ltr', direction: 'ltr', warnings: 0 },
		{ query: 'timeDirection=up', direction: undefined, warnings: 1 }
	])('timeDirection in $query is $direction', ({ query, direction, warnings }) => {
		const parsed = parse(query);
		expect(parsed.options.timeDirection).toBe(direction);
		expect(parsed.warnings).toHaveLength(warnings);
	});

	it('puts lang and timeDirection in the snippet’s query, last', () => {
		expect(embedSearchParams({ event: 'doha-agreement', lang: 'ar', timeDirection: 'ltr' }).toString()).toBe('event=doha-agreement&lang=ar&timeDirection=ltr');
	});
});
