import { articleDataset } from '$lib/data/article';
import type { PageServerLoad } from './$types';

// The built-in dataset reaches the page as data in its HTML (and in __data.json), never as a
// JavaScript module: a page showing another dataset (`?data=`) does not download it.
export const load: PageServerLoad = () => ({ dataset: articleDataset });
