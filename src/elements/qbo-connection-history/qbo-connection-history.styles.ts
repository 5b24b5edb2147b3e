// Styles of <qbo-connection-history>: the muted "who and when" line, and the "Show history" disclosure with its list.
import { css } from 'lit';

export const connectionHistoryStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    margin: 0;
    color: var(--_muted);
  }
  button {
    margin: 0;
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  [part~='item']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='toggle'] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0;
    color: var(--_link);
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part='toggle-icon'] {
    width: 0.75em;
    height: 0.75em;
    flex: none;
    transition: transform 120ms ease-out;
  }
  [part='toggle'][aria-expanded='true'] [part='toggle-icon'] {
    transform: rotate(90deg);
  }
  @media (prefers-reduced-motion: reduce) {
    [part='toggle-icon'] {
      transition: none;
    }
  }
  [part='panel'] {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  [part='panel'][hidden] {
    display: none;
  }
  [part='list'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0 0 0 calc(var(--_space) * 1.25);
    list-style: none;
    border-inline-start: 2px solid var(--_border);
  }
  [part~='item'] {
    display: grid;
    gap: 0.1em;
  }
  [part='event'] {
    color: var(--_text);
    font-weight: 600;
  }
  [part='detail'] {
    color: var(--_text);
  }
  [part='meta'],
  [part='empty'],
  [part='loading'] {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part='empty'],
  [part='loading'],
  [part='error'] {
    margin: calc(var(--_space) * 0.75) 0 0;
  }
  [part='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    color: var(--_danger);
    font-size: 0.9em;
  }
  [part='error-reason'] {
    font-weight: 600;
  }
  [part='retry'],
  [part='more'] {
    padding: 0.15em 0.7em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
  }
  [part='more'] {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  [part='retry']:hover,
  [part='more']:hover {
    border-color: currentColor;
  }
  [part='more'][aria-disabled='true'] {
    color: var(--_muted);
    cursor: progress;
  }
`;
