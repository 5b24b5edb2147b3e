// Styles of <qbo-expiry-warning>: a slim notice in the warning colours, with the Connect Account link at its end.
import { css } from 'lit';

export const expiryWarningStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning);
    line-height: 1.5;
  }
  [part='message'] {
    font-weight: 600;
  }
  [part='link'] {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    margin: 0;
    padding: 0.1em 0.15em;
    border: 0;
    border-radius: 3px;
    background: none;
    font: inherit;
    color: var(--_link);
    cursor: pointer;
  }
  [part='link-label'] {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part='link-icon'] {
    display: inline-flex;
    align-self: center;
    width: 1em;
    height: 1em;
  }
  [part='link-icon'] svg {
    width: 100%;
    height: 100%;
  }
  [part='link'][aria-disabled='true'] {
    color: var(--_muted);
    cursor: not-allowed;
  }
`;
