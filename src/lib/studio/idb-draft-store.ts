import { openDB, type DBSchema } from 'idb';
import { newestFirst, type Draft, type DraftStore } from './draft-store';

interface StudioDatabase extends DBSchema {
	drafts: { key: string; value: Draft };
}

/** The database's name: one per origin, for the studio's drafts only. */
export const DATABASE_NAME = 'news-timeline-studio';

/**
 * The studio's drafts in the browser's IndexedDB, through idb. The database opens on first
 * use; a browser that refuses it (storage disabled) rejects each call, and the studio then
 * falls back to memory and says drafts will not be kept.
 */
export function idbDraftStore(name = DATABASE_NAME): DraftStore {
	let database: ReturnType<typeof openDB<StudioDatabase>> | undefined;
	const db = () =>
		(database ??= openDB<StudioDatabase>(name, 1, {
			upgrade(upgrading) {
				upgrading.createObjectStore('drafts', { keyPath: 'id' });
			}
		}));
	return {
		list: async () => newestFirst(await (await db()).getAll('drafts')),
		get: async (id) => (await db()).get('drafts', id),
		put: async (draft) => void (await (await db()).put('drafts', draft)),
		delete: async (id) => (await db()).delete('drafts', id)
	};
}
