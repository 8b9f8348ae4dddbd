import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawnWindow, MIN_WINDOW_PX, movedWindow } from './overview-window';

/** A strip width and a view's window inside it, px. */
const windowInStrip = fc
	.record({ width: fc.double({ min: 100, max: 3000, noNaN: true }), w: fc.double({ min: 0, max: 1, noNaN: true }), at: fc.double({ min: 0, max: 1, noNaN: true }) })
	.map(({ width, w, at }) => {
		const span = w * width;
		const x0 = at * (width - span);
		return { width, window: [x0, x0 + span] as [number, number] };
	});

describe('drawnWindow', () => {
	it('draws a window at least as wide as the minimum as it is', () => {
		expect(drawnWindow([100, 300], 1000)).toEqual([100, 300]);
		expect(drawnWindow([10, 10 + MIN_WINDOW_PX], 1000)).toEqual([10, 10 + MIN_WINDOW_PX]);
	});

	it('draws a thin window the minimum wide, from one end of the strip to the other', () => {
		expect(drawnWindow([0, 2], 1000)).toEqual([0, MIN_WINDOW_PX]);
		const [a, b] = drawnWindow([998, 1000], 1000);
		expect(a).toBeCloseTo(1000 - MIN_WINDOW_PX, 9);
		expect(b).toBeCloseTo(1000, 9);
		const [c, d] = drawnWindow([499, 501], 1000);
		expect((c + d) / 2).toBeCloseTo(500, 9);
	});

	it('always contains the view’s window, stays inside the strip and is at least the minimum wide', () => {
		fc.assert(
			fc.property(windowInStrip, ({ width, window: [x0, x1] }) => {
				const [a, b] = drawnWindow([x0, x1], width);
				const eps = 1e-9 * width;
				expect(a).toBeLessThanOrEqual(x0 + eps);
				expect(b).toBeGreaterThanOrEqual(x1 - eps);
				expect(a).toBeGreaterThanOrEqual(-eps);
				expect(b).toBeLessThanOrEqual(width + eps);
				expect(b - a).toBeGreaterThanOrEqual(Math.min(MIN_WINDOW_PX, width) - eps);
			})
		);
	});
});

describe('movedWindow', () => {
	it('gives back the view’s window that was drawn there, at any width', () => {
		fc.assert(
			fc.property(windowInStrip, ({ width, window: [x0, x1] }) => {
				const [a] = drawnWindow([x0, x1], width);
				const [y0, y1] = movedWindow(a, x1 - x0, width);
				expect(y0).toBeCloseTo(x0, 6);
				expect(y1).toBeCloseTo(x1, 6);
			})
		);
	});

	it('reaches both ends of the strip when the drawn window does', () => {
		expect(movedWindow(0, 1.5, 1000)).toEqual([0, 1.5]);
		const [x0, x1] = movedWindow(1000 - MIN_WINDOW_PX, 1.5, 1000);
		expect(x0).toBeCloseTo(998.5, 9);
		expect(x1).toBeCloseTo(1000, 9);
	});

	it('moves a window wider than the minimum by as much as the drawn one moved', () => {
		expect(movedWindow(250, 200, 1000)).toEqual([250, 450]);
	});
});
