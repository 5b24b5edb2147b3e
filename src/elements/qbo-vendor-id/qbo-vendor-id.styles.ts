// Styles of <qbo-vendor-id>: the numeric ID, or the muted, italic, dashed-underlined placeholder.
import { css } from '@lit/reactive-element/css-tag.js';
import { tokensFor } from '../shared/tokens.styles.js';

/**
 * One stylesheet, with only the design tokens the cell reads: a table holds thousands of cells, each defined token is
 * computed per cell, and each sheet is one more to match per shadow root.
 */
export const vendorIdStyles = css`
  ${tokensFor(['font', 'font-size', 'text', 'muted'])}
  :host {
    display: inline;
    font-variant-numeric: tabular-nums;
  }
  /* The span only makes the text findable by text queries; it adds no box of its own to lay out. */
  span {
    display: contents;
  }
  /* Muted and italic, plus a dashed underline so it reads as a stand-in without relying on colour. */
  :host([state='placeholder']) {
    color: var(--_muted);
    font-style: italic;
    /* Longhands: WebKit's text-decoration shorthand drops the style, leaving a solid line. */
    text-decoration-line: underline;
    text-decoration-style: dashed;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
`;
