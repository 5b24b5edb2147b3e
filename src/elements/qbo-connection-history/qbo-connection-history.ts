// <qbo-connection-history>: who linked QuickBooks and when, or when data last synced while the link is down.
import { css, html, nothing } from 'lit';
import { shownLinkState } from '../../core/selectors.js';
import { LinkStateElement } from '../link-state-element.js';
import { formatDay } from '../shared/dates.js';
import { tokens } from '../shared/tokens.styles.js';

/**
 * One line of history under the header. While active: "Reconnected by Dana Ortiz · Nov 25, 2026" ("Connected
 * by …" after a first connection; without a name, "Reconnected · Nov 25, 2026"). While inactive or disabled:
 * "Last synced Oct 30, 2026". Nothing (and `hidden`) when neither is known.
 *
 * @tagname qbo-connection-history
 * @summary "Reconnected by Dana Ortiz · Nov 25, 2026", or "Last synced Oct 30, 2026" while inactive.
 *
 * @csspart base - The line.
 *
 * @cssprop --qbo-color-text-muted - Text colour.
 */
export class QboConnectionHistory extends LinkStateElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      [part='base'] {
        margin: 0;
        color: var(--_muted);
      }
    `,
  ];

  private get line(): string | null {
    const { state, strings } = this.connection;
    const snapshot = state?.snapshot;
    if (!snapshot) return null;
    if (shownLinkState(state) === 'active') {
      const day = formatDay(this, snapshot.connectedAt);
      if (!day) return null;
      const first = state?.firstConnection || !snapshot.everReconnected;
      const name = snapshot.connectedBy?.name;
      if (name) return first ? strings.connectedBy(name, day) : strings.reconnectedBy(name, day);
      return first ? strings.connectedOn(day) : strings.reconnectedOn(day);
    }
    const synced = formatDay(this, snapshot.sync?.lastSyncAt);
    return synced ? strings.lastSynced(synced) : null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.hidden = this.line === null;
  }

  protected override render() {
    const line = this.line;
    return line ? html`<p part="base">${line}</p>` : nothing;
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
