/** The overview's brush and what it needs from d3-selection: loaded just after the first paint. */
export { brushSelection, brushX } from 'd3-brush';
export { pointer, select } from 'd3-selection';
