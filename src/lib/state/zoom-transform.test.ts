import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { select } from 'd3-selection';
import { zoom, zoomIdentity as d3Identity, type ZoomTransform as D3Transform } from 'd3-zoom';
import { constrain, scaleBy, translateBy, translateTo, ZoomTransform, type ZoomFrame } from './zoom-transform';

/** d3-zoom's own result of an operation on a plain node holding `t`. */
function d3Result(t: ZoomTransform, frame: ZoomFrame, run: (behavior: ReturnType<typeof zoom>, node: ReturnType<typeof select>) => void): D3Transform {
	const holder = { __zoom: d3Identity.translate(t.x, t.y).scale(t.k) } as unknown as Element;
	const behavior = zoom().extent(frame.extent).scaleExtent(frame.scaleExtent).translateExtent(frame.translateExtent);
	run(behavior as never, select(holder) as never);
	return (holder as unknown as { __zoom: D3Transform }).__zoom;
}

const close = (a: { k: number; x: number; y: number }, b: { k: number; x: number; y: number }) => {
	expect(a.k).toBeCloseTo(b.k, 9);
	expect(a.x).toBeCloseTo(b.x, 6);
	expect(a.y).toBeCloseTo(b.y, 6);
};

const arbitraries = {
	width: fc.integer({ min: 100, max: 2000 }),
	k: fc.double({ min: 1, max: 500, noNaN: true }),
	at: fc.double({ min: 0, max: 1, noNaN: true }),
	factor: fc.double({ min: 0.1, max: 10, noNaN: true }),
	dx: fc.double({ min: -5000, max: 5000, noNaN: true })
};

describe('zoom-transform: d3-zoom\'s arithmetic without its gestures', () => {
	it('scaleBy, translateBy, translateTo and constrain give what d3-zoom gives', () => {
		fc.assert(
			fc.property(arbitraries.width, arbitraries.k, arbitraries.at, arbitraries.factor, arbitraries.dx, (width, k, at, factor, dx) => {
				const frame: ZoomFrame = { extent: [[0, 0], [width, 200]], scaleExtent: [1, 400], translateExtent: [[0, -Infinity], [width, Infinity]] };
				const start = constrain(new ZoomTransform(Math.min(k, 400), -at * width * (k - 1), 0), frame);
				const point: [number, number] = [at * width, 0];
				close(scaleBy(start, factor, frame, point), d3Result(start, frame, (b, n) => b.scaleBy(n as never, factor, point)));
				close(scaleBy(start, factor, frame), d3Result(start, frame, (b, n) => b.scaleBy(n as never, factor)));
				close(translateBy(start, dx, 0, frame), d3Result(start, frame, (b, n) => b.translateBy(n as never, dx, 0)));
				close(translateTo(start, at * width, 0, frame), d3Result(start, frame, (b, n) => b.translateTo(n as never, at * width, 0)));
			}),
			{ numRuns: 300 }
		);
	});

	it('has d3-zoom\'s transform methods, with the same results', () => {
		const ours = new ZoomTransform(2, 10, 5);
		const theirs = d3Identity.translate(10, 5).scale(2);
		close(ours, theirs);
		expect(ours.apply([3, 4])).toEqual(theirs.apply([3, 4]));
		expect(ours.invert([3, 4])).toEqual(theirs.invert([3, 4]));
		close(ours.scale(3).translate(1, 2), theirs.scale(3).translate(1, 2));
		expect(ours.toString()).toBe(theirs.toString());
		expect(new ZoomTransform(1, 0, 0).scale(1)).toBeInstanceOf(ZoomTransform);
	});
});
