import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, memoryDraftStore, type DraftStore } from './draft-store';
import { draftEvent, emptyDocument, type StudioDocument } from './studio-document';

function titled(title: string, events = 0): StudioDocument {
	const document = emptyDocument();
	return { ...document, article: { ...document.article, title }, events: Array.from({ length: events }, (_, i) => draftEvent({ id: `e${i}` })) };
}

describe('memoryDraftStore() keeps drafts', () => {
	let store: DraftStore;
	beforeEach(() => {
		store = memoryDraftStore();
	});

	it('lists the last saved first, with title and event count', async () => {
		await store.put({ id: 'a', savedAt: 1, document: titled('Older', 2) });
		await store.put({ id: 'b', savedAt: 5, document: titled('   ') });
		expect(await store.list()).toEqual([
			{ id: 'b', title: 'Untitled timeline', savedAt: 5, events: 0 },
			{ id: 'a', title: 'Older', savedAt: 1, events: 2 }
		]);
	});

	it('reopens a draft as it was saved, and a save replaces the draft with the same id', async () => {
		await store.put({ id: 'a', savedAt: 1, document: titled('One') });
		await store.put({ id: 'a', savedAt: 2, document: titled('Two') });
		expect((await store.get('a'))?.document.article.title).toBe('Two');
		expect(await store.list()).toHaveLength(1);
	});

	it('keeps a copy, so changing the saved object afterwards changes nothing', async () => {
		const document = titled('Kept');
		await store.put({ id: 'a', savedAt: 1, document });
		document.article.title = 'Changed';
		expect((await store.get('a'))?.document.article.title).toBe('Kept');
	});

	it('deletes, and deleting what is not there is fine', async () => {
		await store.put({ id: 'a', savedAt: 1, document: titled('One') });
		await store.delete('a');
		await store.delete('never');
		expect(await store.get('a')).toBeUndefined();
		expect(await store.list()).toEqual([]);
	});
});

describe('createAutosave(options) saves once changes pause', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('saves only the last of a burst of changes, after the delay', async () => {
		const store = memoryDraftStore();
		const put = vi.spyOn(store, 'put');
		const autosave = createAutosave({ store, delay: 500, now: () => 42 });
		autosave.schedule('a', titled('T'));
		await vi.advanceTimersByTimeAsync(300);
		autosave.schedule('a', titled('Ti'));
		autosave.schedule('a', titled('Tit'));
		await vi.advanceTimersByTimeAsync(499);
		expect(put).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(put).toHaveBeenCalledTimes(1);
		expect(await store.get('a')).toEqual({ id: 'a', savedAt: 42, document: titled('Tit') });
	});

	it('flush saves at once; cancel drops what was scheduled', async () => {
		const store = memoryDraftStore();
		const autosave = createAutosave({ store, delay: 500 });
		autosave.schedule('a', titled('Now'));
		await autosave.flush();
		expect((await store.get('a'))?.document.article.title).toBe('Now');
		autosave.schedule('b', titled('Never'));
		autosave.cancel();
		await vi.advanceTimersByTimeAsync(1000);
		expect(await store.get('b')).toBeUndefined();
	});

	it('reports a failed save instead of throwing', async () => {
		const store = memoryDraftStore();
		store.put = () => Promise.reject(new Error('QuotaExceededError'));
		const results: unknown[] = [];
		const autosave = createAutosave({ store, onsave: (result) => results.push(result) });
		autosave.schedule('a', titled('Big'));
		await autosave.flush();
		expect(results).toEqual([{ ok: false, error: new Error('QuotaExceededError') }]);
	});
});
