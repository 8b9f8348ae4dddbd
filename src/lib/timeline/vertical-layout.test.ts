import { describe, expect, it } from 'vitest';
import { layoutVertical, wrapLabel, type VerticalItem } from './vertical-layout';

const words = (n: number, seed: number) =>
	Array.from({ length: n }, (_, i) => ['Taliban', 'talks', 'resume', 'in', 'Doha', 'after', 'months', 'of', 'delay', 'Supercalifragilisticexpialidocious'][(i * 7 + seed) % 10]).join(' ');

describe('wrapLabel', () => {
	it('keeps every word, in order, within the line length', () => {
		const text = words(40, 3);
		const lines = wrapLabel(text, 18);
		expect(lines.every((l) => l.length <= 18)).toBe(true);
		expect(lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
	});
	it('gives one empty line for an empty label', () => {
		expect(wrapLabel('', 10)).toEqual(['']);
	});
});

describe('layoutVertical', () => {
	for (const width of [320, 375, 414]) {
		it(`at ${width} px labels never overlap and never leave the screen`, () => {
			// Clumped marks, as in a story: many events within a few px of each other.
			const items: VerticalItem[] = Array.from({ length: 30 }, (_, i) => ({
				id: `e${i}`,
				y: i < 20 ? 400 + i * 3 : 2000 + i * 40,
				y1: i % 5 === 0 ? 400 + i * 3 + 60 : i < 20 ? 400 + i * 3 : 2000 + i * 40,
				label: words(3 + (i % 13), i)
			}));
			const opts = { width, gutter: 72, lineHeight: 20, charWidth: 8, padding: 8 };
			const { placements, height } = layoutVertical(items, opts);
			expect(placements).toHaveLength(items.length);
			placements.forEach((p, i) => {
				expect(p.x).toBeGreaterThanOrEqual(0);
				expect(p.x + p.width).toBeLessThanOrEqual(width);
				for (const line of p.lines) expect(line.length * opts.charWidth).toBeLessThanOrEqual(p.width);
				expect(p.y).toBeGreaterThanOrEqual(0);
				expect(p.y + p.height).toBeLessThanOrEqual(height);
				expect(p.y).toBeGreaterThanOrEqual(p.markY - opts.lineHeight / 2);
				const above = placements[i - 1];
				if (above) expect(p.y).toBeGreaterThanOrEqual(above.y + above.height);
			});
		});
	}
	it('puts a label level with its mark when there is room', () => {
		const { placements } = layoutVertical(
			[{ id: 'a', y: 100, y1: 100, label: 'One' }, { id: 'b', y: 500, y1: 500, label: 'Two' }],
			{ width: 375, gutter: 72, lineHeight: 20, charWidth: 8 }
		);
		expect(placements.map((p) => p.y)).toEqual([90, 490]);
	});
});
