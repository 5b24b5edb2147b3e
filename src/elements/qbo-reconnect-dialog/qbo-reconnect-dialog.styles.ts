// Styles of <qbo-reconnect-dialog>: a centred modal card with a warning box, a busy indicator and a button row.
import { css } from 'lit';

export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    width: calc(100vw - 2rem);
    max-width: var(--qbo-dialog-width, 32rem);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    box-shadow: 0 20px 40px rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: var(--qbo-dialog-backdrop, rgb(15 23 42 / 0.55));
  }
  [part='title'] {
    margin: 0 0 calc(var(--_space) * 1.5);
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.3;
  }
  :host([step='failed']) [part='title'] {
    color: var(--_danger);
  }
  [part~='message'] {
    margin: 0 0 calc(var(--_space) * 2);
    line-height: 1.5;
  }
  [part~='warning'] {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  [part='icon'] {
    flex: none;
    font-size: 1.1em;
    line-height: 1.35;
  }
  [part='progress'] {
    width: 1.75rem;
    height: 1.75rem;
    margin: 0 0 calc(var(--_space) * 2);
    border: 3px solid var(--_border);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: qbo-spin 0.9s linear infinite;
  }
  @keyframes qbo-spin {
    to {
      transform: rotate(1turn);
    }
  }
  /* Without motion the ring stands still, drawn whole and dashed so it does not look like a stalled spinner; the
     title ("Sign in to Intuit", "Finishing the connection…") carries the meaning. */
  @media (prefers-reduced-motion: reduce) {
    [part='progress'] {
      animation: none;
      border-style: dashed;
      border-color: var(--_primary);
    }
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
  }
  /* The company-switch buttons name both companies: too long to sit side by side, so they stack full width. */
  :host([step='confirming-company-switch']) [part='actions'] {
    flex-direction: column;
    align-items: stretch;
  }
  [part~='button'] {
    min-height: 2.25rem;
    padding: 0.4em 1.1em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part~='button']:hover {
    border-color: var(--_text);
  }
  [part~='button-primary'] {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  [part~='button-primary']:hover {
    border-color: var(--_primary);
    filter: brightness(1.1);
  }
  /* Forced colours flatten the ring's two border colours into one: keep a visible gap so it still reads as progress. */
  @media (forced-colors: active) {
    [part='progress'] {
      border-color: CanvasText;
      border-top-color: Canvas;
    }
  }
`;
