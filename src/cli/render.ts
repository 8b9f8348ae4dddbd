/**
 * `npm run render -- FILE --out timeline.png [--width 1200] [--from --to] [--theme dark]`:
 * the timeline image of a dataset file, for a publishing pipeline (docs/render.md).
 */
import { resolve } from 'node:path';
import { render } from '../lib/export/render';

// npm runs scripts from the package folder; INIT_CWD is where the command was typed.
const base = process.env.INIT_CWD ?? process.cwd();
const report = await render(process.argv.slice(2), (path) => resolve(base, path));
for (const line of report.lines) (report.status ? console.error : console.log)(line);
process.exitCode = report.status;
