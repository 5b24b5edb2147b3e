// Styles of <qbo-vendor-id>: the numeric ID, or the muted, italic, dashed-underlined placeholder.
import { css } from '@lit/reactive-element/css-tag.js';

export const vendorIdStyles = css`
  :host {
    display: inline;
    font-variant-numeric: tabular-nums;
  }
  /* The span only makes the text findable by text queries; it adds no box of its own to lay out. */
  [part='text'] {
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
