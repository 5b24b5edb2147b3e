// The seed's 📶 "connection" symbol, drawn as an SVG so it renders the same where no emoji font is installed.
import { css } from '@lit/reactive-element/css-tag.js';
import { svgElement } from './dom.js';

const bar = (x: string, y: string, height: string) => svgElement('rect', { x, y, width: '2', height, rx: '0.5' });

let shape: SVGElement | null = null;

/**
 * An "antenna bars" tile like the 📶 emoji: ascending bars cut out of a rounded square in the text colour. Always
 * decorative: the label beside it says what the control does, so it is hidden from assistive technology. A new copy
 * per call (a node has one place in a document).
 */
export function connectionIcon(): SVGElement {
  shape ??= svgElement(
    'svg',
    { viewBox: '0 0 16 16', focusable: 'false', 'aria-hidden': 'true', 'data-symbol': '📶' },
    svgElement('rect', { width: '16', height: '16', rx: '3.5', fill: 'currentColor' }),
    svgElement('g', { class: 'connection-icon-bars' }, bar('2.5', '10.5', '3'), bar('5.5', '8', '5.5'), bar('8.5', '5.5', '8'), bar('11.5', '2.5', '11')),
  );
  return shape.cloneNode(true) as SVGElement;
}

/** The bars' colour, in the element's stylesheet: an inline style attribute is blocked by a strict CSP (style-src 'self'). */
export const connectionIconStyles = css`
  .connection-icon-bars {
    fill: var(--qbo-connection-icon-bars, var(--_surface, #fff));
  }
`;
