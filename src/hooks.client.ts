/**
 * Before the app takes over the prerendered page, let the browser paint it: the HTML already
 * holds the final timeline, so a reader on a slow phone sees it while the scripts hydrate
 * (a frame later) instead of after them. A hidden page (a background tab, an embed out of
 * view in some browsers) gets no frames, so it starts at once.
 *
 * A page that shows another dataset (`?data=`, `#data=`) starts downloading the code that
 * reads it now, alongside the data the head script is already fetching, instead of after
 * hydration.
 */
import { layoutOf } from '$lib/components/layout-choice';

export async function init(): Promise<void> {
	if (/[?&]data=/.test(location.search) || location.hash.includes('data=')) void import('$lib/data/load');
	// A phone's page draws the vertical layout, whose code is not in the first load: fetch it
	// now, so the page hydrates with it and never shows an empty stage in between.
	const layout = layoutOf(new URLSearchParams(location.search).get('layout') ?? 'auto', matchMedia('(max-width: 599.98px)').matches);
	const vertical = layout === 'vertical' ? import('$lib/components/VerticalTimeline.svelte').catch(() => undefined) : undefined;
	await vertical;
	if (document.visibilityState === 'hidden') return;
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
