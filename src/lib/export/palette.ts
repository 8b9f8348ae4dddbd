/**
 * The timeline's colours for an image, in light and dark: the values of the `--timeline-*`
 * custom properties of src/lib/theme.css (a test keeps the two in step), since an image
 * carries its colours itself rather than reading the page's.
 */

/** A theme an image is drawn in. */
export type ImageTheme = 'light' | 'dark';

/** The colours an image uses, by the custom property's name without `--timeline-`. */
export interface Palette {
	bg: string;
	fg: string;
	muted: string;
	axis: string;
	'border-soft': string;
	accent: string;
	record: string;
	'era-bg': string;
	'era-alt-bg': string;
	'era-edge': string;
}

/** The palettes of both themes. */
export const PALETTES: Record<ImageTheme, Palette> = {
	light: {
		bg: '#ffffff',
		fg: '#1b1f24',
		muted: '#4d5560',
		axis: '#8a929c',
		'border-soft': '#d5dae0',
		accent: '#1f5fa8',
		record: '#8a4b00',
		'era-bg': '#f3efe6',
		'era-alt-bg': '#e9eef5',
		'era-edge': '#b9b09c'
	},
	dark: {
		bg: '#16191d',
		fg: '#e8eaed',
		muted: '#aab2bc',
		axis: '#6f7883',
		'border-soft': '#343a42',
		accent: '#7fb2ff',
		record: '#f0b35a',
		'era-bg': '#1f242b',
		'era-alt-bg': '#232a33',
		'era-edge': '#4a5561'
	}
};
