import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edtfRange } from '../timeline/dates';
import { findDates } from './find-dates';
import { asTimeml } from './timeml-score';

/** [sentence, publication, the words, EDTF, from, to] */
type Row = [string, string, string, string, string, string];

function only(text: string, published: string, words: string) {
	const mentions = findDates({ text, published });
	const mention = mentions.find((m) => m.text === words);
	if (!mention) throw new Error(`no mention "${words}" in ${JSON.stringify(mentions.map((m) => m.text))}`);
	return mention;
}

const DAYS: Row[] = [
	['The deal was signed on February 29, 2020, in Doha.', '2021-05-18', 'February 29, 2020', '2020-02-29', '2020-02-29', '2020-02-29'],
	['The deal was signed on 29 February 2020 in Doha.', '2021-05-18', '29 February 2020', '2020-02-29', '2020-02-29', '2020-02-29'],
	['The deal was signed on Feb. 29 in Doha.', '2020-03-10', 'Feb. 29', '2020-02-29', '2020-02-29', '2020-02-29'],
	['The towers fell on Sept. 11, 2001.', '2021-05-18', 'Sept. 11, 2001', '2001-09-11', '2001-09-11', '2001-09-11'],
	['The file is dated 2020-02-29.', '2021-05-18', '2020-02-29', '2020-02-29', '2020-02-29', '2020-02-29'],
	['The ceasefire, agreed on 12 March, collapsed.', '2017-10-17', '12 March', '2017-03-12', '2017-03-12', '2017-03-12'],
	['A ceremony would still be held on April 24.', '1999-02-10', 'April 24', '1999-04-24', '1999-04-24', '1999-04-24'],
	['The strike came on Nov. 25.', '2000-01-15', 'Nov. 25', '1999-11-25', '1999-11-25', '1999-11-25'],
	['The summit will open on March 12.', '1999-02-16', 'March 12', '1999-03-12', '1999-03-12', '1999-03-12'],
	['Leap day without a year stays in a leap year: Feb. 29 was quiet.', '2021-03-02', 'Feb. 29', '2020-02-29', '2020-02-29', '2020-02-29'],
	['The ceremony was held on Thanksgiving Day.', '2000-01-06', 'Thanksgiving Day', '1999-11-25', '1999-11-25', '1999-11-25'],
	['Crowds prayed as Easter week began.', '2000-04-17', 'Easter week', '2000-04-17/2000-04-23', '2000-04-17', '2000-04-23'],
	['The summit meets on April 24 and 25.', '1999-02-10', '25', '1999-04-25', '1999-04-25', '1999-04-25'],
	['The case is heard the week of March 6.', '2000-02-24', 'the week of March 6', '2000-03-06/2000-03-12', '2000-03-06', '2000-03-12'],
	['The 9/11 attacks changed the war.', '2021-06-10', '9/11', '2001-09-11', '2001-09-11', '2001-09-11'],
	['The Sept. 11 attacks killed nearly 3,000 people.', '2021-06-10', 'Sept. 11', '2001-09-11', '2001-09-11', '2001-09-11'],
	['The deadline is Sept. 11, officials said.', '2021-06-10', 'Sept. 11', '2021-09-11', '2021-09-11', '2021-09-11'],
	['He called the day before last Tuesday’s hearing.', '2000-02-24', 'the day before last Tuesday’s', '2000-02-21', '2000-02-21', '2000-02-21']
];

const UNITS: Row[] = [
	['As of February 2021, the capitals were surrounded.', '2021-05-18', 'February 2021', '2021-02', '2021-02-01', '2021-02-28'],
	['The operation ended in 2015.', '2021-05-18', '2015', '2015', '2015-01-01', '2015-12-31'],
	['Sales rose in the spring of 1998.', '2000-01-01', 'the spring of 1998', '1998-03/1998-05', '1998-03-01', '1998-05-31'],
	['Profits fell in the third quarter.', '1998-10-20', 'the third quarter', '1998-35', '1998-07-01', '1998-09-30'],
	['Sales in Q3 2019 rose.', '2021-05-18', 'Q3 2019', '2019-35', '2019-07-01', '2019-09-30'],
	['Profits fell in the first half of 1998.', '2000-01-01', 'the first half of 1998', '1998-40', '1998-01-01', '1998-06-30'],
	['The talks stalled last week.', '2021-05-19', 'last week', '2021-05-10/2021-05-16', '2021-05-10', '2021-05-16'],
	['The talks resumed this week.', '2021-05-19', 'this week', '2021-05-17/2021-05-23', '2021-05-17', '2021-05-23'],
	['Crime fell in the 1990s.', '2021-05-18', 'the 1990s', '199X', '1990-01-01', '1999-12-31'],
	['Crime rose in the late 1970s.', '2021-05-18', 'the late 1970s', '1977~/1979~', '1977-01-01', '1979-12-31'],
	['Cities grew in the 20th century.', '2021-05-18', 'the 20th century', '19XX', '1900-01-01', '1999-12-31'],
	['Through the 1960s and ’70s the city grew.', '2021-05-18', '’70s', '197X', '1970-01-01', '1979-12-31'],
	['The plan covers 2021-2025.', '2021-05-18', '2021-2025', '2021/2025', '2021-01-01', '2025-12-31'],
	['The river rose between March and May.', '2021-05-18', 'March', '2021-03', '2021-03-01', '2021-03-31'],
	['The post-1959 politics split families.', '2000-02-24', '1959', '1959', '1959-01-01', '1959-12-31'],
	['Pre-1990 buildings need permits.', '2000-02-24', '1990', '1990', '1990-01-01', '1990-12-31']
];

/** A range's two ends: the first takes the year the other writes; days in one range are one span. */
const RANGES: Row[] = [
	['Schools were shut from March to May 2020.', '2021-06-10', 'March', '2020-03', '2020-03-01', '2020-03-31'],
	['Prices fell between March and May 2020.', '2021-06-10', 'March', '2020-03', '2020-03-01', '2020-03-31'],
	['Nothing moved in March–May 2020.', '2021-06-10', 'March', '2020-03', '2020-03-01', '2020-03-31'],
	['The roads froze from December to February 2019.', '2021-06-10', 'December', '2018-12', '2018-12-01', '2018-12-31'],
	['From January through April 2018, the mine was closed.', '2021-06-10', 'January', '2018-01', '2018-01-01', '2018-01-31'],
	['Protests spread between Jan. 4 and Feb. 2, 2017.', '2021-06-10', 'Jan. 4', '2017-01-04', '2017-01-04', '2017-01-04'],
	['Talks were held on May 1 and 2, 2020.', '2021-06-10', 'May 1', '2020-05-01', '2020-05-01', '2020-05-01'],
	['The festival ran from June 3 to June 5, 2019.', '2021-06-10', 'June 3 to June 5, 2019', '2019-06-03/2019-06-05', '2019-06-03', '2019-06-05'],
	['It ran June 3-5, 2019.', '2021-06-10', 'June 3-5, 2019', '2019-06-03/2019-06-05', '2019-06-03', '2019-06-05'],
	['The summit met from 3 to 5 March 2019.', '2021-06-10', '3 to 5 March 2019', '2019-03-03/2019-03-05', '2019-03-03', '2019-03-05'],
	['The rally ran Dec. 30 to Jan. 2, 2020.', '2021-06-10', 'Dec. 30 to Jan. 2, 2020', '2019-12-30/2020-01-02', '2019-12-30', '2020-01-02'],
	// A sentence that has written a year tells its story from there, unless the clause looks ahead.
	['In April 2021, Biden ordered the withdrawal by September 11.', '2021-06-10', 'September 11', '2021-09-11', '2021-09-11', '2021-09-11'],
	['In November 2019 the army pulled back, and in February it returned.', '2021-06-10', 'February', '2020-02', '2020-02-01', '2020-02-29'],
	['Invited in Madrid in July 1997, they will join NATO on March 12.', '1999-02-27', 'March 12', '1999-03-12', '1999-03-12', '1999-03-12'],
	// Not a range: each month keeps its own reading.
	['In December and January, the roads froze.', '2021-06-10', 'January', '2021-01', '2021-01-01', '2021-01-31']
];

const RELATIVE: Row[] = [
	['On Mon., May 3, it ended.', '2021-06-10', 'Mon., May 3', '2021-05-03', '2021-05-03', '2021-05-03'],
	['This coming Monday, schools reopen.', '2021-06-10', 'This coming Monday', '2021-06-14', '2021-06-14', '2021-06-14'],
	['Last Friday, the army left.', '2021-06-10', 'Last Friday', '2021-06-04', '2021-06-04', '2021-06-04'],
	['This past weekend, it rained.', '2021-06-10', 'This past weekend', '2021-06-05/2021-06-06', '2021-06-05', '2021-06-06'],
	['The minister resigned Friday.', '2021-05-18', 'Friday', '2021-05-14', '2021-05-14', '2021-05-14'],
	['The minister will resign next Friday.', '2021-05-18', 'next Friday', '2021-05-21', '2021-05-21', '2021-05-21'],
	['The minister will meet them Friday.', '2021-05-18', 'Friday', '2021-05-21', '2021-05-21', '2021-05-21'],
	['The minister said Tuesday that he would stay.', '2021-05-18', 'Tuesday', '2021-05-18', '2021-05-18', '2021-05-18'],
	['Rebels attacked the town yesterday.', '2021-05-18', 'yesterday', '2021-05-17', '2021-05-17', '2021-05-17'],
	['The law passed two years ago.', '2021-05-18', 'two years ago', '2019', '2019-01-01', '2019-12-31'],
	['The talks began 11 days ago.', '1999-04-19', '11 days ago', '1999-04-08', '1999-04-08', '1999-04-08'],
	['The vote was held last May.', '2021-05-18', 'last May', '2020-05', '2020-05-01', '2020-05-31'],
	['Prices rose earlier this year.', '2021-05-18', 'earlier this year', '2021-01/2021-05', '2021-01-01', '2021-05-31'],
	['Prices rose this month.', '2021-05-18', 'this month', '2021-05', '2021-05-01', '2021-05-31'],
	['He ordered a withdrawal this year.', '2021-05-18/2021-05-30', 'this year', '2021', '2021-01-01', '2021-12-31'],
	['The capitals are now under threat.', '2021-05-18/2021-05-30', 'now', '2021-05-18/2021-05-30', '2021-05-18', '2021-05-30'],
	['The election was held in January.', '1998-10-25', 'January', '1998-01', '1998-01-01', '1998-01-31'],
	['The court will hear the case in May.', '2000-03-29', 'May', '2000-05', '2000-05-01', '2000-05-31'],
	['He may visit in the summer.', '2018-10-04', 'the summer', '2019-06/2019-08', '2019-06-01', '2019-08-31'],
	['Sales fell in the summer.', '2018-10-04', 'the summer', '2018-06/2018-08', '2018-06-01', '2018-08-31'],
	['The case is heard in May.', '2000-03-29', 'May', '2000-05', '2000-05-01', '2000-05-31'],
	['He lost the fight when the case was heard in May.', '2000-03-29', 'May', '1999-05', '1999-05-01', '1999-05-31'],
	['The bullet that could not be stopped tore through his window Friday night.', '1998-10-25', 'Friday night', '1998-10-23', '1998-10-23', '1998-10-23'],
	['She is scheduled to spend five hours on the ground in Dar es Salaam, Tanzania, her first stop Tuesday morning.', '1998-08-17', 'Tuesday morning', '1998-08-18', '1998-08-18', '1998-08-18'],
	['Until Thursday, they had not called him a suspect.', '1999-05-07', 'Thursday', '1999-05-06', '1999-05-06', '1999-05-06'],
	['Officials postponed until Tuesday morning any action.', '2000-03-30', 'Tuesday morning', '2000-04-04', '2000-04-04', '2000-04-04'],
	['The United States flew them home Thursday.', '2000-04-05', 'Thursday', '2000-03-30', '2000-03-30', '2000-03-30'],
	['They would look at Wednesday’s ruling.', '2000-01-07', 'Wednesday’s', '2000-01-05', '2000-01-05', '2000-01-05'],
	['On Friday, the government planned to pay the families.', '1998-09-30', 'Friday', '1998-09-25', '1998-09-25', '1998-09-25'],
	['The team planned to leave on Thursday.', '1998-09-30', 'Thursday', '1998-10-01', '1998-10-01', '1998-10-01'],
	['The team planned to leave on Thursday, officials said.', '1998-09-30', 'Thursday', '1998-10-01', '1998-10-01', '1998-10-01'],
	['A service planned at the university for Saturday was canceled.', '1999-10-24', 'Saturday', '1999-10-23', '1999-10-23', '1999-10-23'],
	['The vote scheduled for Tuesday will go ahead.', '1999-10-24', 'Tuesday', '1999-10-26', '1999-10-26', '1999-10-26'],
	['Protesters planned a march on Saturday and were planning more.', '2000-01-07', 'Saturday', '2000-01-08', '2000-01-08', '2000-01-08'],
	['Officials said the vote was scheduled for Tuesday.', '1999-10-24', 'Tuesday', '1999-10-26', '1999-10-26', '1999-10-26'],
	['NATO has decided to admit them in early March.', '1999-02-10', 'early March', '1999-03~', '1999-03-01', '1999-03-31']
];

const VAGUE: Row[] = [
	['The regime fell in late 2001.', '2021-05-18', 'late 2001', '2001-10~/2001-12~', '2001-10-01', '2001-12-31'],
	['The virus spread in early 2020.', '2021-05-18', 'early 2020', '2020-01~/2020-04~', '2020-01-01', '2020-04-30'],
	['The plant opened in mid-1996.', '2021-05-18', 'mid-1996', '1996-05~/1996-08~', '1996-05-01', '1996-08-31'],
	['The plant opened around 2010.', '2021-05-18', 'around 2010', '2010~', '2010-01-01', '2010-12-31'],
	['The plant closed at the end of 2014.', '2021-05-18', 'the end of 2014', '2014-11~/2014-12~', '2014-11-01', '2014-12-31'],
	['The storm hit in late November.', '2000-01-06', 'late November', '1999-11~', '1999-11-01', '1999-11-30'],
	['Analysts expect a ruling by the end of the year.', '2018-10-04', 'the end of the year', '2018-11~/2018-12~', '2018-11-01', '2018-12-31']
];

const SPANS: Row[] = [
	['For the past two decades, the war went on.', '2021-05-18/2021-05-30', 'For the past two decades', '2001~/2021-05-30', '2001-01-01', '2021-05-30'],
	['The mayor has served since 2014.', '2021-05-18', 'since 2014', '2014/2021-05-18', '2014-01-01', '2021-05-18'],
	['Prices rose over the past year.', '2021-05-18', 'over the past year', '2020-05/2021-05-18', '2020-05-01', '2021-05-18']
];

describe('findDates reads each form news uses, against its publication date', () => {
	for (const [name, rows] of Object.entries({ days: DAYS, 'months, years, seasons, quarters, halves, weeks, decades, centuries': UNITS, 'ranges, and the year a sentence has told': RANGES, 'weekdays and relative days': RELATIVE, 'vague words': VAGUE, 'spans to publication': SPANS })) {
		describe(name, () => {
			it.each(rows)('%s (published %s): "%s" is %s, %s to %s', (text, published, words, date, from, to) => {
				const mention = only(text, published, words);
				expect({ date: mention.date, from: mention.from, to: mention.to }).toEqual({ date, from, to });
			});
		});
	}
});

describe('findDates keeps what is not a date out', () => {
	it.each([
		['The forces of freedom are not on the march inside Afghanistan.'],
		['That may be the best-case scenario.'],
		['Al-Qaeda fights alongside the Taliban day in and day out.'],
		['It was a day that will live in infamy.'],
		['Bill says 17 of the 34 capitals are threatened, and 1500 troops and 2000 soldiers remain.'],
		['The fall of Kabul shocked the world.'],
		['May I ask a question?'],
		['The case is for today’s youth what the blockade was for their parents.'],
		['Police found Kopp’s 1987 Chevrolet in a lot.'],
		['They won 3/4 of the vote, and Flight 1549 landed on the river.'],
		['The March on Washington drew crowds.'],
		['The score was 12-1998 and the code is X-2004.']
	])('%s', (text) => {
		expect(findDates({ text, published: '2021-05-18' })).toEqual([]);
	});
});

describe('findDates reads anaphora from the date mentioned before', () => {
	const text = 'The deal was signed on Feb. 29, 2020. The same day, the troops left. Two days later, they were home.';
	const mentions = findDates({ text, published: '2021-05-18' });

	it('"the same day" is the earlier day, uncertain, and names the mention it leans on', () => {
		const same = mentions.find((m) => m.text === 'The same day')!;
		expect(same).toMatchObject({ date: '2020-02-29?', from: '2020-02-29', to: '2020-02-29', uncertain: true, anchor: 0 });
	});

	it('"two days later" counts from the mention before it', () => {
		const later = mentions.find((m) => m.text === 'Two days later')!;
		expect(later).toMatchObject({ date: '2020-03-02?', from: '2020-03-02', anchor: 1 });
	});

	it('"the same day that" a dateless event happened is the publication day, a guess', () => {
		const [mention] = findDates({ text: 'He testified the same day that the report was released.', published: '2021-05-18/2021-05-30' });
		expect(mention).toMatchObject({ text: 'the same day', date: '2021-05-18?', uncertain: true });
		expect(mention!.anchor).toBeUndefined();
	});

	it('"the year before" and "the year after" are the years either side of the one named', () => {
		const before = findDates({ text: 'Revenue fell to $3 million in 2015, from $4 million the year before.', published: '2021-05-18' });
		expect(before.map((m) => [m.text, m.from, m.to])).toEqual([['2015', '2015-01-01', '2015-12-31'], ['the year before', '2014-01-01', '2014-12-31']]);
		const after = findDates({ text: 'The mine closed in 2009. The year after, the town emptied.', published: '2021-05-18' });
		expect(after.map((m) => [m.text, m.from])).toEqual([['2009', '2009-01-01'], ['The year after', '2010-01-01']]);
		expect(findDates({ text: 'He left the year before the war.', published: '2021-05-18' })).toEqual([]);
	});

	it('"earlier in the day" is the day mentioned before', () => {
		const text = 'The storm hit on Oct. 3, 2017. Earlier in the day, crowds had fled.';
		expect(findDates({ text, published: '2018-01-01' })[1]).toMatchObject({ text: 'Earlier in the day', date: '2017-10-03?', anchor: 0 });
	});

	it('"a week later" than a day is a day', () => {
		const text = 'The deal was signed on March 3, 2020. A week later, troops left.';
		expect(findDates({ text, published: '2021-05-18' })[1]).toMatchObject({ date: '2020-03-10?', precision: 'day', anchor: 0 });
	});

	it('"the previous week" is the week before the earlier date, not before publication', () => {
		const text = 'Riots broke out on March 3, 2020. The previous week had been calm.';
		expect(findDates({ text, published: '2021-05-18' })[1]).toMatchObject({ text: 'The previous week', date: '2020-02-24?/2020-03-01?', from: '2020-02-24', to: '2020-03-01', anchor: 0 });
	});

	it('"that day" with no earlier day is no date', () => {
		expect(findDates({ text: 'They waited for years. That day has come.', published: '2021-05-18' })).toEqual([]);
	});
});

describe('findDates reads a dateline as the day the story was filed', () => {
	it('so "yesterday" counts from the dateline, and the dateline itself is a mention', () => {
		const text = 'NAIROBI, August 8 (Xinhua) -- The blast yesterday killed dozens.';
		const mentions = findDates({ text, published: '1998-08-10' });
		expect(mentions.map((m) => [m.text, m.date])).toEqual([
			['August 8', '1998-08-08'],
			['yesterday', '1998-08-07']
		]);
	});
});

describe('findDates keeps the date a span counts from', () => {
	it('"since 2014" is a span to publication, and names "2014" as its origin', () => {
		const text = 'He has ruled since 2014.';
		const [mention] = findDates({ text, published: '2021-05-18' });
		expect(mention).toMatchObject({ text: 'since 2014', date: '2014/2021-05-18' });
		expect(mention!.origin).toEqual({ start: 19, end: 23, date: '2014', from: '2014-01-01', to: '2014-12-31' });
		expect(text.slice(mention!.origin!.start, mention!.origin!.end)).toBe('2014');
		// TimeML annotates the origin alone; "since" is a signal outside the date.
		expect(asTimeml(mention!)).toMatchObject({ text: '2014', start: 19, end: 23, from: '2014-01-01', to: '2014-12-31' });
	});

	it('a span that is not counted from a date has no origin', () => {
		const [mention] = findDates({ text: 'For the past two decades, it grew.', published: '2021-05-18' });
		expect(mention!.origin).toBeUndefined();
		expect(asTimeml(mention!)).toBe(mention);
	});
});

/** [sentence, publication, the words, EDTF, from, to, the unit it is a part of: EDTF, from, to] */
const PARTS: [string, string, string, string, string, string, string, string, string][] = [
	['Sales slowed in early 1997.', '1999-03-12', 'early 1997', '1997-01~/1997-04~', '1997-01-01', '1997-04-30', '1997', '1997-01-01', '1997-12-31'],
	['The Taliban fell in late 2001.', '2021-05-18', 'late 2001', '2001-10~/2001-12~', '2001-10-01', '2001-12-31', '2001', '2001-01-01', '2001-12-31'],
	['Prices peaked in the middle of 1996.', '2021-05-18', 'the middle of 1996', '1996-05~/1996-08~', '1996-05-01', '1996-08-31', '1996', '1996-01-01', '1996-12-31'],
	['Talks resumed late last year.', '2021-05-18', 'late last year', '2020-10~/2020-12~', '2020-10-01', '2020-12-31', '2020', '2020-01-01', '2020-12-31'],
	['Disco peaked in the late 1970s.', '2021-05-18', 'the late 1970s', '1977~/1979~', '1977-01-01', '1979-12-31', '197X', '1970-01-01', '1979-12-31']
];

describe('findDates keeps the unit a vague part is of', () => {
	it.each(PARTS)('"%s" (published %s): "%s" is %s (%s to %s), a part of %s (%s to %s)', (text, published, words, date, from, to, unit, unitFrom, unitTo) => {
		const mention = only(text, published, words);
		expect(mention).toMatchObject({ date, from, to, partOf: { date: unit, from: unitFrom, to: unitTo } });
		// TimeML annotates the unit as the value and the part as a modifier (mod START, MID, END).
		expect(asTimeml(mention)).toMatchObject({ start: mention.start, end: mention.end, text: words, from: unitFrom, to: unitTo });
	});

	it('a whole unit, and a part of a month, which stays the month, name no unit', () => {
		expect(only('Sales slowed in 1997.', '1999-03-12', '1997').partOf).toBeUndefined();
		const month = only('Troops left in late November.', '1999-12-10', 'late November');
		expect(month).toMatchObject({ from: '1999-11-01', to: '1999-11-30' });
		expect(month.partOf).toBeUndefined();
	});
});

describe('findDates offsets', () => {
	it('slice back to the words, in UTF-16 units, past curly quotes and dashes', () => {
		const text = 'Afghanistan’s “capitals” — as of February 2021 — were surrounded; in late 2001 it fell.';
		for (const m of findDates({ text, published: '2021-05-18' })) expect(text.slice(m.start, m.end)).toBe(m.text);
		expect(findDates({ text, published: '2021-05-18' }).map((m) => m.text)).toEqual(['February 2021', 'late 2001']);
	});

	it('rejects a publication date that is not an EDTF day or interval', () => {
		expect(() => findDates({ text: 'Friday', published: '2021-02-30' })).toThrow(/should be an EDTF day/);
	});
});

const PIECES = [
	'Friday', 'last week', 'in late 2001', 'February 29, 2020', 'Feb. 29', 'the same day', 'two years ago',
	'since 2014', 'the 1990s', 'the third quarter', 'yesterday', 'on the march', 'may', 'Two days later',
	'the following week', 'around 2010', 'this year', 'now', '’', '“', '—', ' ', '. ', ', ', '\n\n', 'U.S. ', 'Rep. ', '1998', '17'
];

describe('findDates, on any text made of date words and noise', () => {
	it('gives mentions whose text is text.slice(start, end), with from <= to, agreeing with the EDTF date', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
				fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
				(pieces, day) => {
					const text = pieces.join(' ');
					const published = day.toISOString().slice(0, 10);
					for (const m of findDates({ text, published })) {
						expect(text.slice(m.start, m.end)).toBe(m.text);
						expect(m.from <= m.to).toBe(true);
						expect(edtfRange(m.date)).toEqual({ start: m.from, end: m.to });
					}
				}
			),
			{ seed: 20210518, numRuns: 300 }
		);
	});
});
