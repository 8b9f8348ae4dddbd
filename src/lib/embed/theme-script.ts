import { DEFAULT_OPTIONS, THEMES } from './options';

/**
 * An inline script for the embed page's head that sets `<html data-theme>` from the URL's
 * `theme` before the first paint, so a dark embed never flashes light. Without a `theme`, the
 * embed has its default and the full pages follow the reader's colour scheme (`auto`). It only compares the
 * parameter with the known themes; nothing from the URL reaches the page as HTML.
 */
export const THEME_SCRIPT = `<script>(function(){try{var k=${JSON.stringify(THEMES)},t=new URLSearchParams(location.search).get("theme");document.documentElement.setAttribute("data-theme",k.indexOf(t)>=0?t:/\\/embed\\/?$/.test(location.pathname)?${JSON.stringify(DEFAULT_OPTIONS.theme)}:"auto")}catch(e){}})()</script>`;
