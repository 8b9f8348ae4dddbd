import { withEdtf } from '../time/edtf';
import { jsonProblem } from './json-problem';
import { validateDataset } from './schema';

/** What checking some files found: one line per problem or valid file, and the exit status. */
export interface FilesReport {
	/** `file.json: events[3].date: "2021-02-30" is not a valid date`, `file.json: valid (9 events)`. */
	lines: string[];
	/** 0 when every file is a valid dataset, 1 when any is invalid or unreadable. */
	status: 0 | 1;
}

/** Reads a file as text; rejects when it cannot (a missing file, say). */
export type ReadText = (path: string) => Promise<string>;

/** Why text is not JSON, with the line and column where it first goes wrong. */
function jsonProblemLine(text: string, error: Error): string {
	const { what, line, column } = jsonProblem(text, error);
	return `is not valid JSON: ${what} at line ${line}, column ${column}`;
}

/** Why a file could not be read, in plain words (Node's error codes, else its message). */
function readProblem(error: unknown): string {
	const code = (error as { code?: string }).code;
	if (code === 'ENOENT') return 'cannot be read: there is no such file';
	if (code === 'EISDIR') return 'cannot be read: it is a folder';
	if (code === 'EACCES') return 'cannot be read: permission denied';
	return `cannot be read: ${(error as Error).message}`;
}

/** Checks one file: its problems, or that it is valid with how many events. */
async function checkFile(path: string, read: ReadText): Promise<{ lines: string[]; valid: boolean }> {
	let text: string;
	try {
		text = await read(path);
	} catch (error) {
		return { lines: [`${path}: ${readProblem(error)}`], valid: false };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { lines: [`${path}: ${jsonProblemLine(text, error as Error)}`], valid: false };
	}
	const result = await withEdtf(() => validateDataset(json));
	if (!result.ok) {
		return { lines: result.issues.map(({ path: at, message }) => `${path}: ${at || 'dataset'}: ${message}`), valid: false };
	}
	const count = result.dataset.events.length;
	return { lines: [`${path}: valid (${count} ${count === 1 ? 'event' : 'events'})`], valid: true };
}

/**
 * Validates dataset files as the app does, for `npm run validate -- FILE...`: every
 * problem of every file with its path, or that the file is valid. A file that cannot be
 * read or is not JSON says so (with line and column).
 */
export async function validateFiles(paths: readonly string[], read: ReadText): Promise<FilesReport> {
	if (paths.length === 0) return { lines: ['Usage: npm run validate -- FILE.json...'], status: 1 };
	const lines: string[] = [];
	let status: 0 | 1 = 0;
	for (const path of paths) {
		const checked = await checkFile(path, read);
		lines.push(...checked.lines);
		if (!checked.valid) status = 1;
	}
	return { lines, status };
}
