import { earlyFetch } from '$lib/data/early-fetch';
import type { LoadFailure } from '$lib/data/load';
import { withEdtf } from '$lib/time/edtf';
import type { Dataset } from '$lib/timeline/types';

/**
 * Another article's dataset, named by the page's `data` URL parameter, loaded and validated in
 * the browser: whether it is loading and, when it cannot be shown, why.
 */
export class DatasetSource {
	/** The address being loaded, while it loads. */
	loading = $state<string | null>(null);
	/** Why the requested dataset cannot be shown, if it cannot. */
	failure = $state.raw<LoadFailure | null>(null);

	/**
	 * Loads the dataset the page's link carries (`#data=…`, from the studio's Copy link) or its
	 * `data` parameter names. Resolves to it, or to null when the page names none (keep the
	 * built-in one) or it cannot be shown (see {@link failure}).
	 */
	async load(location: Location): Promise<Dataset | null> {
		// The validator and the decompressor load only for a page that shows another dataset.
		const { readDataFragment } = location.hash.includes('data=') ? await import('$lib/share/data-fragment') : { readDataFragment: () => null };
		const fragment = await withEdtf(() => readDataFragment(location.hash));
		if (fragment) {
			if (fragment.ok) return fragment.dataset;
			this.failure = fragment;
			return null;
		}
		const source = new URLSearchParams(location.search).get('data');
		if (!source) return null;
		this.loading = source;
		const { loadDataset } = await import('$lib/data/load');
		const result = await loadDataset(source, location.href, earlyFetch);
		this.loading = null;
		if (result.ok) return result.dataset;
		this.failure = result;
		return null;
	}
}
