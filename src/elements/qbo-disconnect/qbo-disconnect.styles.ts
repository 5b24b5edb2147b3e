// Styles of <qbo-disconnect>: a quiet trigger button, and the confirmation in the reconnect dialog's look.
import { css } from 'lit';

export const disconnectStyles = css`
  :host {
    display: inline-block;
  }
  [part='trigger'] {
    min-height: 2rem;
    padding: 0.3em 0.9em;
    border: 1px solid var(--_control-border, var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_danger);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part='trigger']:hover {
    border-color: var(--_danger);
  }
  [part='trigger'][aria-disabled='true'] {
    color: var(--_muted);
    cursor: not-allowed;
  }
  [part='done'] {
    margin: 0;
    color: var(--_muted);
  }
  [part~='button'][aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
`;
