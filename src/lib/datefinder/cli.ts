/**
 * The command-line drafter, kept apart from the process so it can be tested: it takes the
 * arguments and the ways to read files and stdin and to write, and returns the exit status.
 *
 *     draft FILE --published EDTF [--title T] [--publication P] [--author A] [--url U] [--mentions]
 *     draft --jsonl < articles.jsonl      one {"id", "text", "published", "title"?} a line
 */
import { draftDataset, type DraftOptions } from './draft-dataset';
import { findDates } from './find-dates';
import { parseReference } from './reference';

/** What the drafter reads from and writes to. */
export interface CliIo {
	/** The text of a file; throws when it cannot be read. */
	readFile: (path: string) => string;
	/** All of standard input. */
	readStdin: () => Promise<string>;
	/** Writes to standard output and standard error (each call one or more whole lines). */
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

const VALUED = ['--published', '--title', '--publication', '--author', '--url'] as const;
const FLAGS = ['--mentions', '--jsonl'] as const;

type Parsed = { file?: string; values: Partial<Record<(typeof VALUED)[number], string>>; flags: Set<string> };

/** Reads the arguments, or says which one is wrong. */
function parseArgs(argv: string[]): Parsed | string {
	const parsed: Parsed = { values: {}, flags: new Set() };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		if ((VALUED as readonly string[]).includes(name)) {
			const value = inline ?? argv[++i];
			if (value === undefined || (inline === undefined && value.startsWith('--'))) return `${name} needs a value`;
			parsed.values[name as (typeof VALUED)[number]] = value;
		} else if ((FLAGS as readonly string[]).includes(name)) {
			parsed.flags.add(name);
		} else if (arg.startsWith('-')) {
			return `unknown option ${name} (options: ${[...VALUED, ...FLAGS].join(', ')})`;
		} else if (parsed.file !== undefined) {
			return `one file only, not both ${parsed.file} and ${arg}`;
		} else {
			parsed.file = arg;
		}
	}
	return parsed;
}

function json(value: unknown, indent?: number): string {
	return JSON.stringify(value, null, indent);
}

/** One line of JSON Lines input turned into one line of output; errors say the line. */
function draftLine(line: string, number: number): { out: string; error?: string } {
	let input: unknown;
	try {
		input = JSON.parse(line);
	} catch {
		return { out: json({ id: null, error: `line ${number}: not valid JSON` }), error: `line ${number}: not valid JSON` };
	}
	const record = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
	const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
	const fail = (message: string) => ({ out: json({ id, error: `line ${number}: ${message}` }), error: `line ${number}: ${message}` });
	if (id === null) return fail('"id" should be a string');
	if (typeof record.text !== 'string') return fail('"text" should be a string');
	if (typeof record.published !== 'string') return fail('"published" should be an EDTF day or interval');
	if (record.title !== undefined && typeof record.title !== 'string') return fail('"title" should be a string');
	try {
		const options: DraftOptions = { text: record.text, published: record.published };
		if (record.title !== undefined) options.title = record.title as string;
		const mentions = findDates(options);
		return { out: json({ id, mentions, dataset: draftDataset(options) }) };
	} catch (error) {
		return fail((error as Error).message);
	}
}

/**
 * Runs the drafter with `argv` (the arguments after the script name) and returns its exit
 * status: 0 on success, 1 when an input is wrong, 2 when the arguments are.
 */
export async function runDraftCli(argv: string[], io: CliIo): Promise<number> {
	const parsed = parseArgs(argv);
	if (typeof parsed === 'string') {
		io.stderr(`draft: ${parsed}\n`);
		return 2;
	}
	if (parsed.flags.has('--jsonl')) {
		if (parsed.file !== undefined) {
			io.stderr(`draft: --jsonl reads standard input, not the file ${parsed.file}\n`);
			return 2;
		}
		let status = 0;
		const lines = (await io.readStdin()).split(/\r?\n/);
		lines.forEach((line, index) => {
			if (line.trim() === '') return;
			const result = draftLine(line, index + 1);
			io.stdout(`${result.out}\n`);
			if (result.error) {
				io.stderr(`draft: stdin ${result.error}\n`);
				status = 1;
			}
		});
		return status;
	}
	if (parsed.file === undefined) {
		io.stderr('draft: give the article\'s text file, or --jsonl to read JSON Lines from standard input\n');
		return 2;
	}
	const published = parsed.values['--published'];
	if (published === undefined) {
		io.stderr('draft: --published is missing: give the publication date as an EDTF day or interval\n');
		return 2;
	}
	try {
		parseReference(published);
	} catch (error) {
		io.stderr(`draft: --published: ${(error as Error).message}\n`);
		return 2;
	}
	let text: string;
	try {
		text = io.readFile(parsed.file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
		io.stderr(`draft: cannot read ${parsed.file}: ${reason}\n`);
		return 1;
	}
	const options: DraftOptions = { text, published };
	const { '--title': title, '--publication': publication, '--author': author, '--url': url } = parsed.values;
	if (title !== undefined) options.title = title;
	if (publication !== undefined) options.publication = publication;
	if (author !== undefined) options.author = author;
	if (url !== undefined) options.url = url;
	const output = parsed.flags.has('--mentions') ? findDates(options) : draftDataset(options);
	io.stdout(`${json(output, 2)}\n`);
	return 0;
}
