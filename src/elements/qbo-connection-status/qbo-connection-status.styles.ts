// Styles of <qbo-connection-status>: the bold, state-coloured status line with its link, reason and progress rows.
import { css } from '@lit/reactive-element/css-tag.js';

export const connectionStatusStyles = css`
  :host {
    display: inline-block;
    vertical-align: top;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    align-items: var(--qbo-connection-status-align, flex-end);
    gap: 0.2em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: var(--qbo-connection-status-align, flex-end);
    column-gap: 0.6em;
    row-gap: 0.2em;
    margin: 0;
    /* A reason or next step long enough to wrap keeps to the same side as the short lines. */
    text-align: var(--qbo-connection-status-text-align, end);
  }
  [part='status'] {
    font-weight: 700;
    color: var(--_text);
  }
  :host([state='inactive']) [part='status'] {
    color: var(--_inactive);
  }
  :host([state='active']) [part='status'] {
    color: var(--_active);
  }
  :host([state='disabled']) [part='status'] {
    color: var(--_disabled);
  }
  :host([state='unconfigured']) [part='status'] {
    font-weight: 400;
    color: var(--_muted);
  }
  [part='handoff'] {
    --qbo-handoff-offer-align: var(--qbo-connection-status-align, flex-end);
    text-align: end;
  }
  [part='reason'],
  [part='next-step'],
  [part='progress'] {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part='next-step'] {
    color: var(--_text);
  }
  [part='progress'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  [part='spinner'] {
    box-sizing: border-box;
    width: 0.9em;
    height: 0.9em;
    flex: none;
    border-radius: 50%;
    border: 2px solid currentColor;
    border-right-color: transparent;
    animation: qbo-spin 0.8s linear infinite;
  }
  @keyframes qbo-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    /* Still, a dashed ring: the "…Reconnecting" text carries the meaning. */
    [part='spinner'] {
      animation: none;
      border-style: dashed;
      border-right-color: currentColor;
    }
  }
  [part='error'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: var(--qbo-connection-status-align, flex-end);
    gap: 0.4em;
    margin: 0;
    color: var(--_danger);
    font-size: 0.9em;
  }
  [part='error-icon'] {
    width: 1em;
    height: 1em;
    flex: none;
  }
  [part='error-reason'] {
    font-weight: 600;
  }
  [part='retry'] {
    margin: 0;
    padding: 0.15em 0.7em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part='retry']:hover {
    border-color: currentColor;
  }
  [part='retry']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='retry'][aria-disabled='true'] {
    color: var(--_muted);
    cursor: progress;
  }
  /* Forced colours paint the spinner's transparent quarter too, leaving a full ring that shows no motion. */
  @media (forced-colors: active) {
    [part='spinner'] {
      border-right-color: Canvas;
    }
  }
`;
