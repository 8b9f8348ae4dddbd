import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Where `?data=` may load from, fixed when the site is built (docs/hosting.md).
	define: { __DATA_ORIGINS__: JSON.stringify(process.env.DATA_ORIGINS ?? '') },
	build: {
		// edtf reports a value's type as its class name ("Date", "Interval"); without this the
		// bundler renames the class that shadows the global Date to "Date$1" and every date
		// looks vaguer than it is.
		rolldownOptions: { output: { keepNames: true } }
	},
	// The worker that prepares large datasets (src/lib/data/prepare.worker.ts) is an ES module,
	// so it can load edtf on demand as the page does; the same names are kept for edtf.
	worker: { format: 'es', rolldownOptions: { output: { keepNames: true } } },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/lib/test-setup.ts']
	}
});
