// Styles of <qbo-link-state-tabs>: underlined tabs with a coloured state dot, and the meaning of the selected one.
// Two cues never share a look: the connection's current state is a filled dot and a "(current)" pill; the tab being
// viewed is bold with a neutral underline. Viewing Inactive while Active is current must not make Inactive look current.
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
  /* Viewed: bold text and an underline in the text colour, never the state's colour (that belongs to "current"). */
  [part~='tab-selected'] {
    border-bottom-color: var(--_text);
    color: var(--_text);
    font-weight: 650;
  }
  [part~='tab']:focus-visible {
    outline-offset: -2px;
  }
  /* A hollow ring in the state's colour; filled only for the connection's current state. */
  [part='indicator'] {
    box-sizing: border-box;
    flex: none;
    width: 0.7em;
    height: 0.7em;
    border: 2px solid var(--_state);
    border-radius: 50%;
    background: transparent;
  }
  [part~='tab-current'] [part='indicator'] {
    background: var(--_state);
  }
  [part='current-marker'] {
    padding: 0 0.5em;
    border: 1px solid var(--_state);
    border-radius: 999px;
    color: var(--_text);
    font-size: 0.85em;
    font-weight: 600;
    line-height: 1.5;
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
  /* Forced colours would erase the dots (backgrounds) and flatten the underline: redraw both in system colours. */
  @media (forced-colors: active) {
    [part='indicator'] {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    [part~='tab-current'] [part='indicator'] {
      background: CanvasText;
    }
    /* Forced colours paint even a transparent border: unselected tabs get a Canvas one, the selected a Highlight one,
       both above the tablist's line rather than over it, so the line stays whole. */
    [part~='tab'] {
      margin-bottom: 0;
      border-bottom-color: Canvas;
    }
    [part~='tab-selected'] {
      border-bottom-color: Highlight;
    }
    [part='current-marker'] {
      border-color: CanvasText;
    }
  }
`;
