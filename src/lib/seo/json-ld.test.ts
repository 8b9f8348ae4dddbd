import { describe, expect, it } from 'vitest';
import { articleDataset } from '../data/article';
import { validateDataset } from '../data/schema';
import { JSON_LD_MAX_ITEMS, jsonLdText, schemaDates, timelineJsonLd } from './json-ld';
import { checkSchemaOrg } from './schema-org-check';

describe('schemaDates', () => {
	it.each([
		['2021-05-18', { startDate: '2021-05-18' }],
		['2021-05-18?', { startDate: '2021-05-18' }],
		['2001-10~/2001-12~', { startDate: '2001-10', endDate: '2001-12' }],
		['2015', { startDate: '2015' }],
		['2021-XX', { startDate: '2021' }],
		['2021-21', { startDate: '2021' }],
		['2021-05-01/..', { startDate: '2021-05-01' }]
	])('%s keeps its precision', (date, expected) => {
		expect(schemaDates(date)).toEqual(expected);
	});
});

describe('timelineJsonLd', () => {
	const ld = timelineJsonLd(articleDataset, 'https://example.org/');

	it('validates against the schema.org types it uses', () => {
		expect(checkSchemaOrg(ld)).toEqual([]);
	});

	it('lists every event once, in date order, with the article as subjectOf', () => {
		const items = ld.itemListElement as { position: number; item: { name: string; startDate: string } }[];
		expect(items).toHaveLength(articleDataset.events.length);
		expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
		const starts = [...articleDataset.events].sort((a, b) => a.start.localeCompare(b.start)).map((e) => e.title);
		expect(items.map((i) => i.item.name)).toEqual(starts);
		expect(ld.subjectOf).toMatchObject({ '@type': 'NewsArticle', headline: articleDataset.article.title, datePublished: '2021-05' });
	});

	it('names the earliest events of a large dataset, and counts them all', () => {
		const n = JSON_LD_MAX_ITEMS + 5;
		const events = Array.from({ length: n }, (_, i) => {
			const day = new Date(Date.UTC(2000, 0, 1) + (n - i) * 86_400_000).toISOString().slice(0, 10);
			return { ...articleDataset.events[0]!, id: `e${i}`, title: `Event ${i}`, date: day, start: day, end: day };
		});
		const big = timelineJsonLd({ ...articleDataset, events }, 'https://example.org/');
		const items = big.itemListElement as { item: { name: string } }[];
		expect(big.numberOfItems).toBe(n);
		expect(items).toHaveLength(JSON_LD_MAX_ITEMS);
		expect(items[0]!.item.name).toBe(`Event ${n - 1}`);
		expect(checkSchemaOrg(big)).toEqual([]);
	});

	it('gives the article’s own precision, not the computed days', () => {
		const items = ld.itemListElement as { item: { name: string; startDate: string; endDate?: string } }[];
		const overthrow = items.find((i) => i.item.name.startsWith('U.S. and allies overthrow'));
		expect(overthrow?.item).toMatchObject({ startDate: '2001-10', endDate: '2001-12' });
	});

	it('the checker reports what is wrong and where', () => {
		const broken = { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1.5, item: { '@type': 'Event', name: 'x', startDate: 'May 2021', colour: 'red' } }] };
		expect(checkSchemaOrg(broken)).toEqual([
			'$.itemListElement[0].position: must be an integer',
			'$.itemListElement[0].item.startDate: "May 2021" is not an ISO 8601 date',
			'$.itemListElement[0].item.colour: is not a property of Event'
		]);
	});

	it('escapes text that could close the script block', () => {
		const result = validateDataset({
			version: 1.1,
			article: { title: 'A </script><b>bold</b> & title', publication: 'P', published: '2021-05-18' },
			events: [{ id: 'one', title: '</script>', dateText: 'on 18 May', date: '2021-05-18', quotes: ['q'] }]
		});
		if (!result.ok) throw new Error(JSON.stringify(result.issues));
		const text = jsonLdText(timelineJsonLd(result.dataset));
		expect(text).not.toMatch(/[<>&]/);
		expect(JSON.parse(text).itemListElement[0].item.name).toBe('</script>');
	});
});
