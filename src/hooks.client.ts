/**
 * Before the app takes over the prerendered page, let the browser paint it: the HTML already
 * holds the final timeline, so a reader on a slow phone sees it while the scripts hydrate
 * (a frame later, 16 ms on a 60 Hz screen) instead of after them. A hidden page (a background tab, an embed out of
 * view in some browsers) gets no frames, so it starts at once.
 */
export async function init(): Promise<void> {
	if (document.visibilityState === 'hidden') return;
	await new Promise<void>((resolve) => {
		const fallback = setTimeout(resolve, 100);
		// The second frame starts once the first is painted.
		requestAnimationFrame(() =>
			requestAnimationFrame(() => {
				clearTimeout(fallback);
				resolve();
			})
		);
	});
}
