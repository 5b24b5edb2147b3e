// Design tokens every element shares: --qbo-* custom properties with light and dark defaults.
import { css } from '@lit/reactive-element/css-tag.js';

/**
 * Each element reads `--qbo-x` with a private fallback `--_x`, so a host overrides a token once, on any ancestor.
 * Colour pairs meet 4.5:1 contrast on their own background in both schemes; control borders meet 3:1. Under
 * `forced-colors: active` the elements switch to system colours where a state would otherwise vanish.
 */
export const tokens = css`
  :host {
    --_font: var(--qbo-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--qbo-font-size, 0.875rem);
    --_radius: var(--qbo-radius, 6px);
    --_space: var(--qbo-spacing, 0.5rem);
    --_text: var(--qbo-color-text, #1f2933);
    --_muted: var(--qbo-color-text-muted, #52606d);
    --_surface: var(--qbo-color-surface, #ffffff);
    --_border: var(--qbo-color-border, #cbd2d9);
    /* Borders that outline a control (secondary buttons) must reach 3:1 against the surface (WCAG 1.4.11). */
    --_control-border: var(--qbo-color-control-border, #7b8794);
    --_focus: var(--qbo-color-focus, #1a56db);
    --_link: var(--qbo-color-link, #0b5cad);
    --_active: var(--qbo-color-active, #166534);
    --_active-bg: var(--qbo-color-active-bg, #dcfce7);
    --_inactive: var(--qbo-color-inactive, #b91c1c);
    --_inactive-bg: var(--qbo-color-inactive-bg, #fee2e2);
    --_disabled: var(--qbo-color-disabled, #4b5563);
    --_disabled-bg: var(--qbo-color-disabled-bg, #e5e7eb);
    --_danger: var(--qbo-color-danger, #b91c1c);
    --_success: var(--qbo-color-success, #166534);
    --_success-bg: var(--qbo-color-success-bg, #dcfce7);
    --_warning-bg: var(--qbo-color-warning-bg, #fff7ed);
    --_warning: var(--qbo-color-warning, #9a3412);
    --_primary: var(--qbo-color-primary, #0b5cad);
    --_on-primary: var(--qbo-color-on-primary, #ffffff);
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--qbo-color-text, #e4e7eb);
      --_muted: var(--qbo-color-text-muted, #b0b8c1);
      --_surface: var(--qbo-color-surface, #1f2430);
      --_border: var(--qbo-color-border, #4b5563);
      --_control-border: var(--qbo-color-control-border, #7b8794);
      --_focus: var(--qbo-color-focus, #93c5fd);
      --_link: var(--qbo-color-link, #93c5fd);
      --_active: var(--qbo-color-active, #86efac);
      --_active-bg: var(--qbo-color-active-bg, #14532d);
      --_inactive: var(--qbo-color-inactive, #fca5a5);
      --_inactive-bg: var(--qbo-color-inactive-bg, #7f1d1d);
      --_disabled: var(--qbo-color-disabled, #d1d5db);
      --_disabled-bg: var(--qbo-color-disabled-bg, #374151);
      --_danger: var(--qbo-color-danger, #fca5a5);
      --_success: var(--qbo-color-success, #bbf7d0);
      --_success-bg: var(--qbo-color-success-bg, #14532d);
      --_warning-bg: var(--qbo-color-warning-bg, #431407);
      --_warning: var(--qbo-color-warning, #fdba74);
      --_primary: var(--qbo-color-primary, #60a5fa);
      --_on-primary: var(--qbo-color-on-primary, #0b1220);
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
