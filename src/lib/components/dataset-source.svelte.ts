import { earlyFetch } from '$lib/data/early-fetch';
import type { LoadFailure, LoadProgress } from '$lib/data/load';
import type { PreparedItems } from '$lib/data/prepare';
import type { DatasetIssue } from '$lib/data/schema';
import { en } from '$lib/i18n/messages/en';
import { fill } from '$lib/i18n/plural';
import { loadEdtf, withEdtf } from '$lib/time/edtf';
import type { Dataset } from '$lib/timeline/types';

/** Where the shown dataset came from, when it is not the site's own. */
/**
 * Where a `#data=` link's timeline comes from, in place of an address: `loading` and `url` hold
 * it, and a page shows it in its own language (`loading.thisLink`).
 */
export const THIS_LINK = en.loading.thisLink;

/** Where the data came from. */
export type Provenance = { kind: 'origin'; host: string } | { kind: 'link' };

/**
 * How long a load runs before the page shows its progress bar, in ms: under the threshold at
 * which a wait is noticed, so that a quick load shows nothing between the page and the timeline.
 */
export const PROGRESS_DELAY_MS = 150;

/**
 * Another article's dataset, named by the page's `data` URL parameter or carried in its
 * `#data=` link, loaded and validated in the browser: whether it is loading (and how far),
 * where it came from, which events had to be left out and, when it cannot be shown, why.
 * A large file is parsed, checked and indexed in a worker; {@link cancel} stops the load.
 */
export class DatasetSource {
	/** The address being loaded, while it loads. */
	loading = $state<string | null>(null);
	/** How far loading has come (downloading, checking, laying out), while it loads. */
	progress = $state.raw<LoadProgress | null>(null);
	/**
	 * Whether the page should show the progress bar: once a load has taken longer than
	 * {@link PROGRESS_DELAY_MS}. A small file is on screen before that, with no bar flashing by.
	 */
	showProgress = $state(false);
	/** The address of the dataset the page asked for (shown with a failure). */
	url = $state<string | null>(null);
	/** Why the requested dataset cannot be shown, if it cannot. */
	failure = $state.raw<LoadFailure | null>(null);
	/** Where the shown dataset came from, when not from this site; null for the site's own. */
	provenance = $state.raw<Provenance | null>(null);
	/** Problems of the events left out of the shown dataset. */
	problems = $state.raw<DatasetIssue[]>([]);
	/** How many events the file has and how many were left out. */
	events = $state.raw<{ total: number; skipped: number }>({ total: 0, skipped: 0 });
	/** The shown dataset's items and index, when a worker prepared them (for TimelineState.setDataset). */
	prepared = $state.raw<PreparedItems | undefined>(undefined);

	#controller: AbortController | null = null;
	#progressTimer: ReturnType<typeof setTimeout> | undefined;

	/** A load from `where` begins (or, with null, ends): the bar shows if it takes long. */
	#setLoading(where: string | null): void {
		this.loading = where;
		this.progress = null;
		clearTimeout(this.#progressTimer);
		this.showProgress = false;
		if (where !== null) this.#progressTimer = setTimeout(() => (this.showProgress = this.loading !== null), PROGRESS_DELAY_MS);
	}

	/** Stops the load under way (the download, or the worker): it fails as cancelled, with Try again. */
	cancel(): void {
		this.#controller?.abort();
	}

	/**
	 * Loads the dataset the page's link carries (`#data=…`, from the studio's Copy link) or its
	 * `data` parameter names. Resolves to it, or to null when the page names none (keep the
	 * built-in one) or it cannot be shown (see {@link failure}). Calling it again retries.
	 */
	async load(location: Location): Promise<Dataset | null> {
		this.failure = null;
		// The validator and the decompressor load only for a page that shows another dataset.
		const { readDataFragment, fragmentText } = location.hash.includes('data=')
			? await import('$lib/share/data-fragment')
			: { readDataFragment: () => null, fragmentText: () => null };
		const large = fragmentText(location.hash);
		if (large !== null && large.length >= (await import('$lib/data/prepare-in-worker')).WORKER_MIN_LENGTH) {
			const shown = await this.#loadInWorker(large);
			if (shown !== undefined) return shown;
		}
		const fragment = await withEdtf(() => readDataFragment(location.hash));
		if (fragment) {
			this.url = 'the link';
			if (!fragment.ok) {
				this.failure = fragment;
				return null;
			}
			this.provenance = { kind: 'link' };
			this.problems = fragment.problems;
			this.events = fragment.events;
			return fragment.dataset;
		}
		const source = new URLSearchParams(location.search).get('data');
		if (!source) return null;
		this.#setLoading(source);
		this.url = source;
		const controller = (this.#controller = new AbortController());
		const [{ loadDataset }, { prepareInWorker, warmWorker }] = await Promise.all([import('$lib/data/load'), import('$lib/data/prepare-in-worker')]);
		const result = await loadDataset(source, location.href, {
			fetch: earlyFetch,
			onProgress: (progress) => (this.progress = progress),
			signal: controller.signal,
			prepare: prepareInWorker,
			warm: warmWorker
		});
		this.#controller = null;
		this.#setLoading(null);
		this.url = result.url;
		if (!result.ok) {
			this.failure = result;
			return null;
		}
		const host = new URL(result.url).host;
		this.provenance = host === location.host ? null : { kind: 'origin', host };
		this.problems = result.problems;
		this.events = result.events;
		this.prepared = result.prepared;
		return result.dataset;
	}

	/**
	 * A large `#data=` link's JSON, read in a worker behind the progress bar, as a large
	 * `?data=` file is. Undefined when no worker can run (the page then reads it itself).
	 */
	async #loadInWorker(text: string): Promise<Dataset | null | undefined> {
		const where = THIS_LINK;
		this.#setLoading(where);
		this.url = where;
		const controller = (this.#controller = new AbortController());
		const { prepareInWorker } = await import('$lib/data/prepare-in-worker');
		const result = await prepareInWorker(text, where, { onProgress: (progress) => (this.progress = progress), signal: controller.signal });
		if (result && result !== 'cancelled' && result.ok && result.edtf) await loadEdtf();
		this.#controller = null;
		this.#setLoading(null);
		if (result === null) return undefined;
		if (result === 'cancelled') {
			this.failure = { message: fill(en.loading.cancelled, { url: where }), issues: [], retry: true, cancelled: true };
			return null;
		}
		if (!result.ok) {
			this.failure = result;
			return null;
		}
		this.provenance = { kind: 'link' };
		this.problems = result.problems;
		this.events = result.events;
		this.prepared = result.prepared;
		return result.dataset;
	}
}
