// <qbo-status-badge>: the flag next to the QuickBooks title: "Active" green, "Inactive" gray, "Disabled".
import { LitElement, html } from 'lit';
import { shownLinkState } from '../../core/selectors.js';
import { ConnectionController } from '../shared/connection-controller.js';
import { tokens } from '../shared/tokens.styles.js';
import { badgeStyles } from './qbo-status-badge.styles.js';

/**
 * The integration status badge. Reflects the link state to its `state` attribute so hosts can style it.
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
export class QboStatusBadge extends LitElement {
  static override styles = [tokens, badgeStyles];

  static override properties = {
    state: { type: String, reflect: true },
  };

  /** Reflected: `active`, `inactive`, `disabled`, `loading`, `error` (status unknown) or `unconfigured`. Set by the element itself. */
  declare state: string;

  private readonly connection = new ConnectionController(this);

  constructor() {
    super();
    this.state = 'unconfigured';
  }

  protected override willUpdate(): void {
    const state = this.connection.state;
    this.state = shownLinkState(state) ?? (!state ? 'unconfigured' : state.status === 'error' ? 'error' : 'loading');
  }

  protected override render() {
    const { strings } = this.connection;
    const linkState = shownLinkState(this.connection.state);
    const label = linkState
      ? strings.linkState[linkState]
      : this.state === 'error' ? strings.statusUnknown : this.state === 'unconfigured' ? strings.notConfigured : strings.checking;
    return html`<span part="base"><span part="icon" aria-hidden="true"></span><span part="label">${label}</span></span>`;
  }
}
