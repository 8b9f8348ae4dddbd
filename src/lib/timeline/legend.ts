/** What each kind of mark means, as the legend under the timeline and in its images says it. */
export const LEGEND = {
	point: 'a day',
	bar: 'a month',
	band: 'a year or a vaguer date',
	record: 'the public record’s date',
	cluster: 'several events'
} as const;
