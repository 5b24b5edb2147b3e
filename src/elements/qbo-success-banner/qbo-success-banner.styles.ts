// Styles of <qbo-success-banner>: a full-width green box with a check icon, the message and Dismiss ×.
import { css } from 'lit';

export const bannerStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.25);
  }
  :host([open]) [part='base'] {
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 2);
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_success-bg);
    color: var(--_success);
  }
  [part='icon'] {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  [part='message'] {
    flex: 1;
    margin: 0;
    font-weight: 600;
    line-height: 1.5;
  }
  [part='dismiss-button'] {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.3em 0.7em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part='dismiss-button']:hover {
    border-color: currentColor;
  }
  [part='dismiss-button'] span {
    font-size: 1.25em;
    line-height: 1;
  }
`;
