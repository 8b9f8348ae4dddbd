/** The margin around everything in an image, in CSS pixels: an image `w` wide has a plot `w - 2 × IMAGE_PADDING` wide. */
export const IMAGE_PADDING = 24;

/** The width of an image whose plot is `plotWidth` wide, as the timeline's on screen: the same lanes and ticks. */
export function imageWidthFor(plotWidth: number): number {
	return Math.max(320, Math.round(plotWidth) + 2 * IMAGE_PADDING);
}
