/**
 * The timeline's keyboard: on the plot, + and - zoom, the arrows pan and 0 shows everything;
 * on a mark, the arrows, Home and End move through the events in time order, and + and - zoom
 * around the mark. Each function says whether it handled the key. The left and right arrows
 * go the way they point on screen: when time runs right to left, → goes back in time.
 */
import type { TimeDirection } from '$lib/i18n/i18n.svelte';
import type { TimelineState } from '$lib/state/timeline-state.svelte';
import type { TimelineView } from '$lib/state/timeline-view.svelte';
import type { Mark } from '$lib/timeline/marks';

/** + and - zoom (around `x` px when given), 0 shows everything. */
export function zoomKey(view: TimelineView, key: string, x?: number): boolean {
	if (key === '+' || key === '=') view.zoomBy(2, { x });
	else if (key === '-' || key === '_') view.zoomBy(0.5, { x });
	else if (key === '0') view.showAll();
	else return false;
	return true;
}

/**
 * Which way in time an arrow key goes: +1 later, -1 earlier, 0 for any other key. ↓ is
 * always later and ↑ earlier; → is later when time runs left to right and earlier when it
 * runs right to left, and ← the opposite.
 */
export function arrowStep(key: string, direction: TimeDirection = 'ltr'): 1 | -1 | 0 {
	const ahead = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
	const back = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
	if (key === ahead || key === 'ArrowDown') return 1;
	if (key === back || key === 'ArrowUp') return -1;
	return 0;
}

/** A key on the plot itself: ← and → pan by a step (Shift: half the view), else {@link zoomKey}. */
export function plotKey(view: TimelineView, event: KeyboardEvent, direction: TimeDirection = 'ltr'): boolean {
	const step = view.width * (event.shiftKey ? 0.5 : 0.15);
	const way = event.key === 'ArrowLeft' || event.key === 'ArrowRight' ? arrowStep(event.key, direction) : 0;
	if (way) view.panBy(way * step);
	else return zoomKey(view, event.key);
	return true;
}

/**
 * A key on a mark: → and ↓ focus the next event (past a cluster's events), ← and ↑ the one
 * before (→ and ← swap when time runs right to left, see {@link arrowStep}), Home and End the
 * first and last; else {@link zoomKey} around the mark, at `x` on the view's scale (the mark's
 * own `x` by default; the vertical layout places marks down a track).
 */
export function markKey(timeline: TimelineState, event: KeyboardEvent, mark: Mark, x: number = mark.x): boolean {
	const items = timeline.items;
	const id = mark.type === 'event' ? mark.item.id : mark.first.id;
	const focusFrom = (delta: number) => {
		const i = items.findIndex((item) => item.id === id);
		const next = items[Math.max(0, Math.min(items.length - 1, i + delta))];
		if (next) timeline.focusEvent(next.id);
	};
	const way = arrowStep(event.key, timeline.i18n.timeDirection);
	if (way) {
		focusFrom(way > 0 && mark.type === 'cluster' ? mark.count : way);
		return true;
	}
	switch (event.key) {
		case 'Home':
		case 'End': {
			const item = event.key === 'Home' ? items[0] : items.at(-1);
			if (item) timeline.focusEvent(item.id);
			return true;
		}
		default:
			return zoomKey(timeline.view, event.key, x);
	}
}
