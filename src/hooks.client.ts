/**
 * Before the app takes over the prerendered page, let the browser paint it: the HTML already
 * holds the final timeline, so a reader on a slow phone sees it while the scripts hydrate
 * (a frame later) instead of after them. The reading pages start their scripts only once they
 * have been painted (src/lib/boot/deferred-boot.ts), so they go on at once; so does a hidden
 * page (a background tab, an embed out of view in some browsers), which gets no frames.
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
	if (document.visibilityState === 'hidden' || performance.getEntriesByName('first-contentful-paint').length > 0) return;
	await new Promise<void>((resolve) => {
		const fallback = setTimeout(resolve, 100);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(fallback);
				resolve();
			}, 0)
		);
	});
}
