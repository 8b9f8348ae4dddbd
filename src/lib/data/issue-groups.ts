/**
 * Problems grouped by kind for people to read: 20,000 events missing a title make one line,
 * "events[].title is missing: events[0], events[1], events[2] and 19,997 more", not 20,000.
 */
import type { DatasetIssue } from './schema';

/** Problems of one kind: the same message at the same field of different items. */
export interface IssueGroup {
	/** The field, with list positions left out: `events[].title`, `article.published`. */
	field: string;
	/** The message, as the first problem of the group gives it. */
	message: string;
	/** The first few paths. */
	paths: string[];
	/** How many more paths the group has. */
	more: number;
}

/** A message with its quoted values left out, so `"2021-02-30" is not a valid date` groups with others. */
const kindOf = (message: string) => message.replace(/"(?:[^"\\]|\\.)*"/g, '""');

/** Groups `issues` by field and kind of message, in order of first appearance, with `shown` paths each. */
export function groupIssues(issues: readonly DatasetIssue[], shown = 3): IssueGroup[] {
	const groups = new Map<string, IssueGroup>();
	for (const { path, message } of issues) {
		const field = path.replace(/\[\d+\]/g, '[]') || 'dataset';
		const key = `${field}\u0000${kindOf(message)}`;
		let group = groups.get(key);
		if (!group) {
			group = { field, message, paths: [], more: 0 };
			groups.set(key, group);
		}
		// A group of one kind keeps its own message; a mixed group says only the kind.
		else if (group.message !== message) group.message = kindOf(message).replace(/""/g, '…');
		if (group.paths.length < shown) group.paths.push(path || 'dataset');
		else group.more++;
	}
	return [...groups.values()];
}

/** A group as one line: `events[].title is missing: events[0], events[1] and 3 more`. */
export function describeGroup(group: IssueGroup): string {
	const count = group.paths.length + group.more;
	if (count === 1) return `${group.paths[0]}: ${group.message}`;
	const more = group.more > 0 ? ` and ${group.more.toLocaleString('en-US')} more` : '';
	return `${group.field}: ${group.message} (${group.paths.join(', ')}${more})`;
}
