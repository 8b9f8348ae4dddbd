/**
 * Drafts a timeline dataset from an article's text: `npm run draft -- FILE --published EDTF`.
 * See src/lib/datefinder/cli.ts for the options; this file only connects it to the process.
 */
import { readFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { runDraftCli } from '../lib/datefinder/cli';

process.exitCode = await runDraftCli(process.argv.slice(2), {
	readFile: (path) => readFileSync(path, 'utf8'),
	readStdin: () => text(process.stdin),
	stdout: (chunk) => process.stdout.write(chunk),
	stderr: (chunk) => process.stderr.write(chunk)
});
