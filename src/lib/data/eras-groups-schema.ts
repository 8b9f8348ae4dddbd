/**
 * A dataset's eras (labelled spans drawn behind the events) and groups (rows of events),
 * docs/data-format.md. Eras come out with their first and last day, like events.
 */
import * as v from 'valibot';
import { edtfRange } from '../time/edtf';
import { Day, EdtfDate, endFits, endMessage, Id, startFits, startMessage, Text } from './fields';

/** An era: a labelled span of time behind the events ("Operation Enduring Freedom"). */
export const EraSchema = v.pipe(
	v.strictObject({
		/** A URL-safe slug, unique among the eras. */
		id: Id,
		/** Its name, drawn on its band. */
		title: Text,
		/** The span as EDTF, usually an interval: "2001-10-07/2014-12-28". */
		date: EdtfDate,
		/** A sentence about it, read by screen readers and shown as the band's tooltip. */
		note: v.optional(Text),
		/** Its first day, YYYY-MM-DD; computed when absent. */
		start: v.optional(Day),
		/** Its last day, YYYY-MM-DD; computed when absent. */
		end: v.optional(Day)
	}),
	v.forward(v.partialCheck([['date'], ['start']], startFits, startMessage), ['start']),
	v.forward(v.partialCheck([['date'], ['end']], endFits, endMessage), ['end']),
	v.transform((era) => ({ ...era, ...edtfRange(era.date) }))
);

/** A group: one row of the timeline. */
export const GroupSchema = v.strictObject({
	/** A URL-safe slug, unique among the groups; events name it in `group`. */
	id: Id,
	/** The row's label. */
	title: Text
});

/** The id of a group; the dataset-level check says whether the group exists. */
export const GroupRef = Id;

type Loose = Record<string, unknown>;
const isLoose = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reports each event whose `group` is not the id of one of the dataset's `groups`, at that
 * event's `group`. Reads the dataset defensively, since it runs when other fields are broken.
 */
export function knownGroups<T>() {
	return v.rawCheck<T>(({ dataset, addIssue }) => {
		const value: unknown = dataset.value;
		if (!isLoose(value) || !Array.isArray(value.events)) return;
		const groups: unknown[] = Array.isArray(value.groups) ? value.groups : [];
		const ids = new Set(groups.flatMap((g) => (isLoose(g) && typeof g.id === 'string' ? [g.id] : [])));
		const known = [...ids].map((id) => `"${id}"`).join(', ');
		const events: unknown[] = value.events;
		events.forEach((event, index) => {
			if (!isLoose(event) || typeof event.group !== 'string' || ids.has(event.group)) return;
			addIssue({
				message: `"${event.group}" is not the id of a group in this dataset (${known || 'it has no "groups"'})`,
				path: [
					{ type: 'object', origin: 'value', input: value, key: 'events', value: events },
					{ type: 'array', origin: 'value', input: events, key: index, value: event },
					{ type: 'object', origin: 'value', input: event, key: 'group', value: event.group }
				]
			});
		});
	});
}
