// <qbo-status-badge>: the flag next to the QuickBooks title: "Active" green, "Inactive" gray, "Disabled".
import { ReactiveElement } from 'lit';
import { displayState, shownLinkState } from '../../core/selectors.js';
import type { DisplayState } from '../../core/selectors.js';
import { ConnectionController } from '../shared/connection-controller.js';
import { tokens } from '../shared/tokens.styles.js';
import { badgeStyles } from './qbo-status-badge.styles.js';

/**
 * The badge's DOM, made once per page and cloned: a page may hold a thousand badges. Built node by node, not from
 * an HTML string, so a page that enforces Trusted Types needs no policy for it.
 */
let shape: DocumentFragment | null = null;
function badgeShape(): DocumentFragment {
  if (!shape) {
    const span = (part: string) => {
      const element = document.createElement('span');
      element.setAttribute('part', part);
      return element;
    };
    const base = span('base');
    const icon = span('icon');
    icon.setAttribute('aria-hidden', 'true');
    const label = span('label');
    label.textContent = ' ';
    base.append(icon, label);
    shape = document.createDocumentFragment();
    shape.append(base);
  }
  return shape.cloneNode(true) as DocumentFragment;
}

/**
 * The integration status badge. Reflects the link state to its `state` attribute so hosts can style it. Cheap by
 * design: its three spans are made once, and a state change rewrites one text node and one attribute.
 *
 * @tagname qbo-status-badge
 * @summary "Active" (green) / "Inactive" (gray) / "Disabled" flag for the integration title.
 *
 * @csspart base - The pill.
 * @csspart icon - The dot before the label (filled when active, hollow otherwise).
 * @csspart label - The text.
 *
 * @cssprop --qbo-badge-background - Pill background (defaults follow the state).
 * @cssprop --qbo-badge-color - Pill text and border colour (defaults follow the state).
 * @cssprop --qbo-color-active - Active text colour.
 * @cssprop --qbo-color-active-bg - Active background.
 * @cssprop --qbo-color-disabled - Inactive/Disabled text colour.
 * @cssprop --qbo-color-disabled-bg - Inactive/Disabled background.
 */
export class QboStatusBadge extends ReactiveElement {
  static override styles = [tokens, badgeStyles];

  static override properties = {
    state: { type: String, reflect: true },
  };

  /** Reflected: `active`, `inactive`, `disabled`, `loading`, `error` (status unknown) or `unconfigured`. Set by the element itself. */
  declare state: DisplayState;

  protected readonly connection = new ConnectionController(this);
  private label: Text | null = null;

  constructor() {
    super();
    this.state = 'unconfigured';
  }

  protected override willUpdate(): void {
    this.state = displayState(this.connection.state);
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    if (!this.label) {
      const fragment = badgeShape();
      this.label = fragment.querySelector('[part=label]')!.firstChild as Text;
      this.renderRoot.append(fragment);
    }
    const text = this.text();
    if (this.label.data !== text) this.label.data = text;
  }

  private text(): string {
    const { strings } = this.connection;
    const linkState = shownLinkState(this.connection.state);
    if (linkState) return strings.linkState[linkState];
    return this.state === 'error' ? strings.statusUnknown : this.state === 'unconfigured' ? strings.notConfigured : strings.checking;
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
