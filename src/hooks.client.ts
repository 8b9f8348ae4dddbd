/**
 * What the client does before it takes over the page. A prerendered page has already been
 * painted by then: its scripts start only after its first paint (src/lib/boot/deferred-boot.ts).
 *
 * A page that shows another dataset (`?data=`, `#data=`) has nothing prerendered to show:
 * it hydrates at once, and starts downloading the code that reads the dataset now, alongside
 * the data the head script is already fetching.
 */
import { layoutOf } from '$lib/components/layout-choice';
import { showsAnotherDataset } from '$lib/data/early-fetch';

export async function init(): Promise<void> {
	// A phone's page draws the vertical layout, whose code is not in the first load: fetch it
	// now, so the page hydrates with it and never shows an empty stage in between.
	const layout = layoutOf(new URLSearchParams(location.search).get('layout') ?? 'auto', matchMedia('(max-width: 599.98px)').matches);
	const vertical = layout === 'vertical' ? import('$lib/components/VerticalTimeline.svelte').catch(() => undefined) : undefined;
	// Nothing prerendered is shown on such a page (the head script hid it): it hydrates at once.
	if (showsAnotherDataset(location)) {
		void import('$lib/data/load');
		return;
	}
	await vertical;
}
