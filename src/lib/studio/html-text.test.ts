import { describe, expect, it } from 'vitest';
import { parseHtml } from './html-tree';
import { htmlToText, isHtmlFile, tidyPlainText, treeToText } from './html-text';

describe('htmlToText(html) keeps paragraphs and drops markup', () => {
	it.each([
		['plain text stays as it is', 'The council voted.', 'The council voted.'],
		['each <p> is a paragraph, separated by a blank line', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
		['headings and list items are paragraphs too', '<h2>Title</h2><ul><li>a</li><li>b</li></ul>', 'Title\n\na\n\nb'],
		['<br> is a line break inside the paragraph', '<p>Line one<br>line two</p>', 'Line one\nline two'],
		['white space inside a paragraph collapses', '<p>  many \n\t spaces  </p>', 'many spaces'],
		['inline elements join their text', '<p>The <b>big</b> <a href="x">vote</a>.</p>', 'The big vote.'],
		['entities are decoded', '<p>Fish &amp; chips &lt;3 &#8217; &#x2014; &rsquo;</p>', 'Fish & chips <3 ’ — ’'],
		['an unknown entity stays as written', 'a &bogus; b', 'a &bogus; b'],
		['scripts and styles give no text', '<p>a</p><script>alert(1)</script><style>p{}</style><p>b</p>', 'a\n\nb'],
		['an image gives no text and runs nothing', '<img src=x onerror="alert(1)">Caption', 'Caption'],
		['comments are dropped', 'a<!-- hidden -->b', 'ab'],
		['unclosed elements close at the end', '<div><p>open', 'open'],
		['a stray end tag is ignored', 'a</p>b', 'ab'],
		['a lone < is text', '3 < 4', '3 < 4'],
		['markup inside a script is not parsed', '<script>"<p>x</p>"</script>after', 'after'],
		['a whole document gives its body text', '<!doctype html><html><head><title>T</title></head><body><p>Body</p></body></html>', 'Body']
	])('%s', (_, html, expected) => {
		expect(htmlToText(html)).toBe(expected);
	});
});

describe('treeToText(root) reads any tree with the DOM node shape', () => {
	it('reads nested blocks depth-first, in document order', () => {
		const tree = parseHtml('<article><h1>Head</h1><div><p>First <em>para</em></p>tail</div></article>');
		expect(treeToText(tree)).toBe('Head\n\nFirst para\n\ntail');
	});
	it('skips nodes that are neither elements nor text', () => {
		const comment = { nodeType: 8, nodeName: '#comment', nodeValue: 'secret', childNodes: [] };
		const textNode = { nodeType: 3, nodeName: '#text', nodeValue: 'seen', childNodes: [] };
		expect(treeToText({ nodeType: 11, nodeName: '#document-fragment', nodeValue: null, childNodes: [comment, textNode] })).toBe('seen');
	});
});

describe('tidyPlainText(text) normalises line ends and blank lines', () => {
	it.each([
		['Windows line ends', 'a\r\n\r\nb', 'a\n\nb'],
		['old Mac line ends', 'a\r\rb', 'a\n\nb'],
		['trailing spaces', 'a  \n\nb\t', 'a\n\nb'],
		['runs of blank lines', 'a\n\n\n\n\nb', 'a\n\nb'],
		['leading and trailing blank lines', '\n\na\n\n', 'a']
	])('%s', (_, text, expected) => {
		expect(tidyPlainText(text)).toBe(expected);
	});
});

describe('isHtmlFile(name, type) tells HTML files from text files', () => {
	it.each([
		['story.html', '', true],
		['story.HTM', '', true],
		['story.xhtml', '', true],
		['story.txt', '', false],
		['pasted', 'text/html', true],
		['notes.md', 'text/markdown', false]
	])('%s (%s) → %s', (name, type, expected) => {
		expect(isHtmlFile(name, type)).toBe(expected);
	});
});
