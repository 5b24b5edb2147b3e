// Styles of the dialogs' screens (messages, the company line, safe and destructive buttons), shared with <qbo-disconnect>.
import { css } from 'lit';

export const screenStyles = css`
  [part~='message'] + [part~='message'] {
    margin-top: calc(var(--_space) * -1);
  }
  [part~='company'] {
    font-weight: 600;
  }
  qbo-before-you-begin {
    margin: 0 0 calc(var(--_space) * 2);
  }
  /* Linking another company removes data: it reads as destructive. The safe choice beside it stays as strong. */
  [part~='button-danger'] {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }
  [part~='button-danger']:hover {
    border-color: var(--_danger);
    filter: brightness(1.1);
  }
  [part~='button-safe'] {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  [part~='button-safe']:hover {
    border-color: var(--_primary);
    filter: brightness(1.1);
  }
  /* System colours make every button alike: a double border keeps the destructive one apart. */
  @media (forced-colors: active) {
    [part~='button-danger'] {
      border: 3px double ButtonText;
    }
  }
`;
