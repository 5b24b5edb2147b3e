// <qbo-sync-summary>: "Total Sync Files" and "Most Recent Sync Date" in the page's locale, once the connection is live.
import { html, nothing } from 'lit';
import { isLive, shownLinkState } from '../../core/selectors.js';
import { LinkStateElement } from '../link-state-element.js';
import { pageLocale } from '../../i18n/locale.js';
import { tokens } from '../shared/tokens.styles.js';
import { syncSummaryStyles } from './qbo-sync-summary.styles.js';

// Re-exported for the date helpers of the other elements, which import it from here.
export { pageLocale };

/**
 * The sync history of the seed's page header, shown once the connection is active: the Total Sync Files count
 * (Intl.NumberFormat) and the Most Recent Sync Date (Intl.DateTimeFormat, medium date and short time, in a
 * `<time datetime>`), both in the provider's locale: the host's `locale` on `<qbo-connection>`, else the `lang` of
 * its nearest ancestor, else the document's, else the browser's. Until the connection is active — or when the backend reports no sync data — it renders nothing and
 * sets `hidden`. The `state` attribute reflects the connection like `<qbo-status-badge>`.
 *
 * @tagname qbo-sync-summary
 * @summary "Total Sync Files" and "Most Recent Sync Date", once the connection is active.
 *
 * @csspart base - The `<dl>`.
 * @csspart item - One term/value pair.
 * @csspart term - A label ("Total Sync Files", "Most Recent Sync Date").
 * @csspart value - A value (also `count`, `date`, or `never` when nothing has synced yet).
 * @csspart count - The number of sync files.
 * @csspart date - The most recent sync date.
 * @csspart never - "Not yet synced" in place of a date.
 *
 * @cssprop --qbo-color-text - Values.
 * @cssprop --qbo-color-text-muted - Labels and "Not yet synced".
 * @cssprop --qbo-spacing - Space between the pairs.
 * @cssprop --qbo-font-family - Font.
 * @cssprop --qbo-font-size - Font size.
 */
export class QboSyncSummary extends LinkStateElement {
  static override styles = [tokens, syncSummaryStyles];

  private get sync() {
    const state = this.connection.state;
    return isLive(state) ? (state?.snapshot?.sync ?? null) : null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.hidden = !this.sync;
  }

  protected override render() {
    const sync = this.sync;
    if (!sync) return nothing;
    const { strings } = this.connection;
    const locale = pageLocale(this);
    const count = new Intl.NumberFormat(locale).format(sync.totalFiles);
    const { lastSyncAt } = sync;
    const syncedAt = lastSyncAt ? new Date(lastSyncAt) : null;
    const date =
      lastSyncAt && syncedAt && !Number.isNaN(syncedAt.getTime())
        ? html`<dd part="value date"><time datetime=${lastSyncAt}>${new Intl.DateTimeFormat(locale, {
            dateStyle: 'medium',
            timeStyle: 'short',
          }).format(syncedAt)}</time></dd>`
        : html`<dd part="value never">${strings.neverSynced}</dd>`;
    return html`<dl part="base">
      <div part="item"><dt part="term">${strings.totalSyncFiles}</dt><dd part="value count">${count}</dd></div>
      <div part="item"><dt part="term">${strings.mostRecentSyncDate}</dt>${date}</div>
    </dl>`;
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
