import { articleDataset } from '$lib/data/article';
import { toDatasetFile } from '$lib/data/dataset-file';
import type { RequestHandler } from './$types';

// Prerendered, so the static build publishes the dataset as /data/article.json.
export const prerender = true;

/**
 * The article's dataset as pretty-printed JSON, in the format of docs/data-format.md:
 * normalised (every start and end spelled out), with the article once.
 */
export const GET: RequestHandler = () =>
	new Response(`${JSON.stringify(toDatasetFile(articleDataset, '/data/schema.json'), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' }
	});
