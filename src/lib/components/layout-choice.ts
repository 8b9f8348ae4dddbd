/**
 * Which layout draws the timeline: `?layout=vertical` or `?layout=horizontal` on any page and
 * in the embed, else vertical on narrow screens (below 600 px) and horizontal elsewhere.
 */

/** What a page asks for; `auto` decides by the width. */
export type LayoutChoice = 'auto' | 'vertical' | 'horizontal';

/** The layout for `choice` on a screen that is `narrow` or not; an unknown choice counts as `auto`. */
export function layoutOf(choice: string, narrow: boolean): 'vertical' | 'horizontal' {
	if (choice === 'vertical' || choice === 'horizontal') return choice;
	return narrow ? 'vertical' : 'horizontal';
}
