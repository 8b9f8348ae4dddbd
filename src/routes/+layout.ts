// Every page is static HTML: the timeline reads without JavaScript, and embeds can be
// served from any static host.
export const prerender = true;
export const trailingSlash = 'never';
