/**
 * A short draft title for an event, made from the sentence that tells of it: the sentence
 * without its date words and the connectives news opens sentences with, cut to a few words.
 * An editor rewrites it; it only has to say which sentence the event is.
 */

const OPENERS =
	/^(?:[“”"‘’'(\s,;:—–-]|and|but|so|yet|then|also|meanwhile|meantime|in the meantime|moreover|however|separately|still|instead|indeed|thus|besides|finally|by coincidence|in fact|on|in|at|by|since|until|as of|for|over|during|after|before|from|of)+(?=\s|$)/i;

const MAX_WORDS = 9;

const LEAD_IN = /\s*\b(?:on|in|at|by|since|until|till|from|during|through|as of|of)\s*$/i;

/**
 * The title for a sentence, leaving out the date words at `[start, end)` (offsets in the
 * sentence): "Khalilzad testified before the U.S. House of Representatives…".
 */
export function draftTitle(sentence: string, start: number, end: number): string {
	// The preposition that led into the date goes with it: "said in an editorial on Oct. 26".
	const before = sentence.slice(0, start).replace(LEAD_IN, '');
	const joined = `${before} ${sentence.slice(end)}`
		.replace(/[“”"]/g, '')
		.replace(/\s+([,.;:!?])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
	let text = joined;
	for (let previous = ''; previous !== text; ) {
		previous = text;
		text = text.replace(OPENERS, '').trim();
	}
	const words = (text || joined).split(' ');
	const cut = words.length > MAX_WORDS;
	let title = words.slice(0, MAX_WORDS).join(' ').replace(/[,;:—–-]+$/, '');
	if (!cut) title = title.replace(/[.!?]+$/, '');
	title = title.charAt(0).toUpperCase() + title.slice(1);
	return cut ? `${title}…` : title || 'Event';
}
