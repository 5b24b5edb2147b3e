// <qbo-integration-header>: the seed's whole integration header in one tag, composed of the other qbo- elements.
import { LitElement, html } from 'lit';
import { ConnectionController } from '../shared/connection-controller.js';
import { tokens } from '../shared/tokens.styles.js';
import { headerStyles } from './qbo-integration-header.styles.js';
import { definePieces } from './pieces.js';

/**
 * The QuickBooks integration detail header for hosts that want everything: the success banner on top, the title
 * with its status badge, "API Connection Status is …" with Connect Account (or, while active, Disconnect) at the
 * top right, who connected and when (or when data last synced), the expiry warning before credentials lapse, Total
 * Sync Files and Most Recent Sync Date, the link-state tabs below, and the reconnect dialog. Every piece reads the enclosing
 * `<qbo-connection>`. The pieces it uses are registered (idempotently) when the first header is created, so
 * registering this one tag is enough.
 *
 * @tagname qbo-integration-header
 * @summary The whole QuickBooks integration header: banner, title + badge, status + link or Disconnect, history, expiry warning, sync summary, tabs, dialog.
 *
 * @slot title - Replaces the title text ("QuickBooks Online").
 * @slot - Extra content below the link-state tabs.
 *
 * @csspart base - The header box.
 * @csspart top - The row with the title and the connection status.
 * @csspart title-row - The title and its badge.
 * @csspart title - The heading.
 * @csspart status-column - The connection status and the Disconnect action, top right.
 *
 * @cssprop --qbo-header-background - Header background.
 * @cssprop --qbo-header-title-size - Title font size.
 * @cssprop --qbo-color-border - Header border colour.
 */
export class QboIntegrationHeader extends LitElement {
  static override styles = [tokens, headerStyles];

  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    expiryThresholdDays: { type: Number, attribute: 'expiry-threshold-days' },
  };

  /** The level of the title heading (1–6), so the header fits the host page's outline. Default 2. */
  declare headingLevel: number;
  /** How many days before the credentials lapse the expiry warning appears. Default 14. */
  declare expiryThresholdDays: number;

  private readonly connection = new ConnectionController(this);

  /** Server-rendered: wait for the provider's store before the first (hydrating) update. */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return super.shouldUpdate(changed) && !this.connection.awaitingStore;
  }

  constructor() {
    super();
    this.headingLevel = 2;
    this.expiryThresholdDays = 14;
    definePieces(this.ownerDocument);
  }

  protected override render() {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div part="base">
      <qbo-success-banner></qbo-success-banner>
      <div part="top">
        <div part="title-row">
          <div part="title" role="heading" aria-level=${level}><slot name="title">${this.connection.strings.productName}</slot></div>
          <qbo-status-badge></qbo-status-badge>
        </div>
        <div part="status-column">
          <qbo-connection-status></qbo-connection-status>
          <qbo-disconnect></qbo-disconnect>
        </div>
      </div>
      <qbo-connection-history></qbo-connection-history>
      <qbo-expiry-warning threshold-days=${this.expiryThresholdDays}></qbo-expiry-warning>
      <qbo-sync-summary></qbo-sync-summary>
      <qbo-link-state-tabs></qbo-link-state-tabs>
      <slot></slot>
      <qbo-reconnect-dialog></qbo-reconnect-dialog>
    </div>`;
  }
}
