// A stand-in newsroom page on another origin, for the embed tests.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port = '4174', appPort = '4173'] = process.argv.slice(2);
const page = () =>
	readFileSync(new URL('../fixtures/host.html', import.meta.url), 'utf8').replaceAll('{{APP}}', `http://127.0.0.1:${appPort}`);

createServer((req, res) => {
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	res.end(page());
}).listen(Number(port), 'localhost');
