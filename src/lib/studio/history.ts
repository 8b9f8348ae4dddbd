/**
 * Undo and redo over immutable snapshots of a document. Every change replaces the document
 * with a new value (unchanged parts are shared, so a snapshot costs little), and the history
 * is itself an immutable value, which keeps it trivial to test and to hold in `$state.raw`.
 */

/** Where the document is in its history. */
export interface History<T> {
	/** Earlier states, oldest first. */
	readonly past: readonly T[];
	/** The document now. */
	readonly present: T;
	/** States undone, the next one to redo last. */
	readonly future: readonly T[];
	/** The group of the last change ("events.3.title"), so typing in one field is one step. */
	readonly group: string | null;
}

/** How many steps are kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/** A history that starts at `present`, with nothing to undo or redo. */
export function createHistory<T>(present: T): History<T> {
	return { past: [], present, future: [], group: null };
}

/**
 * The history after changing the document to `next`. Changes with the same `group` in a
 * row (the keystrokes typed into one field) make one step: undo takes the field back to
 * what it was before the typing began. A change without a group is always its own step.
 * Any change clears what could be redone. Setting the same value again changes nothing.
 */
export function record<T>(history: History<T>, next: T, group: string | null = null): History<T> {
	if (Object.is(next, history.present)) return history;
	if (group !== null && group === history.group) return { ...history, present: next, future: [] };
	const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
	return { past, present: next, future: [], group };
}

/** Ends the current group, so the next change is a step of its own (a field lost focus). */
export function checkpoint<T>(history: History<T>): History<T> {
	return history.group === null ? history : { ...history, group: null };
}

/** The history one step back; unchanged when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
	const previous = history.past.at(-1);
	if (history.past.length === 0) return history;
	return { past: history.past.slice(0, -1), present: previous as T, future: [...history.future, history.present], group: null };
}

/** The history one step forward again; unchanged when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
	const next = history.future.at(-1);
	if (history.future.length === 0) return history;
	return { past: [...history.past, history.present], present: next as T, future: history.future.slice(0, -1), group: null };
}

/** Whether there is a step to undo. */
export function canUndo(history: History<unknown>): boolean {
	return history.past.length > 0;
}

/** Whether there is a step to redo. */
export function canRedo(history: History<unknown>): boolean {
	return history.future.length > 0;
}
