import { datasetJsonSchema } from '$lib/data/json-schema';
import type { RequestHandler } from './$types';

// Prerendered, so the static build publishes the schema as /data/schema.json.
export const prerender = true;

/** The JSON Schema of a dataset file, generated from the validator's schema, for editors. */
export const GET: RequestHandler = () =>
	new Response(`${JSON.stringify(datasetJsonSchema(), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' }
	});
