import { parseHtml, type TextTree } from './html-tree';

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
	'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
	'table', 'tr', 'ul', 'caption', 'details', 'summary', 'body', 'html'
]);
/** Elements whose content is not part of the text a reader sees. */
const HIDDEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'title', 'select', 'button']);

/**
 * The text a reader sees in a tree of HTML nodes (a DOM node or {@link parseHtml}'s tree),
 * as plain text: each block element (paragraph, heading, list item, …) becomes a paragraph,
 * paragraphs are separated by a blank line, `<br>` is a line break, other white space is
 * collapsed, and scripts, styles and images contribute nothing.
 */
export function treeToText(root: TextTree): string {
	const paragraphs: string[] = [];
	let line = '';
	let lines: string[] = [];
	const endLine = () => {
		lines.push(line.trim());
		line = '';
	};
	const endParagraph = () => {
		endLine();
		const paragraph = lines.filter((l) => l !== '').join('\n');
		if (paragraph !== '') paragraphs.push(paragraph);
		lines = [];
	};
	const walk = (node: TextTree) => {
		if (node.nodeType === 3) {
			line += (node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
			return;
		}
		// Elements, documents and fragments have children; comments and the rest do not count.
		if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
		const name = node.nodeName.toLowerCase();
		if (HIDDEN.has(name)) return;
		if (name === 'br') return endLine();
		const block = BLOCK.has(name);
		if (block) endParagraph();
		for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as TextTree);
		if (block) endParagraph();
	};
	walk(root);
	endParagraph();
	return paragraphs.join('\n\n');
}

/**
 * HTML (pasted, dropped, or a TimelineJS text field) as plain text with its paragraphs kept
 * and its entities decoded. The browser's DOMParser builds an inert document (no scripts run,
 * nothing loads); where there is none, the small parser in html-tree.ts does the same job.
 * The result is only ever shown as text.
 */
export function htmlToText(html: string): string {
	if (typeof DOMParser !== 'undefined') {
		return treeToText(new DOMParser().parseFromString(html, 'text/html').body);
	}
	return treeToText(parseHtml(html));
}

/**
 * Plain text tidied for the article field: Windows and old Mac line ends become "\n",
 * trailing spaces go, and runs of blank lines become one, so paragraphs stay separated by
 * exactly one blank line.
 */
export function tidyPlainText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t\u00a0]+$/gm, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Whether a file's name or type says it holds HTML rather than plain text. */
export function isHtmlFile(name: string, type = ''): boolean {
	return /\.x?html?$/i.test(name) || type === 'text/html' || type === 'application/xhtml+xml';
}
