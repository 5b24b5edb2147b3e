// <qbo-status-badge>: the flag next to the QuickBooks title: "Active" green, "Inactive" gray, "Disabled".
import { displayState, shownLinkState } from '../../core/selectors.js';
import type { DisplayState } from '../../core/selectors.js';
import { adoptText, element } from '../shared/dom.js';
import { PlainElement } from '../shared/plain-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { badgeStyles } from './qbo-status-badge.styles.js';

let labelShape: HTMLSpanElement | null = null;

/** The label span around `text`, cloned from one shape (a page may hold a thousand badges). */
function badgeLabel(text: Text): HTMLSpanElement {
  labelShape ??= element('span', { part: 'label' });
  const label = labelShape.cloneNode() as HTMLSpanElement;
  label.append(text);
  return label;
}

/**
 * The integration status badge. Cheap by design, since a page may hold a thousand: the element itself is the pill
 * (its dot is painted, filled when active and a ring otherwise, so the state reads without colour too), its shadow
 * root holds one span with one text node, and a state change rewrites that text and the `state` attribute, nothing
 * else. Style the pill as `qbo-status-badge` and `qbo-status-badge[state=active]`.
 *
 * @tagname qbo-status-badge
 * @summary "Active" (green) / "Inactive" (gray) / "Disabled" flag for the integration title.
 *
 * @attr {"active" | "inactive" | "disabled" | "loading" | "error" | "unconfigured"} state - Reflects what the badge shows; set by the element itself.
 *
 * @csspart label - The text.
 *
 * @cssstate active - The connection is active (as `[state=active]`).
 * @cssstate inactive - The connection is inactive.
 * @cssstate disabled - The connection is disabled.
 * @cssstate loading - The first status is not known yet.
 * @cssstate error - Loading failed with nothing known.
 * @cssstate unconfigured - No provider or adapter.
 *
 * @cssprop --qbo-badge-background - Pill background (defaults follow the state).
 * @cssprop --qbo-badge-color - Pill text, border and dot colour (defaults follow the state).
 * @cssprop --qbo-color-active - Active text colour.
 * @cssprop --qbo-color-active-bg - Active background.
 * @cssprop --qbo-color-disabled - Inactive/Disabled text colour.
 * @cssprop --qbo-color-disabled-bg - Inactive/Disabled background.
 * @cssprop --qbo-font-family - Font.
 * @cssprop --qbo-font-size - Font size (the badge is 0.8125 of it).
 */
export class QboStatusBadge extends PlainElement {
  static override styles = [tokens, badgeStyles];

  private label = document.createTextNode('');

  /** What the badge shows: `active`, `inactive`, `disabled`, `loading`, `error` (status unknown) or `unconfigured`. */
  get state(): DisplayState {
    return (this.shownState as DisplayState | null) ?? 'unconfigured';
  }

  protected override build(root: ShadowRoot): void {
    root.append(badgeLabel(this.label));
  }

  protected override adopt(root: ShadowRoot): void {
    const span = root.querySelector('[part=label]');
    if (span) this.label = adoptText(span);
    else this.build(root);
  }

  protected override update(): void {
    const { state: connection, strings } = this.connection;
    const state = displayState(connection);
    this.reflectState(state);
    const linkState = shownLinkState(connection);
    const text = linkState
      ? strings.linkState[linkState]
      : state === 'error'
        ? strings.statusUnknown
        : state === 'unconfigured'
          ? strings.notConfigured
          : strings.checking;
    if (this.label.data !== text) this.label.data = text;
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
