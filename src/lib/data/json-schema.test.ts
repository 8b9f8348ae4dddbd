import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { articleFile, asVersion1 } from './dataset-copies';
import { datasetJsonSchema } from './json-schema';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(datasetJsonSchema());

/** Where ajv found problems, as JSON pointers. */
function problems(input: unknown): string[] {
	return check(input) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('datasetJsonSchema()', () => {
	it('is a valid draft 2020-12 schema', () => {
		expect(ajv.validateSchema(datasetJsonSchema())).toBe(true);
	});

	it('describes every field in the words of docs/data-format.md', () => {
		const undescribed: string[] = [];
		const walk = (schema: Record<string, unknown>, path: string) => {
			const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
			for (const [key, property] of Object.entries(properties)) {
				if (typeof property.description !== 'string' || property.description.length < 20) undescribed.push(`${path}${key}`);
				walk(property, `${path}${key}.`);
				if (typeof property.items === 'object') walk(property.items as Record<string, unknown>, `${path}${key}[].`);
			}
		};
		walk(datasetJsonSchema() as Record<string, unknown>, '');
		expect(undescribed).toEqual([]);
	});

	it('gives a field the first paragraph of its section, as plain text', () => {
		const events = datasetJsonSchema().properties?.events;
		const id = typeof events === 'object' && typeof events.items === 'object' && !Array.isArray(events.items) ? events.items.properties?.id : undefined;
		expect(typeof id === 'object' && id.description).toBe(
			'string · required. A stable, URL-safe slug, unique in the dataset: lowercase letters, digits and single hyphens, at most 200 characters: "doha-agreement". Links and embeds use it.'
		);
	});

	it('accepts the article dataset as written', () => {
		expect(problems(articleFile())).toEqual([]);
	});

	it('accepts the same dataset as a version-1 file', () => {
		expect(problems(asVersion1())).toEqual([]);
	});

	it.each<[string, (file: ReturnType<typeof articleFile>) => void, string]>([
		['an unknown field', (file) => Object.assign(file.events[0]!, { tittle: 'x' }), '/events/0 must NOT have additional properties'],
		['an id that is not a slug', (file) => (file.events[1]!.id = 'Not a slug'), '/events/1/id must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"'],
		['a start not written YYYY-MM-DD', (file) => Object.assign(file.events[2]!, { start: '2021-2-1' }), '/events/2/start must match pattern "^-?\\d{4}-\\d{2}-\\d{2}$"'],
		['a version other than 1 or 1.1', (file) => Object.assign(file, { version: 2 }), '/version must be equal to one of the allowed values'],
		['a latitude out of range', (file) => Object.assign(file.events[0]!, { places: [{ name: 'Nowhere', lat: 134, lon: 0 }] }), '/events/0/places/0/lat must be <= 90'],
		['no article at all', (file) => Reflect.deleteProperty(file, 'article'), " must have required property 'article'"]
	])('rejects %s', (_, change, problem) => {
		const file = articleFile();
		change(file);
		expect(problems(file)).toContain(problem);
	});
});
