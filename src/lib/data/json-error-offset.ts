/**
 * Where JSON text first goes wrong, as an offset: V8's JSON.parse gives a position for some
 * errors but only a snippet for others ("Unexpected token '}', ...": no position), and a
 * person fixing a file needs a line and a column. Hand-written since no small package does
 * only this; it runs only after JSON.parse has failed.
 */

const SPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Failed {
	constructor(readonly offset: number) {}
}

/** The offset of the first character that makes `text` not JSON, or undefined when it is JSON. */
export function jsonErrorOffset(text: string): number | undefined {
	let at = 0;
	const fail = (): never => {
		throw new Failed(at);
	};
	const space = () => {
		while (SPACE.has(text[at] ?? '')) at++;
	};
	const match = (pattern: RegExp) => {
		pattern.lastIndex = at;
		if (!pattern.test(text)) fail();
		at = pattern.lastIndex;
	};
	const value = (): void => {
		space();
		const char = text[at];
		if (char === '{') return members('}', () => (match(STRING), space(), text[at] === ':' ? (at++, value()) : fail()));
		if (char === '[') return members(']', value);
		if (char === '"') return match(STRING);
		for (const word of ['true', 'false', 'null']) if (text.startsWith(word, at)) return void (at += word.length);
		match(NUMBER);
	};
	const members = (close: string, member: () => void) => {
		at++;
		space();
		if (text[at] === close) return void at++;
		for (;;) {
			space();
			member();
			space();
			if (text[at] === close) return void at++;
			if (text[at] !== ',') fail();
			at++;
		}
	};
	try {
		value();
		space();
		return at < text.length ? at : undefined;
	} catch (error) {
		if (error instanceof Failed) return error.offset;
		throw error;
	}
}
