/** Where each span went: its lane (-1 when it did not fit), how many lanes are used, and what overflowed. */
export interface LaneAssignment {
	/** Lane of each input span, in input order; 0 is the first lane, -1 means it overflowed. */
	lanes: number[];
	/** How many lanes are in use. */
	laneCount: number;
	/** Indices of the spans that did not fit in `maxLanes`, left to right, for the caller to cluster. */
	overflow: number[];
}

/**
 * Packs horizontal spans (labels with their marks) into lanes so that none overlap: left to
 * right, each span goes into the first lane whose last span ends at least `gap` px before it
 * starts (`x1 + gap <= x0`). A span that would need a lane beyond `maxLanes` overflows.
 * Spans may come in any order; ties in x0 keep input order. Runs in O(spans × lanes).
 */
export function assignLanes(
	spans: readonly { x0: number; x1: number }[],
	options: { gap?: number; maxLanes?: number } = {}
): LaneAssignment {
	const { gap = 0, maxLanes = Infinity } = options;
	const order = spans.map((_, i) => i).sort((a, b) => left(spans[a]) - left(spans[b]) || a - b);
	const lanes = new Array<number>(spans.length).fill(-1);
	const ends: number[] = [];
	const overflow: number[] = [];
	for (const i of order) {
		const span = spans[i];
		const x0 = left(span);
		const x1 = span ? Math.max(span.x0, span.x1) : x0;
		let lane = ends.findIndex((end) => end + gap <= x0);
		if (lane < 0 && ends.length < maxLanes) lane = ends.length;
		if (lane < 0) {
			overflow.push(i);
			continue;
		}
		ends[lane] = x1;
		lanes[i] = lane;
	}
	return { lanes, laneCount: ends.length, overflow };
}

function left(span: { x0: number; x1: number } | undefined): number {
	return span ? Math.min(span.x0, span.x1) : 0;
}
