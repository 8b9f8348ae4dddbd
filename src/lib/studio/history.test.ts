import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, checkpoint, createHistory, HISTORY_LIMIT, record, redo, undo, type History } from './history';

/** A value typed with its group (null for none), or a step. */
type Change = readonly [string, string | null] | 'undo' | 'redo' | 'checkpoint';

/** Applies changes in turn. */
function apply(history: History<string>, changes: readonly Change[]): History<string> {
	return changes.reduce((h, change) => {
		if (change === 'undo') return undo(h);
		if (change === 'redo') return redo(h);
		if (change === 'checkpoint') return checkpoint(h);
		return record(h, change[0], change[1]);
	}, history);
}

describe('record(history, next, group) adds steps', () => {
	it.each([
		['each ungrouped change is a step', [['a', null], ['ab', null], ['abc', null]], 'abc', ['', 'a', 'ab']],
		['typing in one field is one step', [['a', 'title'], ['ab', 'title'], ['abc', 'title']], 'abc', ['']],
		['typing in another field starts a step', [['a', 'title'], ['ab', 'title'], ['x', 'summary']], 'x', ['', 'ab']],
		['a checkpoint (the field lost focus) ends the step', [['a', 'title'], 'checkpoint', ['ab', 'title']], 'ab', ['', 'a']],
		['the same value again is no step', [['a', null], ['a', null]], 'a', ['']]
	] satisfies [string, Change[], string, string[]][])('%s', (_, changes, present, past) => {
		const history = apply(createHistory(''), changes);
		expect(history.present).toBe(present);
		expect(history.past).toEqual(past);
	});

	it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
		let history = createHistory(0);
		for (let i = 1; i <= HISTORY_LIMIT + 10; i++) history = record(history, i);
		expect(history.past).toHaveLength(HISTORY_LIMIT);
		expect(history.past[0]).toBe(10);
	});
});

describe('undo(history) and redo(history) walk the steps', () => {
	it.each([
		['undo takes a whole typing step back', [['a', 't'], ['ab', 't'], 'undo'], ''],
		['undo twice takes two steps back', [['a', null], ['b', null], ['c', null], 'undo', 'undo'], 'a'],
		['redo brings an undone step back', [['a', null], ['b', null], 'undo', 'redo'], 'b'],
		['a change after undo drops what could be redone', [['a', null], ['b', null], 'undo', ['z', null], 'redo'], 'z'],
		['typing after undo is a new step, not part of the old one', [['a', 't'], 'undo', ['x', 't'], 'undo'], ''],
		['undo with nothing to undo changes nothing', ['undo'], ''],
		['redo with nothing to redo changes nothing', [['a', null], 'redo'], 'a']
	] satisfies [string, Change[], string][])('%s', (_, changes, present) => {
		expect(apply(createHistory(''), changes).present).toBe(present);
	});

	it('says when there is something to undo or redo', () => {
		const start = createHistory('');
		const changed = record(start, 'a');
		const undone = undo(changed);
		expect([canUndo(start), canRedo(start)]).toEqual([false, false]);
		expect([canUndo(changed), canRedo(changed)]).toEqual([true, false]);
		expect([canUndo(undone), canRedo(undone)]).toEqual([false, true]);
	});

	it('never changes the history it was given', () => {
		const start = Object.freeze(record(createHistory('a'), 'b'));
		expect(() => redo(undo(record(start, 'c', 'g')))).not.toThrow();
		expect(start.present).toBe('b');
	});
});
