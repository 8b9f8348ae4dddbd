/**
 * The reference's words for each field, for the JSON Schema's descriptions: the first
 * paragraph under each field's heading in docs/data-format.md ("### `events[].title`"), so
 * an editor's hover text is the documentation itself, written once.
 */

/** Markdown to plain text: code marks and link targets dropped, lines joined. */
function plain(markdown: string): string {
	return markdown
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\*([^*]+)\*/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Each documented field's description by its heading: `version`, `events[].title`, `sources[].url`. */
export function readFieldDescriptions(markdown: string): Map<string, string> {
	const descriptions = new Map<string, string>();
	const blocks = markdown.split(/\n{2,}/);
	blocks.forEach((block, index) => {
		const field = /^### `([^`]+)`$/.exec(block.trim())?.[1];
		const paragraph = blocks[index + 1];
		if (field && paragraph) descriptions.set(field, plain(paragraph));
	});
	return descriptions;
}

/**
 * The headings a field at `path` (like ["events", "[]", "record", "sources", "[]", "url"]) may
 * be documented under: its full name, then the name from its innermost list ("sources[].url"),
 * and for an entry of `articles`, the same field of `article`.
 */
export function headingsFor(path: readonly string[]): string[] {
	const name = (parts: readonly string[]) => parts.join('.').replaceAll('.[]', '[]');
	const headings = [name(path)];
	const list = path.lastIndexOf('[]');
	if (list > 0) headings.push(name(path.slice(list - 1)));
	if (path[0] === 'articles') headings.push(name(['article', ...path.slice(2)]));
	return headings;
}
