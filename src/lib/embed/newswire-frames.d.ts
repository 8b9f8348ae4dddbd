// @newswire/frames ships no types; these are the parts the embed uses.
declare module '@newswire/frames' {
	/** Posts `{sentinel: 'amp', type: 'embed-size', height}` to the parent window. */
	export function sendFrameHeight(height?: number): void;
	/** Listens for height messages from `iframe`; returns the function that stops listening. */
	export function observeIframe(iframe: HTMLIFrameElement): () => void;
}
