import { DEFAULT_OPTIONS, THEMES } from './options';

/**
 * An inline script for the embed page's head that sets `<html data-theme>` from the URL's
 * `theme` before the first paint, so a dark embed never flashes light. It only compares the
 * parameter with the known themes; nothing from the URL reaches the page as HTML.
 */
export const THEME_SCRIPT = `<script>(function(){try{var k=${JSON.stringify(THEMES)},t=new URLSearchParams(location.search).get("theme");document.documentElement.setAttribute("data-theme",k.indexOf(t)>=0?t:${JSON.stringify(DEFAULT_OPTIONS.theme)})}catch(e){}})()</script>`;
