import { articleDataset } from '$lib/data/article';
import type { PageLoad } from './$types';

export const load: PageLoad = () => ({ dataset: articleDataset });
