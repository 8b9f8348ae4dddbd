import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import reference from '../../../docs/data-format.md?raw';
import { MAIN_ARTICLE_ID } from './article-texts';
import { datasetSchema } from './dataset-schema';
import { headingsFor, readFieldDescriptions } from './field-descriptions';

/** Gives every property of `schema`, at any depth, the reference's description of it. */
function describe(schema: JsonSchema, descriptions: Map<string, string>, path: string[] = []): void {
	if (typeof schema !== 'object') return;
	for (const [key, property] of Object.entries(schema.properties ?? {})) {
		if (typeof property !== 'object') continue;
		const at = [...path, key];
		const description = headingsFor(at).map((heading) => descriptions.get(heading)).find(Boolean);
		if (description) property.description = description;
		describe(property, descriptions, at);
		if (typeof property.items === 'object' && !Array.isArray(property.items)) describe(property.items, descriptions, [...at, '[]']);
	}
}

/**
 * The JSON Schema (draft 2020-12) of a dataset file, for editors: completion, hover text and
 * the checks JSON Schema can say, with each field described in the words of
 * docs/data-format.md. It is generated from the validator's own schema, from its
 * input side (before start/end are filled in and paragraphs joined), so the two cannot
 * drift apart. What JSON Schema cannot say — a date's first day, a quote found in its
 * article, ids used twice — only `npm run validate` and the app check.
 */
export function datasetJsonSchema(): JsonSchema {
	// The version-1.1 rules, which accept every version-1 file too.
	const schema = datasetSchema({ version1: false, main: MAIN_ARTICLE_ID, articles: new Map() });
	const json: JsonSchema = {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		...toJsonSchema(schema, { target: 'draft-2020-12', typeMode: 'input', errorMode: 'ignore' }),
		// The one rule between fields that JSON Schema can say: an article, or a list of them.
		anyOf: [{ required: ['article'] }, { required: ['articles'] }],
		$id: '/data/schema.json',
		title: 'News timeline dataset',
		description: 'An article and the dated events it mentions, in format 1 or 1.1 (docs/data-format.md).'
	};
	describe(json, readFieldDescriptions(reference));
	return json;
}
