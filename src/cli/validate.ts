/**
 * `npm run validate -- FILE...`: checks dataset files against the format of
 * docs/data-format.md, with the app's own validator, and exits 1 when any is not valid.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { validateFiles } from '../lib/data/validate-files';

// npm runs scripts from the package folder; INIT_CWD is where the command was typed.
const base = process.env.INIT_CWD ?? process.cwd();
const report = await validateFiles(process.argv.slice(2), (path) => readFile(resolve(base, path), 'utf8'));
for (const line of report.lines) console.log(line);
process.exitCode = report.status;
