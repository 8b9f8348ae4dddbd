import type { Attachment } from 'svelte/attachments';
import type { TimelineState } from '$lib/state/timeline-state.svelte';

/** Where the full page lays the panel out as a bottom sheet (the CSS uses the same width). */
const PHONE = '(max-width: 899.98px)';

/**
 * On a phone the panel is a bottom sheet over the lower half of the screen: when the reader
 * (or a host page) selects an event, scroll the page so that the timeline, with the event on
 * it, sits in the half above the sheet. A link's event, on opening the page, leaves the page
 * where it is. Attach to the element that holds the timeline.
 */
export function keepAboveSheet(timeline: TimelineState): Attachment<HTMLElement> {
	return (stage) =>
		timeline.onSelectionChange((id, cause) => {
			if (!id || cause === 'link' || cause === 'data' || !matchMedia(PHONE).matches) return;
			const box = stage.getBoundingClientRect();
			if (box.top >= 0 && box.bottom <= innerHeight * 0.5) return;
			scrollBy({ top: box.top, behavior: timeline.view.reducedMotion ? 'auto' : 'smooth' });
		});
}
