import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { LoadFailure } from '../data/load';
import { validateKeeping, type KeptValidation } from '../data/schema';
import type { Dataset } from '../timeline/types';

/**
 * A whole dataset carried in a link's fragment, `#data=…`: its JSON, compressed with raw
 * DEFLATE (fflate) and written in base64url. The fragment never reaches a server, so a
 * timeline shared this way stays between the people who have the link.
 */

/** Above this many characters a link may be cut short by browsers, chat apps or mail. */
export const LINK_LIMIT = 8000;

/** The outcome of decoding a fragment: the JSON it carries, or why it cannot be read. */
export type DecodeResult = { ok: true; json: unknown } | { ok: false; message: string };

/** The outcome of {@link readDataFragment}: a validated dataset, or what is wrong with it. */
export type FragmentResult =
	| { ok: true; dataset: Dataset; problems: KeptValidation['problems']; events: KeptValidation['events'] }
	| ({ ok: false } & LoadFailure);

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	// In chunks: String.fromCharCode with a whole large array overflows the call stack.
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The dataset (any JSON value) as the text after `#data=`: JSON, raw DEFLATE, base64url. */
export function encodeDataset(dataset: unknown): string {
	return toBase64Url(deflateSync(strToU8(JSON.stringify(dataset)), { level: 9 }));
}

const DAMAGED = 'The timeline in this link is damaged or incomplete: it may have been cut short when it was copied. Ask for the link again, or for the dataset file.';

/** The JSON carried by the text after `#data=`, or a plain reason it cannot be read. */
export function decodeDataset(encoded: string): DecodeResult {
	const inflated = inflateText(encoded);
	if (!inflated.ok) return inflated;
	try {
		return { ok: true, json: JSON.parse(inflated.text) };
	} catch {
		return { ok: false, message: DAMAGED };
	}
}

/** The JSON text (unparsed) carried by the text after `#data=`, or why it cannot be read. */
function inflateText(encoded: string): { ok: true; text: string } | { ok: false; message: string } {
	const text = encoded.trim();
	if (text === '') return { ok: false, message: 'The link’s #data= part is empty.' };
	if (!BASE64URL.test(text) || text.length % 4 === 1) return { ok: false, message: DAMAGED };
	try {
		return { ok: true, text: strFromU8(inflateSync(fromBase64Url(text))) };
	} catch {
		return { ok: false, message: DAMAGED };
	}
}

/**
 * The JSON text a page's fragment carries, unparsed, so that a large one can be read in a
 * worker (prepare-in-worker.ts); null when the fragment has no `data` or cannot be inflated
 * ({@link readDataFragment} then says why).
 */
export function fragmentText(hash: string): string | null {
	const encoded = new URLSearchParams(hash.replace(/^#/, '')).get('data');
	if (encoded === null) return null;
	const inflated = inflateText(encoded);
	return inflated.ok ? inflated.text : null;
}

/** A link to `page` (the full page or the embed, absolute or not) that carries the dataset. */
export function dataLink(page: string, dataset: unknown): string {
	return `${page.split('#')[0]}#data=${encodeDataset(dataset)}`;
}

/** Whether a link is longer than {@link LINK_LIMIT}, so a hosted file and `?data=` is safer. */
export function linkTooLong(url: string): boolean {
	return url.length > LINK_LIMIT;
}

/**
 * The dataset a page's fragment carries (`location.hash`, like "#data=…"), read with the
 * same validator as `?data=` (keeping the valid events of a sound file); null when the fragment has no `data`. A damaged fragment
 * or an invalid dataset comes back as a message and the validator's issues, never a throw.
 */
export function readDataFragment(hash: string): FragmentResult | null {
	const encoded = new URLSearchParams(hash.replace(/^#/, '')).get('data');
	if (encoded === null) return null;
	const decoded = decodeDataset(encoded);
	if (!decoded.ok) return { ok: false, message: decoded.message, issues: [] };
	const result = validateKeeping(decoded.json);
	if (!result.refused && result.dataset) return { ok: true, dataset: result.dataset, problems: result.problems, events: result.events };
	const count = result.problems.length === 1 ? 'a problem' : `${result.problems.length} problems`;
	return { ok: false, message: `The timeline in this link has ${count}, so it cannot be shown.`, issues: result.problems };
}
