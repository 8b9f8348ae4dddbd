// Stand-in newsroom pages on another origin, for the embed tests. Each page is a fixture in
// tests/fixtures with {{APP}} replaced by the app's origin:
//   /              an article that embeds the timeline with the snippet, logs its messages,
//                  and holds "another window" (/sibling.html) that tries to talk to it
//   /sibling.html  that other window
//   /twice.html    the loader included twice, two placeholders and a second, plain embed
//   /raw.html      a plain iframe with a Pym.js child id, logging every raw message
//   /frames.html   a parent using @newswire/frames itself, as newsrooms do
//   /later.html    empty and bad placeholders, and one added after the loader ran
// and datasets of other articles, for `?data=` (readable by other origins, CORS):
//   /data/other.json     a small valid dataset
//   /data/broken.json    the same with mistakes in it
//   /data/private.json   valid, but without CORS, so no other site may read it
//   /data/story.json     format 1.1, made from other.json: two articles of one story, an
//                        event from the second, and one that is not quoted from either
//   /data/no-text.json   format 1.1, other.json without the article's text
//   /data/one-bad.json   format 1.1, 20 events of which one has a day that does not exist
//   /data/page.json      an HTML page where the data should be
//   /data/cut.json       a body that breaks off half-way
//   /data/hang-once.json?key=…  never answers the first request for a key; answers the next
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port = '4174', appPort = '4173'] = process.argv.slice(2);
const app = `http://127.0.0.1:${appPort}`;

const pages = {
	'/': 'host.html',
	'/sibling.html': 'sibling.html',
	'/twice.html': 'twice.html',
	'/raw.html': 'raw.html',
	'/frames.html': 'frames.html',
	'/later.html': 'later.html'
};
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8').replaceAll('{{APP}}', app);

const other = () => JSON.parse(readFileSync(new URL('../fixtures/other-article.json', import.meta.url), 'utf8'));

/** Format 1.1: the bridge story told in two articles, and an event that neither quotes. */
function story() {
	const data = other();
	const follow = {
		id: 'follow-up',
		title: 'Work on the new bridge begins',
		publication: 'The Example Courier',
		published: '2025-04-02',
		text: 'Work on the new bridge begins\n\nBuilders arrived on April 1, 2025, a year after the vote.'
	};
	return {
		version: 1.1,
		articles: [{ id: 'gazette', ...data.article }, follow],
		events: [
			...data.events,
			{
				id: 'work-begins',
				title: 'Work begins',
				dateText: 'April 1, 2025',
				date: '2025-04-01',
				quotes: ['Builders arrived on April 1, 2025, a year after the vote.'],
				article: 'follow-up'
			},
			{ id: 'design-chosen', title: 'A design is chosen', dateText: 'in the summer of 2024', date: '2024-06/2024-08', quotes: [] }
		]
	};
}

/** Format 1.1: an article known by its headline only. */
function noText() {
	const data = other();
	delete data.article.text;
	return { ...data, version: 1.1 };
}

/** Format 1.1: twenty events, the seventh with a day that does not exist. */
function oneBad() {
	const events = Array.from({ length: 20 }, (_, i) => ({
		id: `event-${i + 1}`,
		title: `Event ${i + 1}`,
		dateText: `in ${2001 + i}`,
		date: i === 6 ? '2021-02-30' : String(2001 + i),
		quotes: []
	}));
	return { version: 1.1, article: { title: 'Twenty years in twenty events', publication: 'The Example Gazette', published: '2024-03-15' }, events };
}

const hung = new Set();
const cors = { 'access-control-allow-origin': '*' };

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const path = url.pathname;
	if (path === '/favicon.ico') {
		// A newsroom page has one; without it the browser logs a 404 that tests would count as an error.
		res.writeHead(204).end();
		return;
	}
	if (path === '/data/hang-once.json') {
		const key = url.searchParams.get('key') ?? '';
		if (!hung.has(key)) {
			hung.add(key);
			return; // never answers
		}
		res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...cors });
		res.end(readFileSync(new URL('../fixtures/other-article.json', import.meta.url)));
		return;
	}
	if (path === '/data/page.json') {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...cors });
		res.end('<!doctype html><title>Sign in</title><p>Please sign in.</p>');
		return;
	}
	if (path === '/data/cut.json') {
		res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': '100000', ...cors });
		res.write('{"version": 1, "article": {"title": "Cut');
		setTimeout(() => res.destroy(), 200);
		return;
	}
	if (path === '/vendor/frames.umd.js') {
		res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
		res.end(readFileSync(new URL('../../node_modules/@newswire/frames/dist/frames.umd.js', import.meta.url)));
		return;
	}
	const made = { '/data/story.json': story, '/data/no-text.json': noText, '/data/one-bad.json': oneBad };
	if (path in made) {
		res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
		res.end(JSON.stringify(made[path]()));
		return;
	}
	const datasets = { '/data/other.json': true, '/data/broken.json': true, '/data/private.json': false };
	if (path in datasets) {
		const file = path === '/data/broken.json' ? 'broken-article.json' : 'other-article.json';
		const headers = { 'content-type': 'application/json; charset=utf-8' };
		if (datasets[path]) headers['access-control-allow-origin'] = '*';
		res.writeHead(200, headers);
		res.end(readFileSync(new URL(`../fixtures/${file}`, import.meta.url)));
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
