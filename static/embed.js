/*
 * The timeline's embed loader. Paste on a host page:
 *
 *   <div data-timeline-embed="https://HOST/embed?event=doha-agreement"></div>
 *   <script async src="https://HOST/embed.js"></script>
 *
 * Each [data-timeline-embed] element becomes a responsive iframe whose height follows the
 * timeline's content. Height messages are applied only when they come from that iframe's
 * own window and origin. Nothing is made global: a host page talks to the timeline with
 * postMessage (see docs/embed.md). Including the script more than once is harmless, since
 * an element is replaced the first time it is seen.
 */
(function () {
	'use strict';

	var SELECTOR = '[data-timeline-embed]:not(iframe)';
	var DEFAULT_TITLE = 'Timeline';
	var INITIAL_HEIGHT = 480;
	var MAX_HEIGHT = 20000;

	/**
	 * The absolute http(s) URL in `value`, or null.
	 * @param {string} value
	 * @returns {URL | null}
	 */
	function embedUrl(value) {
		try {
			var url = new URL(value, document.baseURI);
			return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
		} catch (e) {
			return null;
		}
	}

	/**
	 * A height from an AMP `embed-size` or a Pym.js `height` message, or null.
	 * @param {any} data
	 * @returns {number | null}
	 */
	function heightFrom(data) {
		var value = null;
		if (data && typeof data === 'object' && data.sentinel === 'amp' && data.type === 'embed-size') {
			value = data.height;
		} else if (typeof data === 'string' && data.slice(0, 8) === 'pymxPYMx') {
			var parts = data.split('xPYMx');
			if (parts.length === 4 && parts[2] === 'height') value = parts[3];
		}
		var height = Math.ceil(Number(value));
		return isFinite(height) && height > 0 && height <= MAX_HEIGHT ? height : null;
	}

	/** @param {Element} placeholder */
	function embed(placeholder) {
		var url = embedUrl(placeholder.getAttribute('data-timeline-embed') || '');
		if (!url) {
			placeholder.removeAttribute('data-timeline-embed');
			if (window.console) console.warn('Timeline embed: data-timeline-embed needs an http(s) URL.');
			return;
		}
		var origin = url.origin;
		var iframe = document.createElement('iframe');
		iframe.src = url.href;
		// Set as a property, never parsed as HTML.
		iframe.title = placeholder.getAttribute('data-title') || DEFAULT_TITLE;
		iframe.setAttribute('loading', 'lazy');
		iframe.setAttribute('allow', 'fullscreen');
		iframe.setAttribute('data-timeline-embed-frame', '');
		if (placeholder.id) iframe.id = placeholder.id;
		if (placeholder.className) iframe.className = placeholder.className;
		iframe.style.cssText = 'display:block;border:0;width:100%;height:' + INITIAL_HEIGHT + 'px';

		/** @param {MessageEvent} event */
		function onmessage(event) {
			if (!iframe.isConnected) {
				window.removeEventListener('message', onmessage);
				return;
			}
			if (event.source !== iframe.contentWindow || event.origin !== origin) return;
			var height = heightFrom(event.data);
			if (height !== null) iframe.style.height = height + 'px';
		}
		window.addEventListener('message', onmessage);
		// The embed sends its height on its own; this asks again in case it loaded first.
		iframe.addEventListener('load', function () {
			if (iframe.contentWindow) iframe.contentWindow.postMessage({ sentinel: 'amp', type: 'frames-init' }, origin);
		});
		if (placeholder.parentNode) placeholder.parentNode.replaceChild(iframe, placeholder);
	}

	function embedAll() {
		var placeholders = document.querySelectorAll(SELECTOR);
		for (var i = 0; i < placeholders.length; i++) embed(placeholders[i]);
	}

	embedAll();
	// An async script can run before the rest of the page is parsed.
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
})();
