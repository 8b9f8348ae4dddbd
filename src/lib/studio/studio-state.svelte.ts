import { validateDataset } from '../data/schema';
import type { Dataset } from '../timeline/types';
import type { ImportNote } from './dataset-file';
import { addEvents, removeEvent } from './document-edits';
import { createAutosave, type Autosave, type DraftStore, type DraftSummary } from './draft-store';
import { findEvents, type FoundEvent } from './found-events';
import { canRedo, canUndo, checkpoint, createHistory, record, redo, undo, type History } from './history';
import { importFile } from './import-file';
import { draftEvent, emptyDocument, fullDocument, toDatasetFile, type StudioDocument } from './studio-document';
import { I18n } from '$lib/i18n/i18n.svelte';
import { en, type Messages } from '$lib/i18n/messages/en';
import { enStudio } from '$lib/i18n/messages/en-studio';

/** Options for {@link StudioState}. */
export interface StudioOptions {
	/** Where drafts are kept. */
	store: DraftStore;
	/** Today, YYYY-MM-DD, for imports without a publication date and the finder's default. */
	today: string;
	/** A new draft id. */
	newId?: () => string;
	/** The studio's language, for what it says (English by default). */
	i18n?: I18n;
	/** How long typing pauses before the draft is saved, in ms. */
	saveDelay?: number;
}

/**
 * Everything the studio page edits and shows: the document with its undo history, the
 * dataset it makes and the validator's verdict, the finder's drafts, import notes, and the
 * drafts kept on this device. Components read it and call its methods; nothing else
 * changes the document.
 */
export class StudioState {
	/** The document and its undo history; replaced on every change. */
	history = $state.raw<History<StudioDocument>>(createHistory(emptyDocument()));
	/** The document now. */
	document = $derived(this.history.present);
	/** The document as a dataset file, format 1.1. */
	file = $derived(toDatasetFile(this.document));
	/** The validator's verdict on it. */
	validation = $derived(validateDataset(this.file));
	/** Whether there is a step to undo, or to redo. */
	canUndo = $derived(canUndo(this.history));
	canRedo = $derived(canRedo(this.history));

	/** Events the finder drafted, and every date it found (offsets in the article text). */
	found = $state.raw<FoundEvent[]>([]);
	dates = $state.raw<{ start: number; end: number }[]>([]);
	/** Which found events were included, as the id of the event each became. */
	included = $state.raw<ReadonlyMap<string, string>>(new Map());
	/** Why the finder could not run, if it could not. */
	findProblem = $state('');
	/** What the last import left out or guessed. */
	notes = $state.raw<ImportNote[]>([]);
	/** Why the last import failed, if it did. */
	importProblem = $state('');

	/** The draft being edited, its last save, and why saving failed if it did. */
	draftId = $state('');
	savedAt = $state<number | null>(null);
	saveProblem = $state('');
	/** The drafts kept on this device, the last saved first. */
	drafts = $state.raw<DraftSummary[]>([]);
	/** The last thing done, in words, for a polite live region. */
	status = $state('');

	readonly today: string;
	readonly #store: DraftStore;
	readonly #newId: () => string;
	readonly #autosave: Autosave;
	/** The document the page opened with, to tell whether anything was edited yet. */
	readonly #initial = this.history.present;

	/** The last dataset that validated: the preview keeps it while a field is being fixed. */
	preview = $state.raw<Dataset | null>(null);

	#i18n: I18n;
	/** The studio's words for what it says. */
	get #words() {
		return this.#i18n.m.studio.status;
	}

	constructor({ store, today, newId = () => crypto.randomUUID(), saveDelay = 600, i18n = new I18n({ lang: 'en', messages: { ...(en as Messages), studio: enStudio } }) }: StudioOptions) {
		this.#i18n = i18n;
		this.#store = store;
		this.today = today;
		this.#newId = newId;
		this.draftId = newId();
		this.#autosave = createAutosave({
			store,
			delay: saveDelay,
			onsave: (result) => {
				if (result.ok) {
					this.savedAt = result.savedAt;
					this.saveProblem = '';
					void this.refreshDrafts();
				} else {
					this.saveProblem = this.#words.saveFailed;
				}
			}
		});
	}

	/** Changes the document; changes with the same `group` in a row are one undo step. */
	edit(change: (document: StudioDocument) => StudioDocument, group: string | null = null): void {
		this.#set(record(this.history, change(this.document), group));
		this.#autosave.schedule(this.draftId, this.document);
	}

	/** Ends a run of typing, so the next change is an undo step of its own. */
	checkpoint(): void {
		this.history = checkpoint(this.history);
	}

	undo(): void {
		if (!this.canUndo) return;
		this.#set(undo(this.history));
		this.status = this.#words.undone;
		this.#autosave.schedule(this.draftId, this.document);
	}

	redo(): void {
		if (!this.canRedo) return;
		this.#set(redo(this.history));
		this.status = this.#words.redone;
		this.#autosave.schedule(this.draftId, this.document);
	}

	/** Runs the date finder over the article text, read against its publication date (or today). */
	find(): void {
		const { text, published } = this.document.article;
		const result = findEvents(text, published.trim() || this.today);
		if (!result.ok) {
			this.findProblem = result.message;
			return;
		}
		this.findProblem = '';
		this.found = result.events;
		this.dates = result.dates;
		this.included = new Map();
		const count = result.events.length;
		this.status = this.#i18n.plural(this.#words.found, count);
	}

	/** Whether found event `key` is in the document now (undo may have taken it out). */
	isIncluded(key: string): boolean {
		const id = this.included.get(key);
		return id !== undefined && this.document.events.some((e) => e.id === id);
	}

	/** Includes found events in the document, or takes one out again. */
	include(keys: readonly string[], on = true): void {
		const wanted = this.found.filter((f) => keys.includes(f.key) && this.isIncluded(f.key) !== on);
		if (wanted.length === 0) return;
		const next = new Map(this.included);
		if (on) {
			const before = this.document.events.length;
			this.edit((d) => addEvents(d, wanted.map((f) => draftEvent({ id: '', title: f.title, dateText: f.dateText, date: f.date, quotes: [f.quote] }))));
			wanted.forEach((f, i) => next.set(f.key, this.document.events[before + i]?.id ?? ''));
		} else {
			for (const f of wanted) {
				const id = next.get(f.key);
				if (id) this.edit((d) => removeEvent(d, id));
				next.delete(f.key);
			}
		}
		this.included = next;
	}

	/** Makes an event of a passage of the article (offsets into its text), dated by a date found in it. */
	makeEvent(start: number, end: number): string | undefined {
		const text = this.document.article.text;
		const quote = text.slice(start, end).trim();
		if (!quote) return undefined;
		const found = findEvents(quote, this.document.article.published.trim() || this.today);
		const dated = found.ok ? found.events[0] : undefined;
		const title = dated?.title ?? quote.split(/\s+/).slice(0, 8).join(' ');
		this.edit((d) => addEvents(d, [draftEvent({ id: '', title, dateText: dated?.dateText ?? '', date: dated?.date ?? '', quotes: [quote] })]));
		const id = this.document.events.at(-1)?.id;
		this.status = this.#i18n.t(this.#words.made, { title });
		return id;
	}

	/** Opens a file from the Import control as a new draft; the current one stays saved. */
	async importFile(name: string, content: string): Promise<boolean> {
		const result = importFile(name, content, this.today);
		if (!result.ok) {
			this.importProblem = result.message;
			return false;
		}
		await this.#autosave.flush();
		this.#open(this.#newId(), result.document);
		this.notes = result.notes;
		this.importProblem = '';
		this.#autosave.schedule(this.draftId, this.document);
		this.status = this.#i18n.t(this.#words.imported, { name, count: result.document.events.length });
		return true;
	}

	/** Starts a new, empty draft; the current one stays saved. */
	async newDraft(): Promise<void> {
		await this.#autosave.flush();
		this.#open(this.#newId(), emptyDocument());
		this.notes = [];
		this.status = this.#words.started;
	}

	/** Reads the list of drafts kept on this device. */
	async refreshDrafts(): Promise<void> {
		try {
			this.drafts = await this.#store.list();
		} catch {
			this.drafts = [];
		}
	}

	/** Reopens draft `id`. */
	async openDraft(id: string): Promise<void> {
		await this.#autosave.flush();
		const draft = await this.#store.get(id);
		if (!draft) return;
		this.#open(draft.id, draft.document);
		this.savedAt = draft.savedAt;
		this.notes = [];
		this.status = this.#i18n.t(this.#words.opened, { title: draft.document.article.title || this.#words.untitled });
	}

	/** Deletes draft `id`; deleting the open one starts a new draft. */
	async deleteDraft(id: string): Promise<void> {
		if (id === this.draftId) this.#autosave.cancel();
		await this.#store.delete(id);
		if (id === this.draftId) this.#open(this.#newId(), emptyDocument());
		await this.refreshDrafts();
		this.status = this.#words.deleted;
	}

	/**
	 * Reopens the last saved draft, as the page opens, so a reload loses nothing; unless
	 * editing began while the list was being read, since that work must not be replaced.
	 */
	async restoreLatest(): Promise<void> {
		await this.refreshDrafts();
		const latest = this.drafts[0];
		if (latest && this.history.past.length === 0 && this.history.present === this.#initial) await this.openDraft(latest.id);
	}

	/** Saves now (the page is being hidden). */
	flush(): Promise<void> {
		return this.#autosave.flush();
	}

	#set(history: History<StudioDocument>): void {
		this.history = history;
		const verdict = this.validation;
		if (verdict.ok) this.preview = verdict.dataset;
	}

	#open(id: string, document: StudioDocument): void {
		this.draftId = id;
		this.preview = null;
		this.#set(createHistory(fullDocument(document)));
		this.savedAt = null;
		this.found = [];
		this.dates = [];
		this.included = new Map();
		this.findProblem = '';
	}
}
