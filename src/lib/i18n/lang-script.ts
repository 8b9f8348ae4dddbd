import { direction, LANGUAGES } from './languages';

/**
 * An inline script for every page's head that sets `<html lang dir>` from the URL's `lang`
 * (its closest language the interface speaks: "fr-CA" is French) and `data-time-direction`
 * from `timeDirection` (else the language's own direction) before the first paint, so a
 * right-to-left page is mirrored before its scripts run. It only compares the parameters
 * with known values; nothing from the URL reaches the page as HTML.
 */
export const LANG_SCRIPT = `<script>(function(){try{var k=${JSON.stringify(LANGUAGES)},r=${JSON.stringify(LANGUAGES.filter((l) => direction(l) === 'rtl'))},p=new URLSearchParams(location.search),q=(p.get("lang")||"").toLowerCase(),d=document.documentElement,t=p.get("timeDirection");if(k.indexOf(q)<0)q=q.split("-")[0];if(k.indexOf(q)>=0){d.lang=q;d.dir=r.indexOf(q)>=0?"rtl":"ltr"}d.setAttribute("data-time-direction",t==="rtl"||t==="ltr"?t:d.dir==="rtl"?"rtl":"ltr")}catch(e){}})()</script>`;
