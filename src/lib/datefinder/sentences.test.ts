import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
	it.each([
		['He met the U.S. House panel. It ended.', ['He met the U.S. House panel.', 'It ended.']],
		['Chair Rep. Gregory Meeks asked. He left.', ['Chair Rep. Gregory Meeks asked.', 'He left.']],
		['It was signed Feb. 29 in Doha. Talks went on.', ['It was signed Feb. 29 in Doha.', 'Talks went on.']],
		['A headline\n\nThe first sentence.', ['A headline', 'The first sentence.']],
		['“It is over,” he said. She agreed.', ['“It is over,” he said.', 'She agreed.']]
	])('%j', (text, sentences) => {
		expect(split(text)).toEqual(sentences);
	});
});
