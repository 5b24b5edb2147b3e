// Styles of <qbo-status-badge>: the element is the pill, green Active, gray Inactive/Disabled, with a painted dot.
import { css } from '@lit/reactive-element/css-tag.js';

// The dot is a background layer rather than a node: a thousand badges cost a thousand text nodes and no more.
export const badgeStyles = css`
  :host {
    --_dot: radial-gradient(circle at 0.925em 50%, currentColor 0.26em, transparent 0.29em);
    --_ring: radial-gradient(circle at 0.925em 50%, transparent 0.15em, currentColor 0.17em 0.26em, transparent 0.29em);
    display: inline-block;
    vertical-align: middle;
    padding: 0.15em 0.65em 0.15em 1.55em;
    border: 1px solid;
    border-radius: 999px;
    font-size: calc(var(--_font-size) * 0.8125);
    font-weight: 600;
    line-height: 1.5;
    background: var(--_dot) var(--qbo-badge-background, var(--_disabled-bg));
    color: var(--qbo-badge-color, var(--_disabled));
  }
  :host([state='active']) {
    background-color: var(--qbo-badge-background, var(--_active-bg));
    color: var(--qbo-badge-color, var(--_active));
  }
  /* Inactive and Disabled: a ring, so the state reads without colour too. */
  :host([state='inactive']),
  :host([state='disabled']) {
    background-image: var(--_ring);
  }
  /* Forced colours would drop the painted dot with the background: draw the pill in system colours instead. */
  @media (forced-colors: active) {
    :host,
    :host([state]) {
      forced-color-adjust: none;
      background-color: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
