/**
 * The view's zoom transform and the arithmetic of d3-zoom's programmatic moves (`scaleBy`,
 * `translateBy`, `translateTo` and its default constrain), as pure functions. d3-zoom keeps
 * these inside its gesture behaviour, which brings d3-selection, d3-transition and d3-color
 * with it; the view needs them from the first render, so they are written out here, the same
 * formulas, and d3-zoom itself loads with the plot's gestures (`zoom-behaviour.ts`). A
 * transform made here and one made by d3-zoom are interchangeable: same fields, same methods.
 */

/** An immutable zoom transform: `x' = x * k + tx` (d3-zoom's `ZoomTransform`). */
export class ZoomTransform {
	constructor(
		readonly k: number,
		readonly x: number,
		readonly y: number
	) {}
	scale(k: number): ZoomTransform {
		return k === 1 ? this : new ZoomTransform(this.k * k, this.x, this.y);
	}
	translate(x: number, y: number): ZoomTransform {
		return x === 0 && y === 0 ? this : new ZoomTransform(this.k, this.x + this.k * x, this.y + this.k * y);
	}
	apply(point: [number, number]): [number, number] {
		return [point[0] * this.k + this.x, point[1] * this.k + this.y];
	}
	applyX(x: number): number {
		return x * this.k + this.x;
	}
	applyY(y: number): number {
		return y * this.k + this.y;
	}
	invert(location: [number, number]): [number, number] {
		return [(location[0] - this.x) / this.k, (location[1] - this.y) / this.k];
	}
	invertX(x: number): number {
		return (x - this.x) / this.k;
	}
	invertY(y: number): number {
		return (y - this.y) / this.k;
	}
	/** The scale `x` zoomed by this transform (`x` is not changed). */
	rescaleX<S extends { copy(): S; range(): number[]; invert(px: number): Date | number; domain(d: Array<Date | number>): S }>(x: S): S {
		return x.copy().domain(x.range().map((px) => x.invert(this.invertX(px))));
	}
	/** The scale `y` zoomed by this transform. */
	rescaleY<S extends { copy(): S; range(): number[]; invert(px: number): Date | number; domain(d: Array<Date | number>): S }>(y: S): S {
		return y.copy().domain(y.range().map((px) => y.invert(this.invertY(px))));
	}
	toString(): string {
		return `translate(${this.x},${this.y}) scale(${this.k})`;
	}
}

export const zoomIdentity = new ZoomTransform(1, 0, 0);

/** A transform's shape, as d3-zoom's own transforms have it too. */
export type Transform = Pick<ZoomTransform, 'k' | 'x' | 'y'>;

/** The plot's extent [[x0, y0], [x1, y1]] and the limits a move stays within. */
export interface ZoomFrame {
	extent: [[number, number], [number, number]];
	scaleExtent: [number, number];
	translateExtent: [[number, number], [number, number]];
}

const from = (t: Transform) => (t instanceof ZoomTransform ? t : new ZoomTransform(t.k, t.x, t.y));

/** d3-zoom's default constrain: the translate extent stays over the viewport, centred when it is smaller. */
export function constrain(t: Transform, { extent, translateExtent }: ZoomFrame): ZoomTransform {
	const z = from(t);
	const dx0 = z.invertX(extent[0][0]) - translateExtent[0][0];
	const dx1 = z.invertX(extent[1][0]) - translateExtent[1][0];
	const dy0 = z.invertY(extent[0][1]) - translateExtent[0][1];
	const dy1 = z.invertY(extent[1][1]) - translateExtent[1][1];
	return z.translate(
		dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1),
		dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1)
	);
}

function centroid({ extent }: ZoomFrame): [number, number] {
	return [(extent[0][0] + extent[1][0]) / 2, (extent[0][1] + extent[1][1]) / 2];
}

/** `zoom.scaleBy(selection, factor, point)`: the scale times `factor` (within its extent), `point` kept in place. */
export function scaleBy(t: Transform, factor: number, frame: ZoomFrame, point: [number, number] = centroid(frame)): ZoomTransform {
	const z = from(t);
	const k = Math.max(frame.scaleExtent[0], Math.min(frame.scaleExtent[1], z.k * factor));
	const p1 = z.invert(point);
	const scaled = k === z.k ? z : new ZoomTransform(k, z.x, z.y);
	const x = point[0] - p1[0] * k;
	const y = point[1] - p1[1] * k;
	return constrain(x === scaled.x && y === scaled.y ? scaled : new ZoomTransform(k, x, y), frame);
}

/** `zoom.translateBy(selection, x, y)`: moved by (x, y) in the untransformed plot's px. */
export function translateBy(t: Transform, x: number, y: number, frame: ZoomFrame): ZoomTransform {
	return constrain(from(t).translate(x, y), frame);
}

/** `zoom.translateTo(selection, x, y)`: the untransformed point (x, y) at the centre, same scale. */
export function translateTo(t: Transform, x: number, y: number, frame: ZoomFrame): ZoomTransform {
	const p0 = centroid(frame);
	return constrain(zoomIdentity.translate(p0[0], p0[1]).scale(t.k).translate(-x, -y), frame);
}
