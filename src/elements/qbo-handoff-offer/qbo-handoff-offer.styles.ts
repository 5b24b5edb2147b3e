// Styles of <qbo-handoff-offer>: a quiet link-like offer, a filled button when it is the first choice, the request line.
import { css } from 'lit';

export const handoffOfferStyles = css`
  :host {
    display: block;
  }
  p {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: var(--qbo-handoff-offer-align, flex-start);
    column-gap: 0.5em;
    row-gap: 0.25em;
    margin: 0;
  }
  p + p {
    margin-top: 0.3em;
  }
  [part='question'],
  [part='request'] {
    color: var(--_muted);
  }
  /* One sentence that may wrap: a block, so its lines follow the text alignment the offer inherits. */
  [part='request'] {
    display: block;
  }
  button {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  button:hover {
    text-decoration-thickness: 2px;
  }
  /* The first choice: a filled button, stronger than Connect Account beside it. */
  [part~='ask-first'] {
    padding: 0.35em 0.9em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    text-decoration: none;
  }
  [part~='ask-first']:hover {
    filter: brightness(1.1);
  }
  [part='cancel-request'][aria-disabled='true'] {
    color: var(--_muted);
    cursor: progress;
  }
  [part='error'] {
    margin-top: 0.3em;
    color: var(--_danger);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    [part~='ask-first'] {
      border: 2px solid ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
  }
`;
