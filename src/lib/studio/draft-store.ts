import type { StudioDocument } from './studio-document';

/**
 * Where the studio keeps drafts between visits. The browser's is IndexedDB
 * (idb-draft-store.ts); tests use {@link memoryDraftStore}. Drafts never leave the device.
 */

/** One saved draft. */
export interface Draft {
	/** The draft's own id, chosen when it is first saved. */
	id: string;
	/** When it was last saved, in ms since the epoch. */
	savedAt: number;
	/** What was being edited. */
	document: StudioDocument;
}

/** What the list of saved drafts shows of each. */
export interface DraftSummary {
	id: string;
	/** The article headline, or "Untitled timeline". */
	title: string;
	savedAt: number;
	/** How many events it has. */
	events: number;
}

/** A place to keep drafts; every method may reject when storage is unavailable or full. */
export interface DraftStore {
	/** Every draft, the last saved first. */
	list(): Promise<DraftSummary[]>;
	/** The draft `id`, or undefined when there is none. */
	get(id: string): Promise<Draft | undefined>;
	/** Saves a draft, replacing the one with the same id. */
	put(draft: Draft): Promise<void>;
	/** Deletes the draft `id`; deleting one that is not there is not an error. */
	delete(id: string): Promise<void>;
}

/** The summary of a draft for the list. */
export function summarise(draft: Draft): DraftSummary {
	return {
		id: draft.id,
		title: draft.document.article.title.trim() || 'Untitled timeline',
		savedAt: draft.savedAt,
		events: draft.document.events.length
	};
}

/** Summaries, the last saved first. */
export function newestFirst(drafts: readonly Draft[]): DraftSummary[] {
	return drafts.map(summarise).sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
}

/**
 * A store that keeps drafts in memory, for tests and for browsers where IndexedDB is
 * unavailable (private windows in some browsers): drafts then last until the page closes.
 * It stores copies, as IndexedDB does, so a caller changing a saved object changes nothing.
 */
export function memoryDraftStore(): DraftStore {
	const drafts = new Map<string, Draft>();
	return {
		list: async () => newestFirst([...drafts.values()]),
		get: async (id) => (drafts.has(id) ? structuredClone(drafts.get(id)) : undefined),
		put: async (draft) => void drafts.set(draft.id, structuredClone(draft)),
		delete: async (id) => void drafts.delete(id)
	};
}

/** Options for {@link createAutosave}. */
export interface AutosaveOptions {
	/** Where to save. */
	store: DraftStore;
	/** How long to wait after the last change before saving, in ms. */
	delay?: number;
	/** The clock, for `savedAt`. */
	now?: () => number;
	/** Told after each save, or with the error when one fails. */
	onsave?: (result: { ok: true; savedAt: number } | { ok: false; error: unknown }) => void;
}

/** Saves a draft a moment after the last change, so typing does not write on every key. */
export interface Autosave {
	/** Saves `document` as draft `id` once changes pause. */
	schedule(id: string, document: StudioDocument): void;
	/** Saves what is scheduled now (the page is being hidden or closed). */
	flush(): Promise<void>;
	/** Drops what is scheduled without saving it. */
	cancel(): void;
}

/** An {@link Autosave} over a store. */
export function createAutosave({ store, delay = 600, now = Date.now, onsave }: AutosaveOptions): Autosave {
	let pending: { id: string; document: StudioDocument } | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const save = async () => {
		clearTimeout(timer);
		const next = pending;
		pending = null;
		if (!next) return;
		const savedAt = now();
		try {
			await store.put({ id: next.id, savedAt, document: next.document });
			onsave?.({ ok: true, savedAt });
		} catch (error) {
			onsave?.({ ok: false, error });
		}
	};
	return {
		schedule(id, document) {
			pending = { id, document };
			clearTimeout(timer);
			timer = setTimeout(() => void save(), delay);
		},
		flush: save,
		cancel() {
			clearTimeout(timer);
			pending = null;
		}
	};
}
