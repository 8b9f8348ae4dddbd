import { articleDataset } from '$lib/data/article';
import { matchLanguage } from '$lib/i18n/languages';
import type { PageServerLoad } from './$types';

// The built-in dataset reaches the page as data in its HTML (and in __data.json), never as a
// JavaScript module: a page showing another dataset (`?data=`) does not download it.
// The prerendered <html lang> is the dataset's language (hooks.server.ts writes it).
export const load: PageServerLoad = ({ locals }) => {
	locals.lang = matchLanguage([articleDataset.article.language]);
	return { dataset: articleDataset };
};
