// The seed's 📶 "connection" symbol, drawn as an SVG so it renders the same where no emoji font is installed.
import { css, svg } from 'lit';

/**
 * An "antenna bars" tile like the 📶 emoji: ascending bars cut out of a rounded square in the text colour. Always
 * decorative: the label beside it says what the control does, so the caller hides it from assistive technology.
 */
export const connectionIcon = svg`<svg viewBox="0 0 16 16" focusable="false" aria-hidden="true" data-symbol="📶">
  <rect width="16" height="16" rx="3.5" fill="currentColor"></rect>
  <g class="connection-icon-bars">
    <rect x="2.5" y="10.5" width="2" height="3" rx="0.5"></rect>
    <rect x="5.5" y="8" width="2" height="5.5" rx="0.5"></rect>
    <rect x="8.5" y="5.5" width="2" height="8" rx="0.5"></rect>
    <rect x="11.5" y="2.5" width="2" height="11" rx="0.5"></rect>
  </g>
</svg>`;

/** The bars' colour, in the element's stylesheet: an inline style attribute is blocked by a strict CSP (style-src 'self'). */
export const connectionIconStyles = css`
  .connection-icon-bars {
    fill: var(--qbo-connection-icon-bars, var(--_surface, #fff));
  }
`;
