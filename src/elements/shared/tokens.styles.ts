// Design tokens every element shares: --qbo-* custom properties with light and dark defaults.
import { css, unsafeCSS } from '@lit/reactive-element/css-tag.js';
import type { CSSResult } from '@lit/reactive-element/css-tag.js';

/**
 * Each token: the private property an element reads (`--_text`), the public one a host sets (`--qbo-color-text`), and
 * its light and dark defaults. One table, so the full set and a slim element's few are the same values.
 */
const TOKENS = {
  font: ['--qbo-font-family', "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", null],
  'font-size': ['--qbo-font-size', '0.875rem', null],
  radius: ['--qbo-radius', '6px', null],
  space: ['--qbo-spacing', '0.5rem', null],
  text: ['--qbo-color-text', '#1f2933', '#e4e7eb'],
  muted: ['--qbo-color-text-muted', '#52606d', '#b0b8c1'],
  surface: ['--qbo-color-surface', '#ffffff', '#1f2430'],
  border: ['--qbo-color-border', '#cbd2d9', '#4b5563'],
  // Borders that outline a control (secondary buttons) must reach 3:1 against the surface (WCAG 1.4.11).
  'control-border': ['--qbo-color-control-border', '#7b8794', '#7b8794'],
  focus: ['--qbo-color-focus', '#1a56db', '#93c5fd'],
  link: ['--qbo-color-link', '#0b5cad', '#93c5fd'],
  active: ['--qbo-color-active', '#166534', '#86efac'],
  'active-bg': ['--qbo-color-active-bg', '#dcfce7', '#14532d'],
  inactive: ['--qbo-color-inactive', '#b91c1c', '#fca5a5'],
  'inactive-bg': ['--qbo-color-inactive-bg', '#fee2e2', '#7f1d1d'],
  disabled: ['--qbo-color-disabled', '#4b5563', '#d1d5db'],
  'disabled-bg': ['--qbo-color-disabled-bg', '#e5e7eb', '#374151'],
  danger: ['--qbo-color-danger', '#b91c1c', '#fca5a5'],
  success: ['--qbo-color-success', '#166534', '#bbf7d0'],
  'success-bg': ['--qbo-color-success-bg', '#dcfce7', '#14532d'],
  'warning-bg': ['--qbo-color-warning-bg', '#fff7ed', '#431407'],
  warning: ['--qbo-color-warning', '#9a3412', '#fdba74'],
  primary: ['--qbo-color-primary', '#0b5cad', '#60a5fa'],
  'on-primary': ['--qbo-color-on-primary', '#ffffff', '#0b1220'],
} as const satisfies Record<string, readonly [string, string, string | null]>;

export type TokenName = keyof typeof TOKENS;

/** Where `tokensFor` writes its rules: inside the element's shadow root (`:host`), or in the page for a tag. */
export interface TokenScope {
  host: string;
  hidden: string;
}

const SHADOW_SCOPE: TokenScope = { host: ':host', hidden: ':host([hidden])' };

/**
 * The rules that define `names` (light, then dark) on the host and set its font and text colour from them. An
 * element a page holds thousands of takes only the tokens it reads: every property defined on a host is computed for
 * each instance, so the full set would cost such a table most of its first render. `scope` names the host: `:host`
 * by default, or a tag for a sheet the page (or the host's own shadow root) holds.
 */
export function tokensFor(names: readonly TokenName[], scope: TokenScope = SHADOW_SCOPE): CSSResult {
  const define = (dark: boolean) =>
    names
      .map((name) => [name, TOKENS[name]] as const)
      .filter(([, [, , darkValue]]) => !dark || darkValue !== null)
      .map(([name, [property, light, darkValue]]) => `--_${name}: var(${property}, ${dark ? darkValue : light});`)
      .join('');
  const colours = define(true);
  const host = `${scope.host}{${define(false)}${names.includes('font') ? 'font-family:var(--_font);' : ''}${names.includes('font-size') ? 'font-size:var(--_font-size);' : ''}${names.includes('text') ? 'color:var(--_text);' : ''}}`;
  const dark = colours ? `@media (prefers-color-scheme: dark){${scope.host}{${colours}}}` : '';
  return unsafeCSS(`${host}${dark}${scope.hidden}{display:none !important;}`);
}

/**
 * Each element reads `--qbo-x` with a private fallback `--_x`, so a host overrides a token once, on any ancestor.
 * Colour pairs meet 4.5:1 contrast on their own background in both schemes; control borders meet 3:1. Under
 * `forced-colors: active` the elements switch to system colours where a state would otherwise vanish.
 */
export const tokens = css`
  ${tokensFor(Object.keys(TOKENS) as TokenName[])}
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
