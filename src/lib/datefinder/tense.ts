/**
 * Which way a sentence looks from the publication day, as news is written: a bare weekday
 * or month in a story about what happened is the last one before publication, in a story
 * about what will happen the next one. The verb that governs the date words decides: news
 * puts it just before them ("said Friday", "will meet Thursday", "planned to leave on
 * Thursday"), so the nearest cue on the left wins, then the nearest on the right; with no
 * cue at all, news reports the past. On the right, "planned" and "scheduled" are past: a
 * date before them dates the planning ("On Friday, the government planned to pay").
 */

/** Whether a date's clause tells of the past or the future. */
export type Tense = 'past' | 'future';

/** English verbs whose past tense does not end in -ed (those that are no present form too). */
const IRREGULAR_PAST = [
	'arose', 'ate', 'became', 'began', 'bent', 'bit', 'bled', 'blew', 'bore', 'bought', 'bound', 'broke',
	'brought', 'built', 'came', 'caught', 'chose', 'clung', 'dealt', 'drew', 'drove', 'dug', 'fed', 'fell',
	'felt', 'fled', 'flew', 'forgot', 'fought', 'found', 'froze', 'gave', 'got', 'grew', 'heard', 'held',
	'hid', 'hung', 'kept', 'knew', 'laid', 'led', 'left', 'lent', 'lost', 'made', 'meant', 'met', 'paid',
	'ran', 'rang', 'rode', 'rose', 'sang', 'sank', 'sat', 'saw', 'sent', 'shook', 'shot', 'slept', 'slid',
	'sold', 'sought', 'spent', 'spoke', 'stole', 'stood', 'struck', 'stuck', 'swore', 'swept', 'swung',
	'taught', 'thought', 'threw', 'told', 'took', 'tore', 'understood', 'went', 'woke', 'won', 'wore',
	'wrote'
].join('|');

const FUTURE = String.raw`will|won't|shall|'ll|’ll|going to|is to|are to|was to|were to|scheduled|schedules|expected to|expects to|plans? to|planned|planning|set to|due to|upcoming|intends? to|intended to|hopes? to|aims? to|would|could|might|may|should|must|as soon as|until|till|is|are|deadline|begins|starts|opens|meets|tomorrow`;
const PAST = String.raw`said|says|was|were|had|has|have|did|ago|last|earlier|since|[a-z]+ed|${IRREGULAR_PAST}`;

const CUE = new RegExp(`\\b(?:(${FUTURE})|(${PAST}))\\b`, 'gi');

/** Words ending in -ed that are no past verb, and names ("United"). */
const NOT_PAST = /^(?:need|indeed|speed|seed|feed|breed|hundred|red|bed|shed|wed|sacred|naked|wicked)$/i;

function isPastVerb(word: string): boolean {
	return !(/ed$/i.test(word) && (/^[A-Z]/.test(word) || NOT_PAST.test(word)));
}

/** How far, in characters, a cue may be from the words. */
const REACH = 120;

/**
 * The tense of the clause around offset `at` of `sentence`: the nearest tense cue before
 * the words (within the clause), else the nearest after them; past when there is none.
 */
export function tenseAt(sentence: string, at: number, length = 0): Tense {
	let left: Tense | undefined;
	let leftWord = '';
	let leftAt = 0;
	let right: Tense | undefined;
	let rightWord = '';
	let rightAt = 0;
	CUE.lastIndex = 0;
	const from = Math.max(0, at - REACH);
	for (let m = CUE.exec(sentence); m; m = CUE.exec(sentence)) {
		if ((m[2] && !isPastVerb(m[2])) || m[0] === 'May') continue;
		// A participle after "is" or "are" is a present passive: "when the case is heard in May".
		// So is one after "will be" or "would be": "would still be held on April 24".
		const before = sentence.slice(Math.max(0, m.index - 24), m.index);
		const passive = m[2] !== undefined && (/\b(?:is|are|am)\s+$/i.test(before) || /\b(?:will|would|shall|to)(?:\s+\w+)?\s+be\s+$/i.test(before));
		const future = m[1] !== undefined || passive;
		if (m.index + m[0].length <= at && m.index >= from) {
			left = future ? 'future' : 'past';
			leftWord = m[0].toLowerCase();
			leftAt = m.index;
		}
		else if (m.index >= at + length && m.index <= at + length + REACH) {
			// A date before "planned" or "scheduled" dates the planning, which is past.
			right = future && !/^(?:planned|scheduled|expected to|intended to)$/i.test(m[0]) ? 'future' : 'past';
			rightWord = m[0].toLowerCase();
			rightAt = m.index;
			break;
		}
	}
	// "Until Thursday, they had not called him a suspect": looking back from a past perfect.
	if ((leftWord === 'until' || leftWord === 'till') && rightWord === 'had') return 'past';
	// "A service planned for Saturday was canceled": a participle after its noun names the
	// plan, and the clause's verb right after the date says whether it lies ahead. Not so in
	// "Protesters planned a march on Saturday and were planning...", where "planned" is the verb.
	if (right && /^\s*$/.test(sentence.slice(at + length, rightAt)) && /^(?:planned|scheduled)$/.test(leftWord) && !/\bto\b/i.test(sentence.slice(leftAt, at)) && !/\b(?:is|are|was|were|be|been|being|has|have|had|and|or)\s+$/i.test(sentence.slice(Math.max(0, leftAt - 8), leftAt))) return right;
	return left ?? right ?? 'past';
}
