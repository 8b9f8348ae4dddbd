/**
 * Checking a parsed dataset file and preparing it to draw: the half of loading that runs
 * after the download, on the main thread for a small file and in a worker
 * (prepare.worker.ts) for a large one. Everything it returns is plain data, so it can cross
 * from the worker (packed for it, see packed-result.ts).
 */
import { createItemIndex, type ItemIndex } from '../timeline/item-index';
import { toTimelineItems } from '../timeline/items';
import type { Dataset, EventRecord, TimelineItem } from '../timeline/types';
import { edtfLoaded, withEdtf } from '../time/edtf';
import { parseDatasetText } from './fetch-dataset';
import { validateKeeping, type DatasetIssue } from './schema';
import { resolveMediaUrls } from './media-urls';

/** How far preparing has come: checking the events one by one, then laying them out. */
export type PrepareProgress = { phase: 'checking'; done: number; total: number } | { phase: 'layout' };

/** The events ready to draw and their index, computed once so the page need not redo them. */
export interface PreparedItems {
	/** The dataset's events these were made from (the page checks it is still that dataset). */
	events: EventRecord[];
	/** The events as items, in time order (toTimelineItems). */
	items: TimelineItem[];
	/** The items indexed for visible-range queries (createItemIndex). */
	index: ItemIndex;
}

/** A checked dataset that can be shown, with the problems of the events left out of it. */
export interface CheckedDataset {
	ok: true;
	dataset: Dataset;
	/** Problems of the events that were left out; empty when every event is shown. */
	problems: DatasetIssue[];
	/** How many events the file has and how many were left out. */
	events: { total: number; skipped: number };
	/** The items and their index, when they were prepared with the dataset (in a worker). */
	prepared?: PreparedItems;
	/** Whether a date needed the edtf package (the page must load it too before drawing). */
	edtf?: boolean;
}

/** A file that cannot be shown: why, and the validator's issues when it got that far. */
export interface CheckFailure {
	ok: false;
	message: string;
	issues: DatasetIssue[];
	/** Whether trying again may help (the worker stopped, rather than the file being wrong). */
	retry?: boolean;
}

/**
 * Validates parsed JSON as a dataset, keeping the sound events of a file with a few broken
 * ones; `onProgress` hears how many events have been checked. Never throws.
 */
export async function checkDataset(json: unknown, url: string, onProgress?: (progress: PrepareProgress) => void): Promise<CheckedDataset | CheckFailure> {
	const list = (json as { events?: unknown } | null)?.events;
	const total = Array.isArray(list) ? list.length : 0;
	// A hundred steps at most: the bar moves by the percent, and messages stay few.
	const step = Math.max(1, Math.floor(total / 100));
	let done = 0;
	const onEvent = onProgress && (() => ++done % step === 0 && onProgress({ phase: 'checking', done, total }));
	onProgress?.({ phase: 'checking', done: 0, total });
	// The validator reads EDTF dates with edtf, which loads on demand (and then reads again).
	const result = await withEdtf(() => {
		done = 0;
		return validateKeeping(json, { onEvent });
	});
	if (result.refused || !result.dataset) {
		const problems = result.problems.length === 1 ? 'a problem' : `${result.problems.length.toLocaleString('en')} problems`;
		return { ok: false, message: `The dataset at ${url} has ${problems}, so it cannot be shown.`, issues: result.problems };
	}
	// Media addresses in the file are relative to the file, not to this site.
	return { ok: true, dataset: resolveMediaUrls(result.dataset, url), problems: result.problems, events: result.events };
}

/**
 * Everything after the download, in one go: parses the file's text, checks it, and turns
 * its events into indexed items. For a worker, which hands the result to the page.
 */
export async function prepareDataset(text: string, url: string, onProgress?: (progress: PrepareProgress) => void): Promise<CheckedDataset | CheckFailure> {
	const parsed = parseDatasetText(text, url);
	if (!parsed.ok) return { ok: false, message: parsed.message, issues: [] };
	const checked = await checkDataset(parsed.json, url, onProgress);
	if (!checked.ok) return checked;
	onProgress?.({ phase: 'layout' });
	const events = checked.dataset.events;
	const items = toTimelineItems(events);
	return { ...checked, prepared: { events, items, index: createItemIndex(items) }, edtf: edtfLoaded() };
}
