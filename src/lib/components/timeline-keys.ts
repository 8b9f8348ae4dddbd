/**
 * The timeline's keyboard: on the plot, + and - zoom, the arrows pan and 0 shows everything;
 * on a mark, the arrows, Home and End move through the events in time order, and + and - zoom
 * around the mark. Each function says whether it handled the key.
 */
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

/** A key on the plot itself: ← and → pan by a step (Shift: half the view), else {@link zoomKey}. */
export function plotKey(view: TimelineView, event: KeyboardEvent): boolean {
	const step = view.width * (event.shiftKey ? 0.5 : 0.15);
	if (event.key === 'ArrowLeft') view.panBy(-step);
	else if (event.key === 'ArrowRight') view.panBy(step);
	else return zoomKey(view, event.key);
	return true;
}

/**
 * A key on a mark: → and ↓ focus the next event (past a cluster's events), ← and ↑ the one
 * before, Home and End the first and last; else {@link zoomKey} around the mark, at `x` on the
 * view's scale (the mark's own `x` by default; the vertical layout places marks down a track).
 */
export function markKey(timeline: TimelineState, event: KeyboardEvent, mark: Mark, x: number = mark.x): boolean {
	const items = timeline.items;
	const id = mark.type === 'event' ? mark.item.id : (mark.items[0]?.id ?? '');
	const focusFrom = (delta: number) => {
		const i = items.findIndex((item) => item.id === id);
		const next = items[Math.max(0, Math.min(items.length - 1, i + delta))];
		if (next) timeline.focusEvent(next.id);
	};
	switch (event.key) {
		case 'ArrowRight':
		case 'ArrowDown':
			focusFrom(mark.type === 'cluster' ? mark.items.length : 1);
			return true;
		case 'ArrowLeft':
		case 'ArrowUp':
			focusFrom(-1);
			return true;
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
