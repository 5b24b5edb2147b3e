// <qbo-status-badge>: the flag next to the QuickBooks title: "Active" green, "Inactive" gray, "Disabled".
import { html } from 'lit';
import { shownLinkState } from '../../core/selectors.js';
import { LinkStateElement } from '../link-state-element.js';
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
export class QboStatusBadge extends LinkStateElement {
  static override styles = [tokens, badgeStyles];

  protected override render() {
    const { strings } = this.connection;
    const linkState = shownLinkState(this.connection.state);
    const label = linkState
      ? strings.linkState[linkState]
      : this.state === 'error' ? strings.statusUnknown : this.state === 'unconfigured' ? strings.notConfigured : strings.checking;
    return html`<span part="base"><span part="icon" aria-hidden="true"></span><span part="label">${label}</span></span>`;
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
