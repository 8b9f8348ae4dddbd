import { parseViewParams, writeViewParams, type ViewParams } from '$lib/timeline/view-params';
import type { TimelineState } from './timeline-state.svelte';

/** How long the view must rest before the URL follows it, in ms: a gesture writes it once. */
const SETTLE_MS = 300;

/** Options for {@link syncUrl}. */
export interface SyncUrlOptions {
	/** Replaces the page's URL without navigating (SvelteKit's `replaceState`). */
	replace: (url: string) => void;
	/** The view the URL asks for, when the page has read it already (the embed, with its options). */
	initial?: ViewParams;
	/** Where the page is; `window.location` by default. */
	location?: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

/** The part of the view a link keeps: the period, unless everything is shown, and the event. */
export function viewOf(state: TimelineState): { from?: number; to?: number; event: string | null } {
	const settled = state.view.settled;
	const showingAll = state.view.k <= 1 + 1e-6;
	if (!settled || showingAll) return { from: undefined, to: undefined, event: state.selectedId };
	return { from: settled[0], to: settled[1], event: state.selectedId };
}

/** The query that opens another page on the same view: `event=…&from=…&to=…`, in that order. */
export function viewQuery(state: TimelineState): string {
	const view = viewOf(state);
	const params = new URLSearchParams(view.event ? { event: view.event } : {});
	return writeViewParams(params, { from: view.from, to: view.to }).toString();
}

/**
 * Keeps the page's URL and the state in step: opens on the period and the event the URL names
 * (`from`, `to`, `event`, read once), and writes the view back once it settles. A link to an
 * event without a period opens on the event's part of the story. Other parameters are kept.
 * Returns the cleanup.
 */
export function syncUrl(state: TimelineState, options: SyncUrlOptions): () => void {
	const where = options.location ?? location;
	const params = options.initial ?? parseViewParams(new URLSearchParams(where.search));
	if (params.from !== undefined && params.to !== undefined) state.showRange(params.from, params.to, { animate: false });
	if (params.event !== undefined) {
		if (state.select(params.event, { cause: 'link', reveal: false, animate: false })) {
			const item = state.story.selected;
			const period = item && state.periods.find((p) => item.start >= p.from && item.end <= p.to);
			if (params.from === undefined && period) state.showRange(period.from, period.to, { animate: false });
			if (params.from === undefined) state.reveal(params.event, { animate: false });
		} else {
			const hidden = state.allItems.some((item) => item.id === params.event);
			const { i18n } = state;
			state.notice = i18n.t(hidden ? i18n.m.app.hiddenEvent : i18n.m.app.noEvent, { id: params.event });
		}
	} else if (new URLSearchParams(where.search).has('event')) {
		state.notice = state.i18n.m.app.invalidEvent;
	}

	return $effect.root(() => {
		$effect(() => {
			const view = viewOf(state);
			if (!state.view.ready || !state.view.settled) return;
			const timer = setTimeout(() => {
				const query = writeViewParams(new URLSearchParams(where.search), view).toString();
				const url = `${where.pathname}${query ? `?${query}` : ''}${where.hash}`;
				if (url !== `${where.pathname}${where.search}${where.hash}`) options.replace(url);
			}, SETTLE_MS);
			return () => clearTimeout(timer);
		});
	});
}
