import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * edtf reports a value's type as its class's name ("Date", "Interval"), which a minifier
 * renames. Rather than keep every function's name in the whole bundle (about 6 KiB gzipped),
 * each edtf class gets its name written out as a static `type`, which its own code then reads.
 */
function edtfTypeNames(): Plugin {
	return {
		name: 'edtf-type-names',
		transform(code, id) {
			if (!/[\\/]node_modules[\\/]edtf[\\/]src[\\/]\w+\.js$/.test(id)) return null;
			const out = code.replace(
				/^export class (\w+)( extends [\w.]+)? \{$/gm,
				(line, name: string) => `${line}\n  static get type() { return '${name}' }`
			);
			return out === code ? null : { code: out, map: null };
		}
	};
}

export default defineConfig({
	plugins: [edtfTypeNames(), sveltekit()],
	// Where `?data=` may load from, fixed when the site is built (docs/hosting.md).
	define: { __DATA_ORIGINS__: JSON.stringify(process.env.DATA_ORIGINS ?? '') },
	// The worker that prepares large datasets (src/lib/data/prepare.worker.ts) is an ES module,
	// so it can load edtf on demand as the page does.
	worker: { format: 'es', plugins: () => [edtfTypeNames()] },
	// Svelte's runtime and SvelteKit's client in one chunk: the first load is then three fewer
	// files (each a request before the page can start), and a release of the app alone leaves
	// the framework's chunk cached. The small modules that every page loads (the dates and words
	// of src/lib/time and src/lib/i18n with the English catalogue, not the other languages or the
	// tools' words; the layout choice and the early fetch, which the client's hooks read; the
	// items and their index) are one chunk too: seven fewer files and 1.8 KiB less gzip, which
	// compresses one file better than ten.
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{ name: 'framework', test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|clsx|esm-env)[\\/]/ },
						{ name: 'common', test: /src[\\/]lib[\\/](time[\\/]|i18n[\\/](?!messages[\\/](?!en\.ts))|components[\\/]layout-choice\.ts|data[\\/]early-fetch\.ts|timeline[\\/](item-index|range-tree|marks|items)\.ts)/ }
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/lib/test-setup.ts']
	}
});
