/**
 * The font an image is drawn in: Inter (SIL Open Font License, from @fontsource/inter), its
 * Latin and Latin Extended files in regular and bold. The browser embeds the files in the
 * SVG; Node hands the same files to resvg, so both draw the same glyphs.
 */

/** The family an image asks for, then what to fall back to for other scripts. */
export const FONT_STACK = 'Inter, system-ui, sans-serif';

/** A font file to embed in an image. */
export interface EmbeddedFont {
	/** 400 or 700. */
	weight: 400 | 700;
	/** The WOFF file, base64. */
	base64: string;
	/** The characters it covers, as a CSS unicode-range. */
	unicodeRange: string;
	/** Which letters: Latin, always embedded, or Latin Extended, embedded when the text needs it. */
	subset: 'latin' | 'latin-ext';
}

/** The files an image uses, as @fontsource/inter names them, with the characters each covers. */
export const FONT_FILES = [
	{ file: 'inter-latin-400-normal.woff', subset: 'latin', weight: 400, unicodeRange: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
	{ file: 'inter-latin-700-normal.woff', subset: 'latin', weight: 700, unicodeRange: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
	{ file: 'inter-latin-ext-400-normal.woff', subset: 'latin-ext', weight: 400, unicodeRange: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' },
	{ file: 'inter-latin-ext-700-normal.woff', subset: 'latin-ext', weight: 700, unicodeRange: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' }
] as const;

/** Whether `text` has letters beyond Latin-1 that the Latin Extended files hold. */
export function needsLatinExtended(text: string): boolean {
	return /[\u0100-\u02ff\u1d00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]/.test(text);
}

/** The @font-face rules that embed `fonts` in an SVG's style sheet. */
export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
	return fonts
		.map((f) => `@font-face{font-family:"Inter";font-style:normal;font-weight:${f.weight};unicode-range:${f.unicodeRange};src:url(data:font/woff;base64,${f.base64}) format("woff")}`)
		.join('');
}
