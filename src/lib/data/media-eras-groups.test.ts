import { describe, expect, it } from 'vitest';
import { articleFile, asVersion1 } from './dataset-copies';
import { toDatasetFile } from './dataset-file';
import { validateDataset } from './schema';

type Loose = Record<string, unknown>;
/** The article's dataset with `change` applied to a copy. */
function withChange(change: (file: Loose & { events: Loose[] }) => void): unknown {
	const file = articleFile() as unknown as Loose & { events: Loose[] };
	change(file);
	return file;
}
const issues = (input: unknown) => {
	const result = validateDataset(input);
	return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('events[].media', () => {
	it('accepts images with alt text and links, and keeps them', () => {
		const media = [
			{ type: 'image', url: '/examples/a.svg', alt: 'A tower', width: 600, height: 400, credit: 'Illustration' },
			{ type: 'link', url: 'https://www.youtube.com/watch?v=abc', title: 'The meeting', poster: 'https://cdn.example/p.jpg' }
		];
		const result = validateDataset(withChange((f) => (f.events[0]!.media = media)));
		expect(result.ok && result.dataset.events.find((e) => e.media)?.media).toEqual(media);
	});
	it.each([
		[[{ type: 'image', url: '/a.svg' }], 'events[0].media[0].alt: is missing'],
		[[{ type: 'video', url: 'https://x.example' }], 'events[0].media[0].type: should be "image" or "link", not "video"'],
		[[{ url: 'https://x.example' }], 'events[0].media[0].type: is missing (give "image" or "link")'],
		[[{ type: 'image', url: '//cdn.example/a.svg', alt: 'A' }], 'events[0].media[0].url: "//cdn.example/a.svg" is not an http or https URL or a path such as "/images/photo.jpg" or "images/photo.jpg"'],
		[[{ type: 'link', url: '/local/page' }], 'events[0].media[0].url: "/local/page" is not an http or https URL'],
		[[{ type: 'image', url: '/a.svg', alt: 'A', width: 12.5 }], 'events[0].media[0].width: should be a whole number of pixels'],
		[[{ type: 'image', url: '/a.svg', alt: 'A', title: 'x' }], 'events[0].media[0].title: is not a field of this format']
	])('reports %j clearly', (media, expected) => {
		expect(issues(withChange((f) => (f.events[0]!.media = media)))).toContain(expected);
	});
	it('is a field of version 1.1', () => {
		const file = asVersion1() as { events: Loose[] };
		file.events[0]!.media = [];
		expect(issues(file)).toContain('events[0].media: is a field of version 1.1: set "version" to 1.1 to use it');
	});
});

describe('eras', () => {
	it('fills in each era’s first and last day', () => {
		const result = validateDataset(withChange((f) => (f.eras = [{ id: 'oef', title: 'Operation Enduring Freedom', date: '2001-10-07/2014-12-28' }])));
		expect(result.ok && result.dataset.eras).toEqual([
			{ id: 'oef', title: 'Operation Enduring Freedom', date: '2001-10-07/2014-12-28', start: '2001-10-07', end: '2014-12-28' }
		]);
	});
	it('reports a bad date, a repeated id and a start that does not fit', () => {
		const found = issues(
			withChange(
				(f) =>
					(f.eras = [
						{ id: 'a', title: 'A', date: '2001-13' },
						{ id: 'a', title: 'B', date: '2002', start: '2002-02-01' }
					])
			)
		);
		expect(found.some((i) => i.startsWith('eras[0].date:'))).toBe(true);
		expect(found).toContain('eras[1].id: "a" is used by eras[0] too');
		expect(found).toContain('eras[1].start: should be "2002-01-01", the first day "2002" allows');
	});
});

describe('groups and events[].group', () => {
	it('accepts an event naming one of the groups', () => {
		const result = validateDataset(
			withChange((f) => {
				f.groups = [{ id: 'war', title: 'The war' }];
				f.events[0]!.group = 'war';
			})
		);
		expect(result.ok && result.dataset.groups).toEqual([{ id: 'war', title: 'The war' }]);
	});
	it('reports a group that is not in the list, at the event', () => {
		expect(issues(withChange((f) => (f.events[2]!.group = 'war')))).toEqual(['events[2].group: "war" is not the id of a group in this dataset (it has no "groups")']);
		expect(
			issues(
				withChange((f) => {
					f.groups = [{ id: 'war', title: 'The war' }];
					f.events[1]!.group = 'peace';
				})
			)
		).toEqual(['events[1].group: "peace" is not the id of a group in this dataset ("war")']);
	});
});

describe('toDatasetFile with eras and groups', () => {
	it('writes a file that validates back to the same dataset', () => {
		const first = validateDataset(
			withChange((f) => {
				f.groups = [{ id: 'war', title: 'The war' }];
				f.events[0]!.group = 'war';
			})
		);
		if (!first.ok) throw new Error('fixture should be valid');
		const again = validateDataset(JSON.parse(JSON.stringify(toDatasetFile(first.dataset))));
		expect(again.ok && again.dataset).toEqual(first.dataset);
		expect(first.dataset.eras?.length).toBe(2);
	});
});
