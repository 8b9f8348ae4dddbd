import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * The origins `?data=` may load datasets from, chosen when the site is built
 * (docs/hosting.md): a comma-separated list, `*` for any; the site's own origin always.
 */
const dataOrigins = process.env.DATA_ORIGINS ?? '';
for (const entry of dataOrigins.split(',').map((e) => e.trim()).filter(Boolean)) {
	if (entry !== '*' && !/^https?:\/\/[^/]+$/.test(entry)) {
		throw new Error(`DATA_ORIGINS: "${entry}" is not an origin like https://news.example (nor *)`);
	}
}

export default defineConfig({
	plugins: [sveltekit()],
	define: { __DATA_ORIGINS__: JSON.stringify(dataOrigins) },
	build: {
		// edtf reports a value's type as its class name ("Date", "Interval"); without this the
		// bundler renames the class that shadows the global Date to "Date$1" and every date
		// looks vaguer than it is.
		rolldownOptions: { output: { keepNames: true } }
	},
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/lib/test-setup.ts']
	}
});
