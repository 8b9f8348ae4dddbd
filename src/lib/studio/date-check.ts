import { describeDate, edtfRange } from '../timeline/dates';

/** What a date field says under itself as it is typed: the date's meaning, or what is wrong. */
export type DateCheck = { ok: true; meaning: string } | { ok: false; problem: string } | { ok: true; meaning: '' };

/**
 * Checks an EDTF date as it is typed: blank says nothing, a valid date gives its meaning in
 * plain words ("late 2001"), anything else the reason it is not one.
 */
export function checkDate(value: string): DateCheck {
	const date = value.trim();
	if (date === '') return { ok: true, meaning: '' };
	try {
		const { start, end } = edtfRange(date);
		const meaning = describeDate(date);
		return { ok: true, meaning: start === end || meaning.includes(start) ? meaning : `${meaning} (${start} to ${end})` };
	} catch (error) {
		return { ok: false, problem: (error as Error).message };
	}
}
