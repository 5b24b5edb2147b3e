// Styles of <qbo-handoff-dialog>: a small modal card with two fields, a read-only link with Copy, and a button row.
import { css } from 'lit';

export const handoffDialogStyles = css`
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
    text-align: start;
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
  p {
    margin: 0 0 calc(var(--_space) * 2);
    line-height: 1.5;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    margin: 0 0 calc(var(--_space) * 2);
  }
  label {
    font-weight: 600;
  }
  .field p {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  input,
  textarea {
    box-sizing: border-box;
    width: 100%;
    padding: 0.45em 0.6em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    min-height: 4.5em;
    resize: vertical;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field [part='field-error'] {
    color: var(--_danger);
    font-weight: 600;
  }
  [part='failure'] {
    margin: 0 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: var(--_danger);
  }
  [part='failure'] p {
    margin: 0;
  }
  [part='failure'] strong {
    display: block;
  }
  [part='sent-to'] {
    font-weight: 600;
    color: var(--_success);
  }
  .copy-row {
    display: flex;
    gap: var(--_space);
    align-items: stretch;
  }
  .copy-row input {
    flex: 1;
    min-width: 0;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .field [part='copy-status'] {
    min-height: 1.5em;
    color: var(--_success);
    font-weight: 600;
  }
  .field [part='copy-status'].failed {
    color: var(--_danger);
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
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
  [part~='button'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  @media (forced-colors: active) {
    input[aria-invalid='true'] {
      border-color: Mark;
    }
    [part~='button-primary'] {
      border: 2px solid ButtonText;
    }
  }
`;
