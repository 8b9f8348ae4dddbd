import { describe, expect, it } from 'vitest';
import { isOwnSite, linkEmbed } from './media-embed';

describe('linkEmbed(url)', () => {
	it.each([
		['https://www.youtube.com/watch?v=aqz-KE-bpKQ', { site: 'youtube.com', kind: 'video', frame: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' }],
		['https://youtu.be/aqz-KE-bpKQ', { site: 'youtube.com', kind: 'video', frame: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' }],
		['https://m.youtube.com/shorts/abc_123', { site: 'youtube.com', kind: 'video', frame: 'https://www.youtube-nocookie.com/embed/abc_123' }],
		['https://vimeo.com/76979871', { site: 'vimeo.com', kind: 'video', frame: 'https://player.vimeo.com/video/76979871?dnt=1' }],
		['https://twitter.com/someone/status/1234567890', { site: 'x.com', kind: 'post', frame: 'https://platform.twitter.com/embed/Tweet.html?id=1234567890&dnt=true' }],
		['https://www.instagram.com/p/Cx1_ab/', { site: 'instagram.com', kind: 'post', frame: 'https://www.instagram.com/p/Cx1_ab/embed/' }],
		['https://bsky.app/profile/someone.bsky.social/post/3k2abc', { site: 'bsky.app', kind: 'page' }],
		['https://www.example.org/news/story', { site: 'example.org', kind: 'page' }],
		['https://www.youtube.com/channel/UC123', { site: 'youtube.com', kind: 'page' }],
		['https://www.youtube.com/watch?v=<script>', { site: 'youtube.com', kind: 'page' }],
		['javascript:alert(1)', { site: '', kind: 'page' }],
		['not a url', { site: '', kind: 'page' }]
	])('%s', (url, expected) => {
		expect(linkEmbed(url)).toEqual(expected);
	});
});

describe('isOwnSite(url, origin)', () => {
	it.each([
		['/examples/a.svg', true],
		['https://timeline.example/a.svg', true],
		['https://cdn.example/a.svg', false],
		['//cdn.example/a.svg', false]
	])('%s: %s', (url, expected) => {
		expect(isOwnSite(url, 'https://timeline.example')).toBe(expected);
	});
});
