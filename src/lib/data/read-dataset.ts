/**
 * Reading a dataset for display: a file whose structure is sound shows every valid event, and
 * the events with problems are set aside with their problems, so that one typo in a live file
 * does not take every published timeline of it dark. The strict check (every problem makes
 * the file invalid) stays {@link validateDataset}, for the studio and `npm run validate`.
 */
import type { Dataset } from '../timeline/types';
import { validateDataset, type DatasetIssue } from './schema';

/** Events of a file that could not be shown, and why. */
export interface SkippedEvents {
	/** How many events the file has. */
	total: number;
	/** How many of them are not shown. */
	count: number;
	/** Their problems, with paths into the file as it was given (`events[3].date`). */
	issues: DatasetIssue[];
}

/** The outcome of {@link readDataset}. */
export type DatasetReading = { ok: true; dataset: Dataset; skipped: SkippedEvents | null } | { ok: false; issues: DatasetIssue[] };

const EVENT_PATH = /^events\[(\d+)\]/;

/**
 * Validates `input` and, when only some of its events have problems, validates it again
 * without them. Refused, with every problem, is a file with problems outside its events (no
 * article, no events list, a bad version) or with no valid event left.
 */
export function readDataset(input: unknown): DatasetReading {
	const first = validateDataset(input);
	if (first.ok) return { ok: true, dataset: first.dataset, skipped: null };
	const events = typeof input === 'object' && input !== null ? (input as { events?: unknown }).events : undefined;
	if (!Array.isArray(events)) return first;
	const bad = new Set<number>();
	for (const issue of first.issues) {
		const match = EVENT_PATH.exec(issue.path);
		if (!match) return first;
		bad.add(Number(match[1]));
	}
	if (bad.size >= events.length) return first;
	const kept = events.filter((_, index) => !bad.has(index));
	const second = validateDataset({ ...(input as object), events: kept });
	// Problems that only show once others are gone (none are known) refuse the file, as before.
	if (!second.ok) return first;
	return { ok: true, dataset: second.dataset, skipped: { total: events.length, count: bad.size, issues: first.issues } };
}
