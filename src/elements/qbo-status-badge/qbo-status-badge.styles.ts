// Styles of <qbo-status-badge>: a pill flag, green Active, gray Inactive/Disabled.
import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-flex;
    vertical-align: middle;
  }
  [part='base'] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.15em 0.65em;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.5;
    background: var(--qbo-badge-background, var(--_disabled-bg));
    color: var(--qbo-badge-color, var(--_disabled));
    border: 1px solid currentColor;
  }
  [part='icon'] {
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: currentColor;
  }
  :host([state='active']) [part='base'] {
    background: var(--qbo-badge-background, var(--_active-bg));
    color: var(--qbo-badge-color, var(--_active));
  }
  /* Inactive and Disabled: hollow dot, so the state reads without colour too. */
  :host([state='inactive']) [part='icon'],
  :host([state='disabled']) [part='icon'] {
    background: transparent;
    border: 1.5px solid currentColor;
    box-sizing: border-box;
  }
  /* Forced colours paint backgrounds as Canvas, which would erase the dot: draw it in the text's system colour. */
  @media (forced-colors: active) {
    [part='icon'] {
      forced-color-adjust: none;
      box-sizing: border-box;
      border: 1.5px solid CanvasText;
      background: CanvasText;
    }
    :host([state='inactive']) [part='icon'],
    :host([state='disabled']) [part='icon'] {
      border-color: CanvasText;
      background: Canvas;
    }
  }
`;
