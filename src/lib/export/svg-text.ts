/**
 * Text for an SVG document built as a string. Everything written into it (titles, labels,
 * credits) may come from a data file, so each piece is escaped, and characters XML does not
 * allow at all are dropped, so a hostile or broken title can neither add markup nor make
 * the file unreadable.
 */

/** Characters XML 1.0 forbids in a document, lone surrogates included. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `text` safe as the content of an element or the value of a quoted attribute. */
export function escapeXml(text: string): string {
	return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A number for an attribute, rounded to 2 decimals so files stay small and stable. */
export function num(n: number): string {
	return String(Math.round(n * 100) / 100);
}

/** The attributes `attrs` as ` name="value"` pairs; undefined ones left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
	return Object.entries(values)
		.filter((entry): entry is [string, string | number] => entry[1] !== undefined)
		.map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
		.join('');
}

/** An element with `attrs`, and escaped text content when given. */
export function el(name: string, values: Record<string, string | number | undefined>, text?: string): string {
	return text === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${escapeXml(text)}</${name}>`;
}

/**
 * `text` broken at spaces into lines at most `maxChars` long (a word longer than that gets
 * a line of its own, cut with an ellipsis), at most `maxLines` lines, the last one ending
 * in an ellipsis when text was left out.
 */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
	const limit = Math.max(4, Math.floor(maxChars));
	const lines: string[] = [];
	let line = '';
	const words = text.trim().split(/\s+/).filter(Boolean);
	for (let i = 0; i < words.length; i++) {
		const word = (words[i] as string).length > limit ? `${(words[i] as string).slice(0, limit - 1)}…` : (words[i] as string);
		if (!line) line = word;
		else if (line.length + 1 + word.length <= limit) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
		if (lines.length === maxLines) {
			const last = lines[maxLines - 1] as string;
			lines[maxLines - 1] = `${last.length + 1 > limit ? last.slice(0, limit - 1) : last}…`;
			return lines;
		}
	}
	if (line) lines.push(line);
	return lines;
}
