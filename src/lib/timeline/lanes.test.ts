import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLanes } from './lanes';

const span = (x0: number, x1: number) => ({ x0, x1 });

describe('assignLanes', () => {
	it.each([
		{ name: 'puts spans that do not touch in one lane', spans: [span(0, 10), span(20, 30), span(40, 50)], lanes: [0, 0, 0] },
		{ name: 'lets a span start where the previous one ends', spans: [span(0, 10), span(10, 20)], lanes: [0, 0] },
		{ name: 'moves an overlapping span to the next lane', spans: [span(0, 10), span(5, 15), span(8, 20)], lanes: [0, 1, 2] },
		{ name: 'goes back to the first lane once it is free', spans: [span(0, 10), span(5, 15), span(12, 20)], lanes: [0, 1, 0] },
		{ name: 'places unsorted input by x0', spans: [span(12, 20), span(5, 15), span(0, 10)], lanes: [0, 1, 0] },
		{ name: 'handles no spans', spans: [], lanes: [] }
	])('$name', ({ spans, lanes }) => {
		expect(assignLanes(spans).lanes).toEqual(lanes);
	});

	it('keeps `gap` px between spans in a lane', () => {
		expect(assignLanes([span(0, 10), span(15, 20), span(30, 40)], { gap: 8 }).lanes).toEqual([0, 1, 0]);
	});

	it('overflows what does not fit in maxLanes, lane -1', () => {
		const spans = [span(0, 100), span(10, 110), span(20, 120), span(30, 130), span(200, 210)];
		expect(assignLanes(spans, { maxLanes: 2 })).toEqual({ lanes: [0, 1, -1, -1, 0], laneCount: 2, overflow: [2, 3] });
	});

	it('never puts overlapping spans in one lane, nor uses more than maxLanes (property)', () => {
		const spans = fc.array(
			fc.tuple(fc.integer({ min: -200, max: 2000 }), fc.integer({ min: 0, max: 300 })).map(([x0, w]) => span(x0, x0 + w)),
			{ maxLength: 80 }
		);
		fc.assert(
			fc.property(spans, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 6 }), (input, gap, maxLanes) => {
				const { lanes, laneCount, overflow } = assignLanes(input, { gap, maxLanes });
				expect(laneCount).toBeLessThanOrEqual(maxLanes);
				expect(overflow.every((i) => lanes[i] === -1)).toBe(true);
				expect(lanes.filter((l) => l === -1).length).toBe(overflow.length);
				for (let lane = 0; lane < laneCount; lane++) {
					const inLane = input.filter((_, i) => lanes[i] === lane).sort((a, b) => a.x0 - b.x0);
					for (let i = 1; i < inLane.length; i++) {
						expect(inLane[i - 1]!.x1 + gap).toBeLessThanOrEqual(inLane[i]!.x0);
					}
				}
			})
		);
	});

	it('overflows a span only when every lane is taken where it starts (property)', () => {
		const spans = fc.array(
			fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 100 })).map(([x0, w]) => span(x0, x0 + w)),
			{ maxLength: 40 }
		);
		fc.assert(
			fc.property(spans, fc.integer({ min: 1, max: 4 }), (input, maxLanes) => {
				const { lanes, overflow } = assignLanes(input, { maxLanes });
				for (const i of overflow) {
					const s = input[i]!;
					for (let lane = 0; lane < maxLanes; lane++) {
						const blocking = input.some((o, j) => lanes[j] === lane && o.x0 <= s.x0 && o.x1 > s.x0);
						expect(blocking).toBe(true);
					}
				}
			})
		);
	});
});
