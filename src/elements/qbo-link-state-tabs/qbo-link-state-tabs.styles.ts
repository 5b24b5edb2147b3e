// Styles of <qbo-link-state-tabs>: underlined tabs with a coloured state dot, and the meaning of the selected one.
import { css } from 'lit';

export const tabsStyles = css`
  :host {
    display: block;
  }
  [part='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    border-bottom: 1px solid var(--_border);
  }
  [part~='tab'] {
    --_state: var(--_disabled);
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    margin: 0 0 -1px;
    padding: calc(var(--_space) * 1.1) calc(var(--_space) * 1.75);
    border: 0;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--_muted);
    font: inherit;
    cursor: pointer;
  }
  [part~='tab'][data-state='inactive'] {
    --_state: var(--_inactive);
  }
  [part~='tab'][data-state='active'] {
    --_state: var(--_active);
  }
  [part~='tab']:hover {
    color: var(--_text);
  }
  /* Selected: bold text and an underline in the state's colour, so selection does not rest on colour. */
  [part~='tab-selected'] {
    border-bottom-color: var(--_state);
    color: var(--_text);
    font-weight: 650;
  }
  [part~='tab']:focus-visible {
    outline-offset: -2px;
  }
  [part='indicator'] {
    flex: none;
    width: 0.65em;
    height: 0.65em;
    border-radius: 50%;
    background: var(--_state);
  }
  [part='current-marker'] {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  [part='panel'] {
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 0.5);
  }
  [part='panel'][hidden] {
    display: none;
  }
  [part='meaning'] {
    margin: 0;
    line-height: 1.5;
  }
`;
