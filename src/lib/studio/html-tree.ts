/**
 * A small, forgiving HTML parser that builds just enough of a tree to read the text out of
 * it: elements, text and entities. In the browser the studio uses DOMParser instead; this
 * one exists because imports also run where there is no DOM (unit tests, command-line
 * tools), and no HTML parser is among the project's dependencies. It never runs scripts or
 * loads anything: it only splits a string.
 */

/** The part of a DOM node that reading text needs; a real DOM node fits it too. */
export interface TextTree {
	/** 1 for an element, 3 for text; anything else is skipped. */
	nodeType: number;
	/** The tag name for an element ("P", "br"), "#text" for text. */
	nodeName: string;
	/** The text of a text node; null for an element. */
	nodeValue: string | null;
	/** The children, in document order. */
	childNodes: ArrayLike<TextTree>;
}

interface Element extends TextTree {
	childNodes: TextTree[];
}

/** Elements that never have children. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is raw text up to their end tag, never markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

const NAMED: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
	ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
	bdquo: '„', laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
	deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷',
	eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä',
	atilde: 'ã', aring: 'å', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò',
	ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü',
	ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', Eacute: 'É', Aacute: 'Á', Oacute: 'Ó', Uacute: 'Ú',
	Ccedil: 'Ç', Ntilde: 'Ñ', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003'
};

/**
 * Decodes character references: named ones (`&amp;`, `&rsquo;`, the common set), decimal
 * (`&#8217;`) and hexadecimal (`&#x2019;`). An unknown name is left as written.
 */
export function decodeEntities(text: string): string {
	return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?/g, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
		}
		return NAMED[name] ?? whole;
	});
}

function element(name: string): Element {
	return { nodeType: 1, nodeName: name, nodeValue: null, childNodes: [] };
}

function text(value: string): TextTree {
	return { nodeType: 3, nodeName: '#text', nodeValue: decodeEntities(value), childNodes: [] };
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>?|<\?[^>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

/**
 * Parses an HTML fragment or document into a tree of elements and text. Unclosed elements
 * close at the end, a stray end tag closes up to its element when one is open and is
 * ignored otherwise, comments and doctypes are dropped.
 */
export function parseHtml(html: string): TextTree {
	const root = element('#document-fragment');
	const open: Element[] = [root];
	const current = () => open[open.length - 1] ?? root;
	TOKEN.lastIndex = 0;
	for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
		const [whole, closing, tag, attributes] = match;
		if (tag === undefined) {
			// Comments, doctypes and processing instructions carry no text.
			if (!/^<[!?]/.test(whole)) current().childNodes.push(text(whole));
			continue;
		}
		const name = tag.toLowerCase();
		if (closing) {
			const at = open.findLastIndex((node) => node.nodeName === name);
			if (at > 0) open.length = at;
			continue;
		}
		const node = element(name);
		current().childNodes.push(node);
		if (VOID.has(name) || attributes?.trimEnd().endsWith('/')) continue;
		if (RAW.has(name)) {
			// Raw text runs to the matching end tag; markup inside it is not parsed.
			const end = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
			const stop = end < 0 ? html.length : end;
			node.childNodes.push({ nodeType: 3, nodeName: '#text', nodeValue: html.slice(TOKEN.lastIndex, stop), childNodes: [] });
			const close = html.indexOf('>', stop);
			TOKEN.lastIndex = end < 0 || close < 0 ? html.length : close + 1;
			continue;
		}
		open.push(node);
	}
	return root;
}
