// Makes sure the end-to-end tests have a Chromium to drive, without downloading a browser
// build (which these machines cannot fetch): CHROMIUM_PATH if set, else Debian's chromium,
// installed with apt-get when we are root on Debian, else Playwright's own browser if present.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

if (existsSync(wanted)) {
	process.exit(0);
}
if (!process.env.CHROMIUM_PATH && isRoot && isDebian) {
	console.log('Installing Debian chromium for the end-to-end tests…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit'
	});
	process.exit(0);
}
console.log(
	`No Chromium at ${wanted}; the end-to-end tests will use Playwright's own browser ` +
		'(install it with `npx playwright install chromium` where downloads are allowed).'
);
