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
 * an element is replaced the first time it is seen. Placeholders added to the page later
 * (by a single-page app, say) are converted as they appear.
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
		// An empty value would resolve to the host page itself.
		if (!/\S/.test(value)) return null;
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
		var value = placeholder.getAttribute('data-timeline-embed') || '';
		var url = embedUrl(value);
		if (!url) {
			placeholder.removeAttribute('data-timeline-embed');
			if (window.console) {
				console.warn(
					value.trim()
						? 'Timeline embed: data-timeline-embed="' + value.slice(0, 80) + '" is not an http(s) URL of a timeline embed; the element was left as it is.'
						: 'Timeline embed: data-timeline-embed is empty; give it the address of a timeline embed, like https://HOST/embed.',
					placeholder
				);
			}
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
	// Placeholders added later, or given the attribute later, are converted when they appear.
	// One observer per page, however often the script is included.
	if (typeof MutationObserver === 'function' && !document.documentElement.hasAttribute('data-timeline-embed-observed')) {
		document.documentElement.setAttribute('data-timeline-embed-observed', '');
		new MutationObserver(function (records) {
			for (var i = 0; i < records.length; i++) {
				if (records[i].type === 'attributes' || records[i].addedNodes.length > 0) return embedAll();
			}
		}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-timeline-embed'] });
	}
})();
