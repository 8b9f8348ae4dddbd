/**
 * The embed's line to the page that frames it: messages out to `window.parent`, messages in
 * only from `window.parent`. A page shown on its own (not in a frame) has no parent to talk to.
 */
import { parseIncoming, type Incoming, type Outgoing } from './messages';

/** Whether this document is inside a frame. */
export function isFramed(): boolean {
	return typeof window !== 'undefined' && window.parent !== window;
}

/**
 * The origin to post to: the parent's, when the browser tells it (`location.ancestorOrigins`
 * in Chromium and Safari, else the referrer the frame was loaded with). Otherwise '*': the
 * embed cannot know who frames it, and it only ever sends public state (the selected event
 * and the visible period), never anything about the reader.
 */
export function parentOrigin(): string {
	const ancestor = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0];
	if (ancestor && ancestor !== 'null') return ancestor;
	try {
		const origin = document.referrer ? new URL(document.referrer).origin : 'null';
		if (origin !== 'null') return origin;
	} catch {
		// An unparsable referrer: fall through.
	}
	return '*';
}

/** Posts `message` to the parent window; does nothing when not framed. */
export function postToParent(message: Outgoing): void {
	if (isFramed()) window.parent.postMessage(message, parentOrigin());
}

/**
 * Calls `handler` with each valid message from the parent window. Messages from any other
 * window (a sibling frame, a popup, the embed itself) and malformed ones are ignored.
 * Returns the function that stops listening.
 */
export function listenToParent(handler: (message: Incoming) => void): () => void {
	if (!isFramed()) return () => {};
	const onmessage = (event: MessageEvent) => {
		if (event.source !== window.parent) return;
		const message = parseIncoming(event.data);
		if (message) handler(message);
	};
	window.addEventListener('message', onmessage);
	return () => window.removeEventListener('message', onmessage);
}
