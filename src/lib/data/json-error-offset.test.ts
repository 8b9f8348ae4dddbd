import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset';

describe('jsonErrorOffset(text)', () => {
	it.each([
		['a closing brace where a value belongs', '{"events": [}', 12],
		['a missing colon', '{"a" 1}', 5],
		['a missing comma', '{\n "title": "x"\n "p": 1}', 17],
		['a trailing comma in a list', '[1, 2,]', 6],
		['a trailing comma in an object', '{"a": 1,}', 8],
		['text after the value', '{"a": 1} x', 9],
		['a single-quoted string', "{'a': 1}", 1],
		['a number with a leading zero', '[01]', 2],
		['an early end', '{"a":', 5],
		['nothing at all', '', 0]
	])('points at %s', (_, text, offset) => {
		expect(jsonErrorOffset(text)).toBe(offset);
	});

	it('finds nothing wrong in any JSON (property)', () => {
		fc.assert(
			fc.property(fc.json(), fc.constantFrom(0, 1, '\t'), (json, indent) => {
				expect(jsonErrorOffset(JSON.stringify(JSON.parse(json), null, indent))).toBeUndefined();
			}),
			{ seed: 42, numRuns: 300 }
		);
	});

	it('finds a problem wherever JSON.parse does, for text cut short or changed (property)', () => {
		fc.assert(
			fc.property(fc.json(), fc.nat(), fc.constantFrom('}', ']', ',', ':', 'x', '"'), (json, cut, junk) => {
				const at = cut % (json.length + 1);
				const text = json.slice(0, at) + junk + json.slice(at);
				let parses = true;
				try {
					JSON.parse(text);
				} catch {
					parses = false;
				}
				expect(jsonErrorOffset(text) === undefined).toBe(parses);
			}),
			{ seed: 42, numRuns: 500 }
		);
	});
});
