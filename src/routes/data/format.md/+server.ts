import reference from '../../../../docs/data-format.md?raw';
import type { RequestHandler } from './$types';

// Prerendered, so every copy of the site publishes the format it reads as /data/format.md.
export const prerender = true;

/** The data format's reference (docs/data-format.md), linked from the messages about bad files. */
export const GET: RequestHandler = () => new Response(reference, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
