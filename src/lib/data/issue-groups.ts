/**
 * Problems grouped by kind, for people to read. Its own module, without the validator, so a
 * page that shows problems does not load the validator for it.
 */
import type { DatasetIssue } from './schema';

/** Problems of one kind: the message, the first few paths and how many there are in all. */
export interface IssueGroup {
	/** What is wrong ("is missing"). */
	message: string;
	/** The first few places it is wrong. */
	paths: string[];
	/** How many places in all. */
	count: number;
}

/**
 * Groups problems by kind, keeping the first `keep` paths of each, so 20,000 events missing a
 * title read as one line ("is missing: events[0].title, … and 19,997 more"), not 20,000.
 * The kind is the message with the path's indexes and quoted values taken out.
 */
export function groupIssues(issues: readonly DatasetIssue[], keep = 3): IssueGroup[] {
	const groups = new Map<string, IssueGroup>();
	for (const { path, message } of issues) {
		const kind = `${path.replace(/\[\d+\]/g, '[]')}\u0000${message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"')}`;
		let group = groups.get(kind);
		if (!group) groups.set(kind, (group = { message, paths: [], count: 0 }));
		if (group.paths.length < keep) group.paths.push(path || 'dataset');
		group.count += 1;
	}
	return [...groups.values()];
}
