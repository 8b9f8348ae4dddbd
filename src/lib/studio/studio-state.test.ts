import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleDataset } from '../data/article';
import { setArticleField, updateEvent } from './document-edits';
import { memoryDraftStore } from './draft-store';
import { StudioState } from './studio-state.svelte';

let counter = 0;
function studio() {
	const store = memoryDraftStore();
	return { store, state: new StudioState({ store, today: '2026-12-02', newId: () => `draft-${++counter}`, saveDelay: 0 }) };
}

function withArticle(state: StudioState) {
	state.edit((d) => setArticleField(d, 'text', articleDataset.article.text ?? ''));
	state.edit((d) => setArticleField(d, 'published', articleDataset.article.published));
}

describe('StudioState drafts events from the article and keeps the chosen ones', () => {
	it('finds events, and Include all puts every one in the document', () => {
		const { state } = studio();
		withArticle(state);
		state.find();
		expect(state.found.length).toBeGreaterThanOrEqual(7);
		state.include(state.found.map((f) => f.key));
		expect(state.document.events).toHaveLength(state.found.length);
		expect(state.found.every((f) => state.isIncluded(f.key))).toBe(true);
	});

	it('taking a found event out removes its event; undo brings it back', () => {
		const { state } = studio();
		withArticle(state);
		state.find();
		const first = state.found[0]!.key;
		state.include([first]);
		state.include([first], false);
		expect(state.document.events).toHaveLength(0);
		state.undo();
		expect(state.document.events).toHaveLength(1);
	});

	it('the included events make a dataset the validator accepts, shown in the preview', () => {
		const { state } = studio();
		withArticle(state);
		state.edit((d) => setArticleField(d, 'title', 'Closing in'));
		state.edit((d) => setArticleField(d, 'publication', 'The Dispatch'));
		state.find();
		state.include(state.found.map((f) => f.key));
		expect(state.validation.ok ? [] : state.validation.issues).toEqual([]);
		expect(state.preview?.events.length).toBe(state.found.length);
	});

	it('the preview keeps the last valid dataset while a field is being fixed', () => {
		const { state } = studio();
		withArticle(state);
		state.edit((d) => setArticleField(d, 'title', 'T'));
		state.edit((d) => setArticleField(d, 'publication', 'P'));
		state.find();
		state.include([state.found[0]!.key]);
		const id = state.document.events[0]!.id;
		state.edit((d) => updateEvent(d, id, { date: '2021-1' }), 'date');
		expect(state.validation.ok).toBe(false);
		expect(state.preview?.events[0]?.date).toBe(state.found[0]!.date);
	});

	it('makes an event of a passage, dated by a date in it', () => {
		const { state } = studio();
		state.edit((d) => setArticleField(d, 'text', 'Intro. The council voted on March 12, 2024, to replace it. Outro.'));
		state.edit((d) => setArticleField(d, 'published', '2024-03-20'));
		const text = state.document.article.text;
		const start = text.indexOf('The council');
		state.makeEvent(start, text.indexOf('Outro'));
		expect(state.document.events[0]).toMatchObject({ date: '2024-03-12', quotes: ['The council voted on March 12, 2024, to replace it.'] });
	});

	it('says why the finder cannot read the publication date', () => {
		const { state } = studio();
		state.edit((d) => setArticleField(d, 'text', 'It happened last year.'));
		state.edit((d) => setArticleField(d, 'published', 'soon'));
		state.find();
		expect(state.findProblem).toContain('“soon” is not a day');
	});
});

describe('StudioState keeps drafts on the device', () => {
	it('saves as you edit and reopens the latest draft, as a reload does', async () => {
		const { store, state } = studio();
		state.edit((d) => setArticleField(d, 'title', 'Kept'));
		await state.flush();
		const reloaded = new StudioState({ store, today: '2026-12-02', newId: () => 'fresh' });
		await reloaded.restoreLatest();
		expect(reloaded.document.article.title).toBe('Kept');
		expect(reloaded.draftId).toBe(state.draftId);
	});

	it('does not replace work begun while the saved drafts were being read', async () => {
		const { store, state } = studio();
		state.edit((d) => setArticleField(d, 'title', 'Saved earlier'));
		await state.flush();
		const reloaded = new StudioState({ store, today: '2026-12-02', newId: () => 'fresh' });
		const restoring = reloaded.restoreLatest();
		reloaded.edit((d) => setArticleField(d, 'title', 'Typed at once'));
		await restoring;
		expect(reloaded.document.article.title).toBe('Typed at once');
	});

	it('imports a file as a new draft, keeping the one before, with the import’s notes', async () => {
		const { store, state } = studio();
		state.edit((d) => setArticleField(d, 'title', 'Before'));
		expect(await state.importFile('bridge.json', readFileSync('tests/fixtures/timelinejs/bridge.json', 'utf8'))).toBe(true);
		expect(state.document.article.title).toBe('The River Bridge & its century');
		expect(state.notes).toContainEqual(expect.objectContaining({ message: 'media is not imported yet' }));
		expect(state.document.eras).toHaveLength(2);
		await state.flush();
		expect((await store.list()).map((d) => d.title).sort()).toEqual(['Before', 'The River Bridge & its century']);
	});

	it('reports a file it cannot import and keeps the document', async () => {
		const { state } = studio();
		state.edit((d) => setArticleField(d, 'title', 'Stays'));
		expect(await state.importFile('x.json', '{"name": 1}')).toBe(false);
		expect(state.importProblem).toContain('neither a timeline dataset');
		expect(state.document.article.title).toBe('Stays');
	});

	it('deleting the open draft starts a new one', async () => {
		const { store, state } = studio();
		state.edit((d) => setArticleField(d, 'title', 'Gone'));
		await state.flush();
		const id = state.draftId;
		await state.deleteDraft(id);
		expect(await store.get(id)).toBeUndefined();
		expect(state.draftId).not.toBe(id);
		expect(state.document.article.title).toBe('');
	});
});
