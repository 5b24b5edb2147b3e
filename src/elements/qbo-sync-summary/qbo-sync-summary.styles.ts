// Styles of <qbo-sync-summary>: two label/value pairs side by side, wrapping on narrow headers.
import { css } from 'lit';

export const syncSummaryStyles = css`
  :host {
    display: inline-block;
    vertical-align: top;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    margin: 0;
  }
  [part='item'] {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
  }
  [part='term'] {
    color: var(--_muted);
    font-size: 0.85em;
  }
  [part~='value'] {
    margin: 0;
    font-weight: 600;
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  [part~='never'] {
    font-weight: 400;
    font-style: italic;
    color: var(--_muted);
  }
`;
