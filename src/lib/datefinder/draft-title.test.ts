import { describe, expect, it } from 'vitest';
import { draftTitle } from './draft-title';

/** The title of `sentence` without the date words `words`. */
function titleOf(sentence: string, words: string): string {
	const start = sentence.indexOf(words);
	return draftTitle(sentence, start, start + words.length);
}

describe('draftTitle', () => {
	it.each([
		['The New York Times said in an editorial on Monday, Oct. 26:', 'Monday, Oct. 26', 'The New York Times said in an editorial'],
		['On Feb. 29, 2020, the United States signed a deal with the Taliban in Doha.', 'Feb. 29, 2020', 'The United States signed a deal with the Taliban…'],
		['The agreement of 29 February 2020 was signed in Doha.', '29 February 2020', 'The agreement was signed in Doha'],
		['Troops have been there since 2001, officials say.', '2001', 'Troops have been there, officials say'],
		['But in April, Biden ordered the withdrawal.', 'April', 'Biden ordered the withdrawal'],
		['Meantime, FBI agents assigned to the case searched the house on Friday.', 'Friday', 'FBI agents assigned to the case searched the house'],
		// A preposition that is part of another word or phrase stays.
		['The talks began in earnest Tuesday.', 'Tuesday', 'The talks began in earnest']
	])('%s without "%s" is "%s"', (sentence, words, title) => {
		expect(titleOf(sentence, words)).toBe(title);
	});

	it('is "Event" when the sentence is only its date', () => {
		expect(titleOf('On May 1.', 'May 1')).toBe('Event');
	});
});
