// Styles of <qbo-connect-link>: a button that looks like the seed's blue "📶 Connect Account" link.
import { css } from '@lit/reactive-element/css-tag.js';

export const connectLinkStyles = css`
  :host {
    display: inline-flex;
    vertical-align: baseline;
  }
  /* Baseline-aligned on the label (the icon is centred and left out), so the link sits on the line of the text
     around it. */
  [part='base'] {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    margin: 0;
    padding: 0.1em 0.15em;
    border: 0;
    border-radius: 3px;
    background: none;
    font: inherit;
    line-height: inherit;
    color: var(--_link);
    cursor: pointer;
    text-align: start;
  }
  [part='base']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='label'] {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part='base']:hover [part='label'] {
    text-decoration-thickness: 2px;
  }
  [part='icon'] {
    display: inline-flex;
    align-self: center;
    width: 1em;
    height: 1em;
    flex: none;
  }
  [part='icon'] svg {
    width: 100%;
    height: 100%;
  }
  /* Not usable right now (a reconnect runs, or nothing is configured): muted and without the underline, so the
     change reads without colour too. */
  [part='base'][aria-disabled='true'] {
    color: var(--_muted);
    cursor: not-allowed;
  }
  [part='base'][aria-disabled='true'] [part='label'] {
    text-decoration: none;
  }
  :host([busy]) [part='base'] {
    cursor: progress;
  }
`;
