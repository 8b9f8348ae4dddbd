/**
 * A checker for the schema.org types the timeline's JSON-LD uses: for each type, the
 * properties it must have, the ones it may have and what each holds. Written by hand because
 * the full schema.org vocabulary is a large download and validators need the network; this
 * covers exactly the types and properties timelineJsonLd emits, from schema.org's definitions.
 */
type Kind = 'text' | 'url' | 'date' | 'integer' | { node: string[] };

interface TypeRule {
	required: string[];
	allowed: Record<string, Kind>;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

// Properties every Thing has (schema.org/Thing) that the output uses.
const thing: Record<string, Kind> = {
	name: 'text',
	description: 'text',
	url: 'url',
	mainEntityOfPage: 'url',
	subjectOf: { node: ['CreativeWork', 'Article', 'NewsArticle', 'Event'] }
};

export const RULES: Record<string, TypeRule> = {
	ItemList: {
		required: ['itemListElement'],
		allowed: { ...thing, itemListElement: { node: ['ListItem'] }, itemListOrder: 'url', numberOfItems: 'integer' }
	},
	ListItem: { required: ['position', 'item'], allowed: { ...thing, position: 'integer', item: { node: ['Event', 'Thing'] } } },
	// schema.org/Event: name and startDate are what consumers (search engines) require.
	Event: { required: ['name', 'startDate'], allowed: { ...thing, startDate: 'date', endDate: 'date', location: 'text' } },
	NewsArticle: {
		required: ['headline'],
		allowed: {
			...thing,
			headline: 'text',
			datePublished: 'date',
			author: { node: ['Person', 'Organization'] },
			publisher: { node: ['Organization', 'Person'] }
		}
	},
	Person: { required: ['name'], allowed: { ...thing } },
	Organization: { required: ['name'], allowed: { ...thing } }
};

/** Every problem found, as "path: message"; empty when the node conforms. */
export function checkSchemaOrg(node: unknown, path = '$'): string[] {
	if (typeof node !== 'object' || node === null || Array.isArray(node)) return [`${path}: is not an object`];
	const record = node as Record<string, unknown>;
	const type = record['@type'];
	if (typeof type !== 'string') return [`${path}: has no @type`];
	const rule = RULES[type];
	if (!rule) return [`${path}: @type ${type} is not one the checker knows`];
	const problems: string[] = [];
	for (const key of rule.required) if (!(key in record)) problems.push(`${path}: ${type} needs ${key}`);
	for (const [key, value] of Object.entries(record)) {
		if (key === '@type' || key === '@context') continue;
		const kind = rule.allowed[key];
		if (!kind) {
			problems.push(`${path}.${key}: is not a property of ${type}`);
			continue;
		}
		const values = Array.isArray(value) ? value : [value];
		values.forEach((item, i) => {
			const at = Array.isArray(value) ? `${path}.${key}[${i}]` : `${path}.${key}`;
			if (typeof kind === 'object') {
				const itemType = (item as { '@type'?: unknown } | null)?.['@type'];
				if (typeof itemType !== 'string' || !kind.node.includes(itemType)) {
					problems.push(`${at}: must be one of ${kind.node.join(', ')}`);
				} else problems.push(...checkSchemaOrg(item, at));
			} else if (kind === 'integer') {
				if (!Number.isInteger(item)) problems.push(`${at}: must be an integer`);
			} else if (typeof item !== 'string' || item === '') problems.push(`${at}: must be non-empty text`);
			else if (kind === 'date' && !ISO_DATE.test(item)) problems.push(`${at}: "${item}" is not an ISO 8601 date`);
			else if (kind === 'url' && !/^https?:\/\//.test(item)) problems.push(`${at}: "${item}" is not an absolute URL`);
		});
	}
	return problems;
}
