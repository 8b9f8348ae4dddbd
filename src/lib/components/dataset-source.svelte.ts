import { loadDataset, type LoadFailure } from '$lib/data/load';
import type { Dataset } from '$lib/timeline/types';

/**
 * Which dataset a page shows: the one it was built with, or another article's, named by the
 * `data` URL parameter and loaded and validated in the browser.
 */
export class DatasetSource {
	/** The dataset to show. */
	dataset = $state.raw<Dataset>() as Dataset;
	/** The address being loaded, while it loads. */
	loading = $state<string | null>(null);
	/** Why the requested dataset cannot be shown, if it cannot. */
	failure = $state.raw<LoadFailure | null>(null);

	/** @param builtIn the dataset the page was prerendered with. */
	constructor(builtIn: Dataset) {
		this.dataset = builtIn;
	}

	/** Loads the dataset the page's `data` parameter names, if any. */
	async fromLocation(location: Location): Promise<void> {
		const source = new URLSearchParams(location.search).get('data');
		if (!source) return;
		this.loading = source;
		const result = await loadDataset(source, location.href);
		this.loading = null;
		if (result.ok) this.dataset = result.dataset;
		else this.failure = result;
	}
}
