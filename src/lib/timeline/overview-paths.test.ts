import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonOverlappingLayers, rectsPath, type StripRect } from './overview-paths';

const rect = (x: number, w: number, y = 0, h = 10): StripRect => ({ x, y, w, h });

describe('rectsPath', () => {
	it('draws each rectangle as a closed subpath', () => {
		expect(rectsPath([rect(2, 4, 3, 14), rect(10, 1, 0, 6)])).toBe('M2 3h4v14h-4zM10 0h1v6h-1z');
	});

	it('is empty for no rectangles', () => {
		expect(rectsPath([])).toBe('');
	});
});

describe('nonOverlappingLayers', () => {
	it('keeps rectangles that only touch in one layer', () => {
		expect(nonOverlappingLayers([rect(0, 10), rect(10, 5), rect(20, 5)], 'x')).toEqual([[rect(0, 10), rect(10, 5), rect(20, 5)]]);
	});

	it('moves an overlapping rectangle to another layer, and back once the first is free', () => {
		expect(nonOverlappingLayers([rect(0, 10), rect(5, 10), rect(12, 4)], 'x')).toEqual([[rect(0, 10), rect(12, 4)], [rect(5, 10)]]);
	});

	it('deals each row on its own: rectangles of two rows never share a layer', () => {
		const layers = nonOverlappingLayers([rect(0, 10, 0), rect(20, 10, 0), rect(5, 10, 20)], 'x');
		expect(layers).toEqual([[rect(0, 10, 0), rect(20, 10, 0)], [rect(5, 10, 20)]]);
	});

	it('reads a vertical strip along y', () => {
		const down = (y: number, h: number): StripRect => ({ x: 18, y, w: 8, h });
		expect(nonOverlappingLayers([down(0, 10), down(4, 10), down(30, 2)], 'y')).toEqual([[down(0, 10), down(30, 2)], [down(4, 10)]]);
	});

	it('keeps every rectangle once, with no overlap in a layer, in as many layers as the deepest overlap (property)', () => {
		const rects = fc.array(
			fc.tuple(fc.integer({ min: -50, max: 1300 }), fc.integer({ min: 1, max: 400 }), fc.constantFrom(3, 22)).map(([x, w, y]) => rect(x, w, y, 6)),
			{ maxLength: 120 }
		);
		fc.assert(
			fc.property(rects, (input) => {
				const layers = nonOverlappingLayers(input, 'x');
				expect(layers.flat().length).toBe(input.length);
				expect(new Set(layers.flat()).size).toBe(new Set(input).size);
				for (const layer of layers) {
					expect(new Set(layer.map((r) => r.y)).size).toBe(1);
					const sorted = [...layer].sort((a, b) => a.x - b.x);
					for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x).toBeGreaterThanOrEqual(sorted[i - 1]!.x + sorted[i - 1]!.w);
				}
				// The fewest layers possible: per row, the most rectangles over one point.
				let deepest = 0;
				for (const y of new Set(input.map((r) => r.y))) {
					const row = input.filter((r) => r.y === y);
					const depth = Math.max(...row.map((r) => row.filter((o) => o.x <= r.x && r.x < o.x + o.w).length));
					deepest += depth;
				}
				expect(layers.length).toBe(deepest);
			})
		);
	});
});
