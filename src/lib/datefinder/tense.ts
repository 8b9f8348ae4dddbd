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

const FUTURE = String.raw`will|won't|shall|'ll|’ll|going to|is to|are to|was to|were to|scheduled|schedules|expected to|expects to|plans? to|planned|planning|set to|due to|upcoming|intends? to|intended to|hopes? to|aims? to|would|could|might|may|should|must|as soon as|until|till|is|are|deadline|begins|starts|opens|tomorrow`;
const PAST = String.raw`said|says|was|were|had|has|have|did|told|went|came|took|gave|made|began|left|held|met|ago|last|earlier|since|fell|rose|won|lost|saw|got|found|became|wrote|sent|ran|shot|hit|struck|[a-z]+ed`;

const CUE = new RegExp(`\\b(?:(${FUTURE})|(${PAST}))\\b`, 'gi');

/** Words ending in -ed that are no past verb, and names ("United"). */
const NOT_PAST = /^(?:need|indeed|speed|seed|feed|breed|hundred|red|bed|shed|wed|sacred|naked|wicked)$/i;

function isPastVerb(word: string): boolean {
	return !(/ed$/i.test(word) && (/^[A-Z]/.test(word) || NOT_PAST.test(word)));
}

/** How far, in characters, a cue may be from the words. */
const REACH = 90;

/**
 * The tense of the clause around offset `at` of `sentence`: the nearest tense cue before
 * the words (within the clause), else the nearest after them; past when there is none.
 */
export function tenseAt(sentence: string, at: number, length = 0): Tense {
	let left: Tense | undefined;
	let right: Tense | undefined;
	CUE.lastIndex = 0;
	const from = Math.max(0, at - REACH);
	for (let m = CUE.exec(sentence); m; m = CUE.exec(sentence)) {
		if ((m[2] && !isPastVerb(m[2])) || m[0] === 'May') continue;
		if (m.index + m[0].length <= at && m.index >= from) left = m[1] ? 'future' : 'past';
		else if (m.index >= at + length && m.index <= at + length + REACH) {
			// A date before "planned" or "scheduled" dates the planning, which is past.
			right = m[1] && !/^(?:planned|scheduled|expected to|intended to)$/i.test(m[1]) ? 'future' : 'past';
			break;
		}
	}
	return left ?? right ?? 'past';
}
