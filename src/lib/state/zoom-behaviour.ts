/**
 * The plot's gestures (wheel, drag, pinch, double-click) and animated moves: d3-zoom with
 * d3-selection and d3-transition. Loaded when a plot is attached, after the first render;
 * the view's arithmetic before that is in `zoom-transform.ts`.
 */
import { pointer, select } from 'd3-selection';
import 'd3-transition';
import { zoom } from 'd3-zoom';

export { pointer, select, zoom };
