/**
 * Sentences with their offsets, from the platform's sentence segmenter (Intl.Segmenter,
 * in browsers and Node) with the abbreviations news uses mended: the segmenter ends a
 * sentence after "U.S." or "Rep." or "Feb." when a capital follows.
 */

/** A sentence: its offsets in the text (UTF-16 units, end exclusive), trailing space excluded. */
export interface Sentence {
	start: number;
	end: number;
}

const ABBREVIATION =
	/(?:^|[\s(“"‘'])(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Pres|Prof|Rev|Hon|St|Mt|Ft|Jr|Sr|No|Nos|Inc|Co|Corp|Ltd|Bros|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Blvd|Rd|Dept|Gov|Univ|a\.m|p\.m)\.)[”"’']?\s*$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of a text, in order. A segment that ends with an abbreviation is joined to
 * the next one unless a line break separates them (a paragraph always ends a sentence).
 * "a.m." and "p.m." followed by a capital are joined too: news writes "at 10 a.m. Friday".
 */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let joinNext = false;
	for (const { segment, index } of segmenter.segment(text)) {
		const trimmed = segment.replace(/\s+$/, '');
		const start = index + (segment.length - segment.trimStart().length);
		const end = index + trimmed.length;
		const previous = sentences.at(-1);
		if (joinNext && previous && !/\n/.test(text.slice(previous.end, start))) {
			previous.end = Math.max(previous.end, end);
		} else if (end > start) {
			sentences.push({ start, end });
		}
		joinNext = ABBREVIATION.test(trimmed) && !/\n\s*$/.test(segment);
		if (end <= start) joinNext = false;
	}
	return sentences;
}
