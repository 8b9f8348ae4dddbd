import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium when present; otherwise Playwright's own browser (macOS, Windows). */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

/** Ports of the app and of the host page; E2E_PORT moves both, so two checkouts can test at once. */
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOST_PORT = APP_PORT + 1;

export default defineConfig({
	testDir: './e2e',
	outputDir: './.artifacts/results',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${APP_PORT}`,
		launchOptions: { executablePath },
		trace: 'retain-on-failure'
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath } } }],
	webServer: [
		{
			// The production build, as it is deployed, allowed to load `?data=` from the host
			// page's origin (DATA_ORIGINS is read when the site is built, so it is built here).
			command: `npx vite build && npx vite preview --port ${APP_PORT} --strictPort --host 127.0.0.1`,
			env: { DATA_ORIGINS: `http://localhost:${HOST_PORT}` },
			cwd: '..',
			url: `http://127.0.0.1:${APP_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			// A newsroom page on another origin that embeds the timeline with the snippet.
			command: `node tools/host-server.mjs ${HOST_PORT} ${APP_PORT}`,
			url: `http://localhost:${HOST_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
