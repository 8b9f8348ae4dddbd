// Checks the gzipped JavaScript each built page loads first against its budget, so a change
// that drags a big module back into the first load fails the build's checks. Bytes, not time:
// speed is measured with `npm run bench`.
//
// Each page has a target (what the pages should load) and a ceiling (what they load today,
// rounded up): over the ceiling fails, between the two is reported as not met yet.
import { pageBytes } from './page-bytes.mjs';

const KIB = 1024;
export const BUDGETS = [
	{ page: 'embed.html', name: '/embed', target: 45 * KIB, ceiling: 84 * KIB },
	{ page: 'index.html', name: '/', target: 60 * KIB, ceiling: 85 * KIB }
];

const buildDir = process.argv[2] ?? 'build';
let failed = false;
for (const { page, name, target, ceiling } of BUDGETS) {
	const { gzip, scripts } = pageBytes(buildDir, page);
	const kib = (n) => `${(n / KIB).toFixed(1)} KiB`;
	const verdict = gzip > ceiling ? 'OVER THE CEILING' : gzip > target ? 'target not met yet' : 'within the target';
	console.log(`${name}: ${kib(gzip)} of gzipped JavaScript in ${scripts.length} files (target ${kib(target)}, ceiling ${kib(ceiling)}): ${verdict}`);
	if (gzip > ceiling) {
		failed = true;
		for (const s of [...scripts].sort((a, b) => b.gzip - a.gzip).slice(0, 5)) console.log(`  ${kib(s.gzip)}  ${s.href}`);
	}
}
if (failed) process.exit(1);
