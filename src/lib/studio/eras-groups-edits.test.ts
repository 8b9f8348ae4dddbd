import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/schema';
import { addEra, addGroup, moveGroup, moveItem, removeEra, removeGroup, updateEra, updateGroup } from './document-edits';
import { draftEvent, emptyDocument, fromDatasetFile, fullDocument, toDatasetFile, type StudioDocument } from './studio-document';

function document(): StudioDocument {
	return {
		...emptyDocument(),
		article: { title: 'Bridge', publication: 'The Courier', author: '', published: '2024-03-20', url: '', credit: '', text: '' },
		events: [
			draftEvent({ id: 'vote', title: 'Vote', dateText: 'March 12', date: '2024-03-12', group: 'council' }),
			draftEvent({ id: 'works', title: 'Works begin', dateText: 'in May', date: '2024-05' })
		],
		groups: [{ id: 'council', title: 'Council' }]
	};
}

describe('era edits', () => {
	it('addEra gives a new era an id of its own from its title', () => {
		const one = addEra(document(), { title: 'The repairs' });
		const two = addEra(one, { title: 'The repairs' });
		expect(two.eras.map((e) => e.id)).toEqual(['the-repairs', 'the-repairs-2']);
		expect(addEra(document()).eras[0]).toEqual({ id: 'era', title: '', date: '', note: '' });
	});

	it('an id made from the title follows the title, until someone types their own', () => {
		let d = addEra(addEra(document(), { title: 'Repairs' }));
		expect(d.eras.map((e) => e.id)).toEqual(['repairs', 'era']);
		d = updateEra(d, 1, { title: 'R' });
		d = updateEra(d, 1, { title: 'Repairs' });
		expect(d.eras[1]?.id).toBe('repairs-2');
		d = updateEra(d, 1, { title: 'Second repairs' });
		expect(d.eras[1]?.id).toBe('second-repairs');
		d = updateEra(d, 1, { id: 'works' });
		d = updateEra(d, 1, { title: 'The works' });
		expect(d.eras[1]?.id).toBe('works');
	});

	it('a group id that follows its title takes the events along', () => {
		let d = addGroup({ ...document(), groups: [] });
		d = { ...d, events: d.events.map((e) => ({ ...e, group: 'group' })) };
		d = updateGroup(d, 0, { title: 'Town council' });
		expect(d.groups[0]?.id).toBe('town-council');
		expect(d.events.map((e) => e.group)).toEqual(['town-council', 'town-council']);
	});

	it('updateEra and removeEra change one era and leave the rest', () => {
		const d = addEra(addEra(document(), { title: 'A' }), { title: 'B' });
		expect(updateEra(d, 1, { date: '2024-03/2024-06' }).eras.map((e) => e.date)).toEqual(['', '2024-03/2024-06']);
		expect(removeEra(d, 0).eras.map((e) => e.id)).toEqual(['b']);
	});

	it('writes eras with their first and last day, and reads them back', () => {
		const d = updateEra(addEra(document(), { title: 'Repairs', note: ' Two seasons. ' }), 0, { date: '2024-03/2024-09' });
		const file = toDatasetFile(d);
		expect(file.eras).toEqual([{ id: 'repairs', title: 'Repairs', date: '2024-03/2024-09', start: '2024-03-01', end: '2024-09-30', note: 'Two seasons.' }]);
		expect(fromDatasetFile(file).eras).toEqual([{ id: 'repairs', title: 'Repairs', date: '2024-03/2024-09', note: 'Two seasons.' }]);
		expect(validateDataset(file).ok).toBe(true);
	});

	it('leaves out eras and groups the document does not have', () => {
		const file = toDatasetFile({ ...document(), groups: [], events: document().events.map((e) => ({ ...e, group: '' })) });
		expect(file).not.toHaveProperty('eras');
		expect(file).not.toHaveProperty('groups');
		expect(file.events[0]).not.toHaveProperty('group');
	});

	it('lets the validator report an era date that is not a date at its path', () => {
		const d = updateEra(addEra(document(), { title: 'Repairs' }), 0, { date: '2024-13' });
		const verdict = validateDataset(toDatasetFile(d));
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) expect(verdict.issues.map((i) => i.path)).toContain('eras[0].date');
	});
});

describe('group edits', () => {
	it('writes each event with its group and the groups in order', () => {
		const d = addGroup(document(), { title: 'Works' });
		const file = toDatasetFile({ ...d, events: d.events.map((e) => (e.id === 'works' ? { ...e, group: 'works' } : e)) });
		expect(file.groups).toEqual([{ id: 'council', title: 'Council' }, { id: 'works', title: 'Works' }]);
		expect(file.events.map((e) => e.group)).toEqual(['council', 'works']);
		expect(validateDataset(file).ok).toBe(true);
	});

	it('carries a new group id to the events in the group', () => {
		const d = updateGroup(document(), 0, { id: 'town-council' });
		expect(d.groups[0]?.id).toBe('town-council');
		expect(d.events.map((e) => e.group)).toEqual(['town-council', '']);
	});

	it('takes the events of a removed group out of any group', () => {
		const d = removeGroup(document(), 0);
		expect(d.groups).toEqual([]);
		expect(d.events.map((e) => e.group)).toEqual(['', '']);
	});

	it('moves a group up or down, and nowhere past the ends', () => {
		const d = addGroup(addGroup(document(), { title: 'Works' }), { title: 'Residents' });
		expect(moveGroup(d, 2, -1).groups.map((g) => g.id)).toEqual(['council', 'residents', 'works']);
		expect(moveGroup(d, 0, -1).groups.map((g) => g.id)).toEqual(['council', 'works', 'residents']);
	});

	it('reports an event whose group does not exist at the event', () => {
		const d = { ...document(), groups: [] };
		const verdict = validateDataset(toDatasetFile(d));
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) expect(verdict.issues.map((i) => i.path)).toEqual(['events[0].group']);
	});
});

describe('moveItem(list, n, delta) and fullDocument(saved)', () => {
	it.each([
		{ n: 0, delta: 1, out: ['b', 'a', 'c'] },
		{ n: 2, delta: -2, out: ['c', 'a', 'b'] },
		{ n: 2, delta: 1, out: ['a', 'b', 'c'] },
		{ n: -1, delta: 1, out: ['a', 'b', 'c'] }
	])('moves item $n by $delta', ({ n, delta, out }) => {
		expect(moveItem(['a', 'b', 'c'], n, delta)).toEqual(out);
	});

	it('opens a draft saved before eras and groups existed', () => {
		const saved = JSON.parse(JSON.stringify({ article: document().article, events: document().events })) as StudioDocument;
		for (const event of saved.events) delete (event as Partial<typeof event>).group;
		const full = fullDocument(saved);
		expect(full.eras).toEqual([]);
		expect(full.groups).toEqual([]);
		expect(full.events.every((e) => e.group === '')).toBe(true);
	});
});
