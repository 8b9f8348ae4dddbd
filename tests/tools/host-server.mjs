// Stand-in newsroom pages on another origin, for the embed tests. Each page is a fixture in
// tests/fixtures with {{APP}} replaced by the app's origin:
//   /              an article that embeds the timeline with the snippet, logs its messages,
//                  and holds "another window" (/sibling.html) that tries to talk to it
//   /sibling.html  that other window
//   /twice.html    the loader included twice, two placeholders and a second, plain embed
//   /raw.html      a plain iframe with a Pym.js child id, logging every raw message
//   /frames.html   a parent using @newswire/frames itself, as newsrooms do
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port = '4174', appPort = '4173'] = process.argv.slice(2);
const app = `http://127.0.0.1:${appPort}`;

const pages = {
	'/': 'host.html',
	'/sibling.html': 'sibling.html',
	'/twice.html': 'twice.html',
	'/raw.html': 'raw.html',
	'/frames.html': 'frames.html'
};
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8').replaceAll('{{APP}}', app);

createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://localhost').pathname;
	if (path === '/vendor/frames.umd.js') {
		res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
		res.end(readFileSync(new URL('../../node_modules/@newswire/frames/dist/frames.umd.js', import.meta.url)));
		return;
	}
	const name = pages[path];
	if (!name) {
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('Not found');
		return;
	}
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	res.end(fixture(name));
}).listen(Number(port), 'localhost');
