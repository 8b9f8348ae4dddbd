import { sendFrameHeight } from '@newswire/frames';

/** Options for {@link reportFrameHeight}. */
export interface FrameHeightOptions {
	/**
	 * The id a Pym.js parent gave this frame (its `childId` URL parameter). When set, heights
	 * are also sent in Pym's string format, which a Pym parent only accepts with its own id.
	 */
	pymId?: string | null;
}

/** Pym.js's message format: `pym` + `xPYMx` + frame id + `xPYMx` + type + `xPYMx` + value. */
export function pymMessage(id: string, type: string, value: string | number): string {
	return ['pym', id, type, String(value)].join('xPYMx');
}

/** The document's content height in whole CSS pixels, rounded up so nothing is clipped. */
export function contentHeight(doc: Document = document): number {
	return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * Tells the parent window the embed's content height whenever it changes, in the formats
 * newsroom loaders understand: AMP's `embed-size` (amp-iframe, @newswire/frames, our
 * embed.js) and, inside a Pym.js parent, Pym's `height` message. Also answers a parent that
 * starts listening late (@newswire/frames' `frames-init`, Pym's `width`). Returns the cleanup.
 *
 * The height is public and harmless, so it goes to any origin ('*'): the embed cannot know
 * who embeds it, and a loader checks the message's source itself.
 */
export function reportFrameHeight(options: FrameHeightOptions = {}): () => void {
	if (window.parent === window) return () => {};
	const { pymId } = options;
	let last = -1;

	const send = (force = false) => {
		const height = contentHeight();
		if (!force && height === last) return;
		last = height;
		sendFrameHeight(height);
		if (pymId) window.parent.postMessage(pymMessage(pymId, 'height', height), '*');
	};

	// The html element's box is the content's height: it does not stretch to the frame.
	const observer = new ResizeObserver(() => send());
	observer.observe(document.documentElement);

	const onmessage = (event: MessageEvent) => {
		if (event.source !== window.parent) return;
		const data: unknown = event.data;
		const framesInit =
			typeof data === 'object' && data !== null && (data as Record<string, unknown>).sentinel === 'amp' && (data as Record<string, unknown>).type === 'frames-init';
		const pymWidth = !!pymId && typeof data === 'string' && data.startsWith(pymMessage(pymId, 'width', ''));
		if (framesInit || pymWidth) send(true);
	};
	window.addEventListener('message', onmessage);
	send(true);

	return () => {
		observer.disconnect();
		window.removeEventListener('message', onmessage);
	};
}
