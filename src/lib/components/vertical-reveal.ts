/**
 * How the vertical layout brings an event into view, and how far it zooms to begin with. Both
 * lay the events out at a trial zoom with `marksAt(track)`: the marks of the whole span drawn
 * down `track`.
 */
import type { RevealStrategy } from '$lib/state/timeline-state.svelte';
import type { TimelineView } from '$lib/state/timeline-view.svelte';
import type { TimeScale } from '$lib/timeline/folded-scale';
import { standsAloneIn, type VerticalMark } from '$lib/timeline/vertical-marks';

/** The marks of the whole span down `track` (the base scale stretched to a zoomed length). */
export type MarksAt = (track: TimeScale) => VerticalMark[];

/** The base scale stretched to `k` screens. */
const stretched = (view: TimelineView, k: number) => view.base.copy().range([0, view.width * k]);

/**
 * The vertical layout's reveal: an event stands alone when it is a mark of its own at the zoom
 * that shows the period in one screen; it ends up high on the screen (between 5% and 60% from
 * the top, else at 20%), so its text has room below it.
 */
export function verticalReveal(view: TimelineView, marksAt: MarksAt): RevealStrategy {
	return {
		standsAlone(item, range) {
			const [a, b] = [view.base(range[0]), view.base(range[1])];
			return standsAloneIn(marksAt(stretched(view, b > a ? view.width / (b - a) : 1)), item.id);
		},
		align(item, range) {
			const [a, b] = [view.base(range[0]), view.base(range[1])];
			const at = view.base(item.kind === 'point' ? item.start : Math.max(item.start, range[0]));
			const share = (at - a) / (b - a || 1);
			if (share >= 0.05 && share <= 0.6) return range;
			const top = at - 0.2 * (b - a);
			return [+view.base.invert(top), +view.base.invert(top + (b - a))];
		}
	};
}

/**
 * The least zoom (up to `most` screens for the whole span) at which every event is a mark of
 * its own, so scrolling reaches each; a denser story keeps clusters that open with a tap.
 */
export function readingZoom(view: TimelineView, marksAt: MarksAt, most = 8): number {
	for (let k = 1; k < most; k *= 2) {
		if (marksAt(stretched(view, k)).every(({ mark }) => mark.type === 'event')) return k;
	}
	return most;
}
