/**
 * The timeline's one state: the dataset, what is derived from it, the view and the story.
 * Every component of a page reads and changes this one object through context; nothing is
 * passed up and down with `bind:this`.
 *
 * How a page composes it:
 *
 *     const timeline = new TimelineState(dataset);   // in the page's <script>
 *     setTimelineState(timeline);                    // components below read it from context
 *     onMount(() => syncUrl(timeline, { replace }));  // adapters keep the outside in step
 *
 * and renders `<TimelineApp />` (or `<Timeline />` and `<AnnotationPanel />` on their own)
 * below it. An adapter is a function that takes the state and returns its cleanup: the full
 * page uses `syncUrl`, the embed `syncUrl` and `syncParentWindow`, an editor's preview none.
 *
 * `timeline.setDataset(next)` replaces the data in place, as an editor typing a draft does on
 * every keystroke: everything derived follows within the same frame, the visible period stays
 * (or keeps showing everything, if it did), and the selection stays while its event exists.
 */
import { createContext } from 'svelte';
import type { PreparedItems } from '$lib/data/prepare';
import { I18n } from '$lib/i18n/i18n.svelte';
import { eraPeriods, eraSpans } from '$lib/timeline/eras';
import { findFolds, openRate, scaleOver } from '$lib/timeline/folded-scale';
import { matchesFilter, type Filter } from '$lib/timeline/filters';
import { rowSources } from '$lib/timeline/group-layout';
import { layoutMarks } from '$lib/timeline/layout';
import { createItemIndex } from '$lib/timeline/item-index';
import { toTimelineItems } from '$lib/timeline/items';
import { naturalPeriods } from '$lib/timeline/periods';
import { revealRange } from '$lib/timeline/reveal';
import type { Article, Dataset, EventRecord, TimelineItem } from '$lib/timeline/types';
import { LANE_HEIGHT, maxLanesFor, plotLayout } from '$lib/timeline/plot-geometry';
import { paddedDomain } from '$lib/timeline/viewport';
import { DAY } from '$lib/time/day';
import { FilterState } from './filters.svelte';
import { Story } from './story.svelte';
import { TimelineView, type MoveOptions } from './timeline-view.svelte';

/**
 * Who changed the selection: the reader on the page, a link (the URL the page opened with),
 * the page that embeds the timeline, or a new dataset that no longer has the event.
 */
export type SelectionCause = 'reader' | 'link' | 'host' | 'data';

/** Told of every change of the selection: the new id (null when none) and its cause. */
export type SelectionListener = (id: string | null, cause: SelectionCause) => void;

/** Options for {@link TimelineState.select}. */
export interface SelectOptions extends MoveOptions {
	/** Who selects; 'reader' by default. */
	cause?: SelectionCause;
	/** Bring the event into view as a mark of its own (default true). */
	reveal?: boolean;
}

/**
 * How a layout other than the horizontal one brings an event into view (the vertical layout
 * sets one while it is drawn): its own test of a mark standing alone, and where in the view
 * the event should end up.
 */
export interface RevealStrategy {
	/** Whether `item` is a labelled mark of its own when [from, to) is shown. */
	standsAlone(item: TimelineItem, range: [number, number]): boolean;
	/** The period to show instead of `range` so `item` sits well in it (or `range`). */
	align(item: TimelineItem, range: [number, number]): [number, number];
}

/** Height of one label lane, in px (src/lib/timeline/plot-geometry.ts). */
export { LANE_HEIGHT };

/** See the module comment for how a page composes it. */
export class TimelineState {
	/** The dataset shown; replace it with {@link setDataset}. */
	dataset = $state.raw() as Dataset;
	/** What the reader has chosen to see; change it with {@link applyFilter}. */
	readonly filters = new FilterState();
	/** Items and index prepared with the dataset (in a worker), used while that dataset is shown. */
	#prepared = $state.raw<PreparedItems | undefined>(undefined);
	/** Every event ready to draw, in time order, whatever the filter. */
	allItems: TimelineItem[] = $derived(
		this.#prepared?.events === this.dataset.events ? this.#prepared.items : toTimelineItems(this.dataset.events)
	);
	/** The events shown (those the filter keeps), in time order. */
	items: TimelineItem[] = $derived.by(() => {
		const filter = this.filters.value;
		return this.filters.active ? this.allItems.filter((item) => matchesFilter(item.event, filter)) : this.allItems;
	});
	/** The events shown, indexed for visible-range queries. */
	index = $derived(this.#prepared && this.items === this.#prepared.items ? this.#prepared.index : createItemIndex(this.items));
	/** The page's language, for the words the state says and the dates it labels. */
	readonly i18n: I18n;
	/** The dataset's natural periods, offered as shortcuts; they stay while filtering. */
	periods = $derived(naturalPeriods(this.allItems, { locale: this.#dates() }));
	/** The dataset's eras, in time order. */
	eras = $derived(eraSpans(this.dataset.eras));
	/** The eras as period shortcuts. */
	eraPeriods = $derived(eraPeriods(this.eras, this.allItems.map((item) => item.start)));
	/** Show every event in one row even when the dataset has groups ("All in one row"). */
	oneRow = $state(false);
	/** Whether the timeline shows one row per group. */
	grouped = $derived(!this.oneRow && (this.dataset.groups?.length ?? 0) > 0);
	/** The article to read beside the timeline: the selected event's own, else the main one. */
	article: Article = $derived.by(() => this.articleOf(this.story.selected?.event));
	/** The events whose quotes and date words come from {@link article}. */
	articleEvents: EventRecord[] = $derived(this.dataset.events.filter((e) => e.article === this.article.id));
	/** What period is shown, and the one zoom behaviour that changes it. */
	readonly view: TimelineView;
	/** The selected event, and stepping through the events in time order. */
	readonly story: Story;

	/** The event whose sentence the reader is reading in the article, cued on the timeline. */
	cueId = $state<string | null>(null);
	/** An event whose mark should take keyboard focus once it is drawn (the timeline clears it). */
	focusId = $state<string | null>(null);
	/** The last selection change in words, for a polite live region. */
	status = $state('');
	/** A sentence for the reader about something the page could not do (an unknown event in a link). */
	notice = $state('');

	/** How many label lanes the plot has. */
	maxLanes = $derived.by(() => maxLanesFor(this.view.width));
	/** The rows of events: one per group, or one of everything. */
	rows = $derived(rowSources(this.items, this.dataset.groups ?? [], { oneRow: !this.grouped, present: this.allItems, index: this.index }));
	/** The marks in view, each row laid out in its own lanes, the rows stacked below the eras' labels. */
	layout = $derived.by(() =>
		plotLayout(this.rows, {
			x: (ms) => this.view.scale(ms),
			pxPerMs: this.view.folded ? openRate(this.view.scale) : undefined,
			range: this.view.range,
			width: this.view.width,
			eras: this.eras.length > 0,
			locale: this.#dates()
		})
	);

	/** Set by a layout other than the horizontal one while it is drawn; see {@link RevealStrategy}. */
	revealStrategy: RevealStrategy | null = null;

	#listeners = new Set<SelectionListener>();

	/**
	 * @param dataset the dataset to show first.
	 * @param i18n the page's language (English when none is given).
	 */
	constructor(dataset: Dataset, i18n: I18n = new I18n()) {
		this.i18n = i18n;
		this.dataset = dataset;
		this.story = new Story(() => this.items);
		this.view = new TimelineView(paddedDomain(this.allItems));
		this.#foldGaps();
	}

	/** Whether the time axis folds long stretches without events. */
	get folded(): boolean {
		return this.view.folded;
	}

	/** The reader's "Time to scale" switch: true draws all time to scale, false folds (when worth it). */
	setTimeToScale(on: boolean): void {
		this.view.setFolding(!on);
	}

	/** Offers the view the dataset's long stretches without events to fold. */
	#foldGaps(): void {
		const items = this.allItems;
		const times = new Float64Array(2 * items.length);
		items.forEach((item, i) => {
			times[2 * i] = item.start;
			times[2 * i + 1] = item.end;
		});
		this.view.setFoldCandidates(findFolds(this.view.domain, times, { length: this.view.width, foldLength: this.view.foldLength }));
	}

	/** The page language's date locale (a method, since field initialisers run before the constructor). */
	#dates() {
		return this.i18n.dates;
	}

	/** The selected event's id, or null. */
	get selectedId(): string | null {
		return this.story.selectedId;
	}

	/**
	 * Replaces the dataset in place. The visible period is kept (within the new data's extent;
	 * a view of everything keeps showing everything), the selection and the cue are kept while
	 * their event exists and cleared when it does not. `prepared` (from a worker) spares
	 * computing the dataset's items and index again.
	 */
	setDataset(dataset: Dataset, prepared?: PreparedItems): void {
		const showingAll = this.view.k <= 1 + 1e-6;
		this.#prepared = prepared?.events === dataset.events ? prepared : undefined;
		this.dataset = dataset;
		this.view.setDomain(paddedDomain(this.allItems));
		this.#foldGaps();
		if (showingAll) this.view.showAll({ animate: false });
		if (this.cueId && !this.story.has(this.cueId)) this.cueId = null;
		if (this.focusId && !this.story.has(this.focusId)) this.focusId = null;
		const selected = this.story.selectedId;
		if (selected && !this.story.has(selected)) {
			this.story.clear();
			this.status = '';
			this.#notify('data');
		}
	}

	/**
	 * Changes the filter. The time axis and the period shown stay; Previous and Next step
	 * through the events shown; a selected event the filter hides is closed. The live region
	 * says how many events are shown.
	 */
	applyFilter(next: Partial<Filter>): void {
		this.filters.set(next);
		const selected = this.story.selectedId;
		if (selected && !this.story.has(selected)) {
			this.story.clear();
			this.#notify('reader');
		}
		this.status = this.shownSentence;
	}

	/** How many events are shown, in words: "4 of 9 events shown". */
	get shownSentence(): string {
		const total = this.allItems.length;
		const shown = this.items.length;
		const { m } = this.i18n;
		return shown === total ? this.i18n.plural(m.app.allShown, total) : this.i18n.t(m.app.someShown, { shown, total });
	}

	/** The article that `event`'s quotes and date words come from; the main article for none. */
	articleOf(event: EventRecord | undefined): Article {
		return (event && this.dataset.articles.find((a) => a.id === event.article)) || this.dataset.article;
	}

	/** Calls `listener` on every change of the selection; returns the function that stops it. */
	onSelectionChange(listener: SelectionListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Selects event `id` and brings it into view; false (and no change) when there is none. */
	select(id: string, options: SelectOptions = {}): boolean {
		const { cause = 'reader', reveal = true } = options;
		const changed = id !== this.story.selectedId;
		if (!this.story.select(id)) return false;
		this.#afterSelect(cause, changed, reveal ? options : null);
		return true;
	}

	/** Selects the event `delta` steps away in time order (the first or last when none is). */
	step(delta: number, options: { cause?: SelectionCause } = {}): void {
		const before = this.story.selectedId;
		if (this.story.step(delta) !== null) this.#afterSelect(options.cause ?? 'reader', before !== this.story.selectedId, {});
	}

	/** Clears the selection, and returns keyboard focus to the event's mark. */
	close(): void {
		const id = this.story.selectedId;
		this.story.clear();
		this.status = this.i18n.m.app.panelClosed;
		if (id) {
			this.#notify('reader');
			this.focusEvent(id);
		}
	}

	/** Shows the period [from, to) in UTC ms. */
	showRange(from: number, to: number, options: MoveOptions = {}): void {
		this.view.showRange(from, to, options);
	}

	/** Pans or zooms so that event `id` stands in view as a mark of its own. */
	reveal(id: string, options: MoveOptions & { alone?: boolean } = {}): void {
		const item = this.items.find((i) => i.id === id);
		if (!item) return;
		const strategy = this.revealStrategy;
		const { width, base, folded } = this.view;
		const maxLanes = this.maxLanes;
		const found = revealRange(this.index, item, {
			range: this.view.range,
			width,
			maxLanes,
			minSpan: DAY,
			alone: options.alone,
			standsAlone: strategy
				? (range) => strategy.standsAlone(item, range)
				: (range) => {
						const x = scaleOver(base, range, width);
						const pxPerMs = folded ? openRate(x) : undefined;
						const { marks } = layoutMarks(this.index, { x: (ms) => x(ms), range, width, maxLanes, pxPerMs });
						return marks.some((m) => m.type === 'event' && m.item.id === id && m.label !== '');
					}
		});
		const target = strategy ? strategy.align(item, found ?? this.view.range) : found;
		const [from, to] = this.view.range;
		if (target && (target[0] !== from || target[1] !== to)) this.view.showRange(target[0], target[1], options);
	}

	/**
	 * Cues event `id` (or nothing) as the one being read, and pans to it when it is out of
	 * view; never while the reader is zooming or panning the timeline themselves.
	 */
	cue(id: string | null): void {
		this.cueId = id;
		if (!id || id === this.story.selectedId || this.view.moving || this.view.readerMovedWithin(2000)) return;
		const item = this.items.find((i) => i.id === id);
		const [from, to] = this.view.range;
		if (item && (item.end <= from || item.start >= to)) this.reveal(id, { alone: false });
	}

	/** Moves keyboard focus to event `id`'s mark, revealing it first. */
	focusEvent(id: string): void {
		this.reveal(id, { animate: false });
		this.focusId = id;
	}

	#afterSelect(cause: SelectionCause, changed: boolean, reveal: MoveOptions | null): void {
		const item = this.story.selected;
		if (!item) return;
		if (reveal) this.reveal(item.id, reveal);
		this.status = this.i18n.t(this.i18n.m.app.eventStatus, { position: this.story.index + 1, count: this.items.length, title: this.i18n.own(item.event.title) });
		if (changed || cause === 'reader') this.#notify(cause);
	}

	#notify(cause: SelectionCause): void {
		for (const listener of this.#listeners) listener(this.story.selectedId, cause);
	}
}

const [getTimelineState, setTimelineState] = createContext<TimelineState>();

export {
	/** The page's {@link TimelineState}, for a component below the one that set it. */
	getTimelineState,
	/** Shares `state` with every component below the calling one; returns it. */
	setTimelineState
};
