import { articleDataset } from '$lib/data/article';
import type { RequestHandler } from './$types';

// Prerendered, so the static build publishes the dataset as /data/article.json.
export const prerender = true;

/** The article's dataset as pretty-printed JSON, in the format of docs/data-format.md. */
export const GET: RequestHandler = () =>
	new Response(`${JSON.stringify(articleDataset, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' }
	});
