import { jsonErrorOffset } from './json-error-offset';

/** Where and why text is not JSON, for a person fixing the file. */
export interface JsonProblem {
	/** What is wrong there, in plain words: `unexpected "}"`, `the text ends too early`. */
	what: string;
	/** The line, from 1. */
	line: number;
	/** The column, from 1. */
	column: number;
	/** The line itself, cut to about 80 characters around the column. */
	excerpt: string;
}

/** Why `text` is not JSON (`error` is what JSON.parse threw), with the line and column where it first goes wrong. */
export function jsonProblem(text: string, error: Error): JsonProblem {
	const offset = jsonErrorOffset(text) ?? text.length;
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	let lineEnd = text.indexOf('\n', offset);
	if (lineEnd === -1) lineEnd = text.length;
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) line += 1;
	const column = offset - lineStart + 1;
	const found = offset < text.length ? `unexpected ${JSON.stringify(text[offset])}` : 'the text ends too early';
	// V8's own words, without its position or snippet, which the line and column replace.
	const detail = /^(Expected [^"]*?|Bad control character in string literal|Unterminated string)(?: in JSON)? at position/.exec(error.message)?.[1];
	const what = detail ? detail[0]!.toLowerCase() + detail.slice(1) : found;
	const from = Math.max(lineStart, offset - 40);
	const to = Math.min(lineEnd, from + 80);
	const excerpt = `${from > lineStart ? '…' : ''}${text.slice(from, to)}${to < lineEnd ? '…' : ''}`;
	return { what, line, column, excerpt };
}

/** Whether text looks like an HTML page rather than JSON: a server's error or login page, say. */
export function looksLikeHtml(text: string, contentType: string | null): boolean {
	if (contentType && /\btext\/html\b/i.test(contentType)) return true;
	return /^\s*<(?:!doctype|html|head|body|\?xml|!--)/i.test(text.slice(0, 200));
}
