import type { Attachment } from 'svelte/attachments';

/**
 * For a row of buttons that scrolls sideways when it does not fit: marks the sides where
 * buttons are hidden (`data-more-left`, `data-more-right`; the styles fade that edge, so a
 * cut-off label reads as "there is more" rather than as broken), and brings a button the
 * keyboard moves to fully into view, which browsers do not do for one that is partly visible.
 * The sides are physical, so a right-to-left row fades the right way too.
 *
 * `content` is what the row shows: when it changes the attachment starts again, so the marks
 * follow a row that changed without changing size.
 */
export function scrollHints(content?: unknown): Attachment<HTMLElement> {
	void content;
	return (row) => {
		const update = () => {
			const max = row.scrollWidth - row.clientWidth;
			// Right to left, scrollLeft runs from 0 (the start, at the right) down to -max.
			const least = getComputedStyle(row).direction === 'rtl' ? -max : 0;
			row.toggleAttribute('data-more-left', max > 1 && row.scrollLeft - least > 1);
			row.toggleAttribute('data-more-right', max > 1 && least + max - row.scrollLeft > 1);
		};
		const onfocusin = (event: FocusEvent) => {
			const target = event.target;
			if (target instanceof HTMLElement && target !== row) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
		};
		row.addEventListener('scroll', update, { passive: true });
		row.addEventListener('focusin', onfocusin);
		// The observer's first report comes after the browser's own layout: nothing is read before.
		const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
		observer?.observe(row);
		return () => {
			observer?.disconnect();
			row.removeEventListener('scroll', update);
			row.removeEventListener('focusin', onfocusin);
		};
	};
}
