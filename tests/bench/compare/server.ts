/**
 * The two local origins of the comparison: one serves the pages (the built app, the anchors'
 * adapter pages and the anchors' files from node_modules), the other the datasets, readable by
 * other origins, so every system fetches its data across origins the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_PORT = 4193;
export const DATA_PORT = 4194;
export const PAGES = `http://127.0.0.1:${PAGES_PORT}`;
export const DATA = `http://127.0.0.1:${DATA_PORT}`;
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject',
	'.txt': 'text/plain; charset=utf-8'
};

/** Every file under `dir`, keyed by `prefix` + its path relative to `dir`. */
export function readTree(dir: string, prefix: string, files = new Map<string, Buffer>()): Map<string, Buffer> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) readTree(path, `${prefix}${name}/`, files);
		else files.set(`${prefix}${name}`, readFileSync(path));
	}
	return files;
}

/**
 * Every file of `build/`, read once. Built first, once per process, with DATA_ORIGINS=* so
 * that the pages may load the benchmark's datasets from their own port (another origin).
 */
let built = false;
export function readBuild(): Map<string, Buffer> {
	const build = join(ROOT, 'build');
	if (!built) {
		console.log('Building the site with DATA_ORIGINS=* for the benchmark.');
		const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, DATA_ORIGINS: '*' } });
		if (result.status !== 0) throw new Error('`npx vite build` failed');
		built = true;
	}
	return readTree(build, '/');
}

/**
 * Serves `files` from memory as a static host does: `/` is index.html, `/embed` embed.html.
 * With `cors`, any origin may read them.
 */
export function staticServer(files: Map<string, Buffer | string>, cors = false): Server {
	const headers = cors ? { 'access-control-allow-origin': '*' } : {};
	return createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', PAGES).pathname);
		const name = [path === '/' ? '/index.html' : path, `${path}.html`].find((p) => files.has(p));
		if (!name) {
			res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('Not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream', ...headers });
		res.end(files.get(name));
	});
}

export function listen(server: Server, port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
}

export function close(server: Server): Promise<void> {
	return new Promise((resolve) => {
		server.close(() => resolve());
		server.closeAllConnections();
	});
}
