import { describe, expect, it } from 'vitest';
import { Story } from './story.svelte';
import type { TimelineItem } from '$lib/timeline/types';

const items = ['a', 'b', 'c'].map((id, i) => ({ id, start: i, end: i + 1, kind: 'point' }) as unknown as TimelineItem);

describe('Story', () => {
	it('select(id) selects a known event and refuses an unknown one', () => {
		const story = new Story(items);
		expect(story.select('b')).toBe(true);
		expect(story.select('zzz')).toBe(false);
		expect(story.selectedId).toBe('b');
		expect(story.index).toBe(1);
	});

	it.each([
		{ from: null, delta: 1, to: 'a' },
		{ from: null, delta: -1, to: 'c' },
		{ from: 'a', delta: 1, to: 'b' },
		{ from: 'c', delta: 1, to: 'c' },
		{ from: 'a', delta: -1, to: 'a' },
		{ from: 'b', delta: -1, to: 'a' }
	])('step($delta) from $from selects $to, stopping at the ends', ({ from, delta, to }) => {
		const story = new Story(items);
		if (from) story.select(from);
		expect(story.step(delta)).toBe(to);
		expect(story.selected?.id).toBe(to);
	});
});
