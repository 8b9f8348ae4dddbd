import { describe, expect, it } from 'vitest';
import { realDataset } from '$lib/timeline/real-dataset';
import type { Dataset, Media } from '$lib/timeline/types';
import { resolveMediaUrls } from './media-urls';
import { validateDataset } from './schema';

const FILE = 'https://news.example/timelines/lens.json';

function withMedia(media: Media[]): Dataset {
	const dataset = realDataset();
	return { ...dataset, events: dataset.events.map((e, i) => (i === 0 ? { ...e, media } : e)) };
}

describe('resolveMediaUrls(dataset, fileUrl)', () => {
	it.each([
		['/images/lens.svg', 'https://news.example/images/lens.svg'],
		['images/lens.svg', 'https://news.example/timelines/images/lens.svg'],
		['./lens.svg', 'https://news.example/timelines/lens.svg'],
		['../lens.svg', 'https://news.example/lens.svg'],
		['https://cdn.example/lens.svg', 'https://cdn.example/lens.svg']
	])('reads an image at %s as %s', (url, resolved) => {
		const out = resolveMediaUrls(withMedia([{ type: 'image', url, alt: 'The lens' }]), FILE);
		expect(out.events[0]?.media?.[0]?.url).toBe(resolved);
	});

	it("resolves a card's poster, and leaves its page's address alone", () => {
		const out = resolveMediaUrls(withMedia([{ type: 'link', url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ', poster: 'stills/a.jpg' }]), FILE);
		expect(out.events[0]?.media?.[0]).toEqual({ type: 'link', url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ', poster: 'https://news.example/timelines/stills/a.jpg' });
	});

	it('gives back the same dataset when no event has media', () => {
		const dataset = realDataset();
		expect(resolveMediaUrls(dataset, FILE)).toBe(dataset);
	});
});

describe('media addresses the validator accepts', () => {
	const check = (url: string) => {
		const dataset = JSON.parse(JSON.stringify(realDataset()));
		dataset.events[0].media = [{ type: 'image', url, alt: 'A' }];
		return validateDataset(dataset).ok;
	};
	it.each(['/a.svg', 'a.svg', 'images/a.svg', '../a.svg', 'https://cdn.example/a.svg'])('accepts %s', (url) => expect(check(url)).toBe(true));
	it.each(['//cdn.example/a.svg', 'javascript:alert(1)', 'data:image/svg+xml,<svg/>', 'a b.svg', ''])('refuses %j', (url) => expect(check(url)).toBe(false));
});
