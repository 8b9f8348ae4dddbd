import { BUILD_DATA_ORIGINS } from '$lib/data/data-origins';
import { earlyFetch } from '$lib/data/early-fetch';
import type { LoadFailure } from '$lib/data/load';
import type { SkippedEvents } from '$lib/data/read-dataset';
import { withEdtf } from '$lib/time/edtf';
import type { Dataset } from '$lib/timeline/types';

/**
 * Where the shown data comes from when it is not the site's own: another site (`?data=`), or
 * the page's link itself (`#data=`), which no one published.
 */
export type DataProvenance = { kind: 'site'; host: string; url: string } | { kind: 'link' };

/**
 * Another article's dataset, named by the page's `data` URL parameter or carried in its link,
 * loaded and validated in the browser: whether it is loading and how far, where it comes
 * from, which of its events could not be shown and, when none can, why.
 */
export class DatasetSource {
	/** The address being loaded, while it loads. */
	loading = $state<string | null>(null);
	/** Bytes downloaded so far and, when known, in all, while loading. */
	progress = $state.raw<{ loaded: number; total: number | undefined } | null>(null);
	/** Why the requested dataset cannot be shown, if it cannot. */
	failure = $state.raw<(LoadFailure & { url?: string }) | null>(null);
	/** Events of the shown file that could not be shown, and why. */
	skipped = $state.raw<SkippedEvents | null>(null);
	/** Where the shown data comes from, when it is not the site's own. */
	provenance = $state.raw<DataProvenance | null>(null);

	/**
	 * Loads the dataset the page's link carries (`#data=…`, from the studio's Copy link) or its
	 * `data` parameter names. Resolves to it, or to null when the page names none (keep the
	 * built-in one) or it cannot be shown (see {@link failure}).
	 */
	async load(location: Location): Promise<Dataset | null> {
		this.failure = null;
		this.skipped = null;
		// The validator and the decompressor load only for a page that shows another dataset.
		const { readDataFragment } = location.hash.includes('data=') ? await import('$lib/share/data-fragment') : { readDataFragment: () => null };
		const fragment = await withEdtf(() => readDataFragment(location.hash));
		if (fragment) {
			if (!fragment.ok) {
				this.failure = fragment;
				return null;
			}
			this.provenance = { kind: 'link' };
			this.skipped = fragment.skipped;
			return fragment.dataset;
		}
		const source = new URLSearchParams(location.search).get('data');
		if (!source) return null;
		this.loading = source;
		this.progress = null;
		const { loadDataset } = await import('$lib/data/load');
		const result = await loadDataset(source, location.href, earlyFetch, {
			allowedOrigins: BUILD_DATA_ORIGINS,
			onProgress: (loaded, total) => (this.progress = { loaded, total })
		});
		this.loading = null;
		this.progress = null;
		if (!result.ok) {
			this.failure = result;
			return null;
		}
		const url = new URL(result.url);
		if (url.origin !== location.origin) this.provenance = { kind: 'site', host: url.host, url: result.url };
		this.skipped = result.skipped;
		return result.dataset;
	}
}
