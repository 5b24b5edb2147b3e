// Styles of <qbo-vendor-id>: the numeric ID, or the muted, italic, dashed-underlined placeholder.
import { css, unsafeCSS } from '@lit/reactive-element/css-tag.js';
import type { CSSResult } from '@lit/reactive-element/css-tag.js';
import { tokensFor } from '../shared/tokens.styles.js';
import type { TokenScope } from '../shared/tokens.styles.js';

/** The cell's rules, written once for either place they live (see below). */
function cellRules(scope: TokenScope, placeholder: string): CSSResult {
  return css`
    ${tokensFor(['font', 'font-size', 'text', 'muted'], scope)}
    ${unsafeCSS(scope.host)} {
      display: inline;
      font-variant-numeric: tabular-nums;
    }
    /* Muted and italic, plus a dashed underline so it reads as a stand-in without relying on colour. */
    ${unsafeCSS(placeholder)} {
      color: var(--_muted);
      font-style: italic;
      /* Longhands: WebKit's text-decoration shorthand drops the style, leaving a solid line. */
      text-decoration-line: underline;
      text-decoration-style: dashed;
      text-decoration-thickness: 1px;
      text-underline-offset: 0.2em;
    }
  `;
}

/**
 * The cell's look as one sheet shared by every cell in a document or shadow root, adopted there once by the first
 * cell connected in it. A table holds thousands of cells, and a stylesheet inside each cell's own shadow root is most
 * of a cell's first-render cost (each shadow root with a sheet is one more style scope to resolve). The rules sit in
 * the `qbo-reconnect` cascade layer, so any rule of the host's own wins over them, as it wins over `:host` rules.
 */
export const vendorIdPageStyles = css`
  @layer qbo-reconnect {
    ${cellRules({ host: 'qbo-vendor-id', hidden: 'qbo-vendor-id[hidden]' }, "qbo-vendor-id[state='placeholder']")}
  }
`;

/**
 * The same look inside a server-rendered cell's declarative shadow root, so the page is right before any script runs
 * (the page's sheet is adopted once the element is defined).
 */
export const vendorIdStyles = cellRules({ host: ':host', hidden: ':host([hidden])' }, ":host([state='placeholder'])");
