import type { TimelineItem } from '$lib/timeline/types';

/**
 * Which event the reader has selected, and stepping through the story in time order. The
 * selection is one id in `$state`; the events come from a getter so that a replaced dataset
 * is seen at once, and everything else is derived from the two.
 */
export class Story {
	/** The selected event's id, or null when none is. */
	selectedId = $state<string | null>(null);

	readonly #items: () => readonly TimelineItem[];

	/** @param items the events in time order (read each time, so it may change). */
	constructor(items: () => readonly TimelineItem[]) {
		this.#items = items;
	}

	/** The events in time order. */
	get items(): readonly TimelineItem[] {
		return this.#items();
	}

	/** The selected event's index in time order, or -1. */
	get index(): number {
		return this.items.findIndex((item) => item.id === this.selectedId);
	}

	/** The selected item, if any. */
	get selected(): TimelineItem | undefined {
		const i = this.index;
		return i >= 0 ? this.items[i] : undefined;
	}

	/** Whether `id` names an event of this story. */
	has(id: string): boolean {
		return this.items.some((item) => item.id === id);
	}

	/** Selects event `id`; returns false (and changes nothing) when there is no such event. */
	select(id: string): boolean {
		if (!this.has(id)) return false;
		this.selectedId = id;
		return true;
	}

	/** Selects the event `delta` steps away in time order (from the first when none is selected). */
	step(delta: number): string | null {
		const items = this.items;
		if (items.length === 0) return null;
		const from = this.index < 0 ? (delta > 0 ? -1 : items.length) : this.index;
		const next = items[Math.max(0, Math.min(items.length - 1, from + delta))];
		this.selectedId = next?.id ?? null;
		return this.selectedId;
	}

	/** Clears the selection. */
	clear(): void {
		this.selectedId = null;
	}
}
