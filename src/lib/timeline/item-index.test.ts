import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../tests/bench/dataset';
import { createItemIndex, itemIndexBuffers, reviveItemIndex, visibleItems } from './item-index';
import { toTimelineItems } from './items';
import { RangeTree } from './range-tree';

describe('RangeTree.revive(clone)', () => {
	it('answers after structured clone as the tree it was cloned from', () => {
		const values = Float64Array.from([5, 1, 9, 3, 7, 2]);
		for (const op of [Math.min, Math.max]) {
			const tree = new RangeTree(values, op);
			const revived = RangeTree.revive(structuredClone(tree));
			expect(revived).toBeInstanceOf(RangeTree);
			for (const [a, b] of [[0, 6], [1, 3], [2, 5], [4, 4]] as const) expect(revived.query(a, b)).toBe(tree.query(a, b));
		}
		const above: number[] = [];
		RangeTree.revive(structuredClone(new RangeTree(values, Math.max))).above(0, 6, 4, above);
		expect(above).toEqual([0, 2, 4]);
	});
});

describe('itemIndexBuffers(index) and reviveItemIndex(index)', () => {
	const items = toTimelineItems(syntheticDataset(500).events);

	it('lists each typed array buffer once, so they can all be transferred', () => {
		const buffers = itemIndexBuffers(createItemIndex(items));
		expect(new Set(buffers).size).toBe(buffers.length);
	});

	it('gives an index that moved to another thread (buffers transferred) the same answers', () => {
		const index = createItemIndex(items);
		const expected = visibleItems(index, Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)).map((i) => i.id);
		const moved = reviveItemIndex(structuredClone(index, { transfer: itemIndexBuffers(index) }));
		expect(visibleItems(moved, Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)).map((i) => i.id)).toEqual(expected);
		expect(moved.gaps.query(0, 10)).toBeGreaterThanOrEqual(0);
	});
});
