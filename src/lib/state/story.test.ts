import { describe, expect, it } from 'vitest';
import { Story } from './story.svelte';
import { realItems } from '$lib/timeline/real-dataset';

const items = realItems();
const ids = items.map((item) => item.id);

describe('Story', () => {
	it('select(id) selects a known event and refuses an unknown one', () => {
		const story = new Story(() => items);
		expect(story.select(ids[1]!)).toBe(true);
		expect(story.select('no-such-event')).toBe(false);
		expect(story.selectedId).toBe(ids[1]);
		expect(story.index).toBe(1);
	});

	it.each([
		{ from: null, delta: 1, to: 0 },
		{ from: null, delta: -1, to: -1 },
		{ from: 0, delta: 1, to: 1 },
		{ from: -1, delta: 1, to: -1 },
		{ from: 0, delta: -1, to: 0 },
		{ from: 1, delta: -1, to: 0 }
	])('step($delta) from event $from selects event $to, stopping at the ends', ({ from, delta, to }) => {
		const story = new Story(() => items);
		if (from !== null) story.select(ids.at(from)!);
		expect(story.step(delta)).toBe(ids.at(to));
		expect(story.selected?.id).toBe(ids.at(to));
	});

	it('reads its events each time, so a shorter list is seen at once', () => {
		let list = items;
		const story = new Story(() => list);
		story.select(ids.at(-1)!);
		list = items.slice(0, 2);
		expect(story.selected).toBeUndefined();
		expect(story.has(ids.at(-1)!)).toBe(false);
	});
});
