// Styles of <qbo-before-you-begin>: a short checklist, or a disclosure of it when space is tight.
import { css } from 'lit';

export const beforeYouBeginStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  [part='title'] {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-weight: 650;
  }
  [part='intro'] {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  [part='list'] {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  [part='item'] + [part='item'] {
    margin-top: calc(var(--_space) * 0.25);
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  [part='summary'] {
    font-weight: 650;
    cursor: pointer;
  }
  [part='handoff'] {
    margin-top: calc(var(--_space) * 0.75);
  }
  [part='handoff'][offer='first'] {
    margin-top: var(--_space);
  }
  details[open] [part='summary'] {
    margin-bottom: calc(var(--_space) * 0.5);
  }
`;
