// <qbo-connection-history>: who linked QuickBooks and when, and a "Show history" disclosure listing the link's events.
import { html, nothing, svg } from 'lit';
import { HISTORY_IDLE, HistoryLoader } from '../../core/history.js';
import type { HistoryState } from '../../core/history.js';
import type { ConnectionSnapshot, HistoryItem } from '../../core/model.js';
import { shownLinkState } from '../../core/selectors.js';
import type { ConnectionStore } from '../../core/store.js';
import { pageLocale } from '../../i18n/locale.js';
import { LinkStateElement } from '../link-state-element.js';
import { formatDay } from '../shared/dates.js';
import { tokens } from '../shared/tokens.styles.js';
import { connectionHistoryStyles } from './qbo-connection-history.styles.js';

/** What makes the list out of date: a new link, a new state or reason, another company. */
function linkKey(snapshot: ConnectionSnapshot | null | undefined): string | null {
  if (!snapshot) return null;
  return [snapshot.linkState, snapshot.inactiveReason, snapshot.connectedAt, snapshot.company?.realmId].join('|');
}

/**
 * One line of history under the header. While active: "Reconnected by Dana Ortiz · Nov 25, 2026" ("Connected
 * by …" after a first connection; without a name, "Reconnected · Nov 25, 2026"). While inactive or disabled:
 * "Last synced Oct 30, 2026".
 *
 * Below it, where the backend keeps the link's events (the adapter's `history`, `GET /connection/history`), a
 * "Show history" button discloses them (the APG disclosure pattern: the button's `aria-expanded` tells whether the
 * region it controls is shown) as a list, newest first: what happened in plain words, who did it, the company, and
 * the date in the page's language; "Show more" brings older ones. The first page is asked for once the status is
 * known, so the list opens at once; a backend without history (no `history` method, or a 404) gets no button at
 * all. Loading and failures (named, with Retry) show in the region, and each page that arrives is announced.
 * Nothing (and `hidden`) when there is neither a line nor a history.
 *
 * @tagname qbo-connection-history
 * @summary "Reconnected by Dana Ortiz · Nov 25, 2026", and a "Show history" list of the link's events.
 *
 * @csspart base - The line.
 * @csspart toggle - The "Show history" / "Hide history" button.
 * @csspart toggle-icon - The chevron in the button.
 * @csspart panel - The region the button shows and hides.
 * @csspart list - The `<ol>` of events, newest first.
 * @csspart item - One event (`<li>`).
 * @csspart event - What happened, and who did it.
 * @csspart detail - Why a link went inactive, or how many days are left before it lapses.
 * @csspart meta - The company and the date.
 * @csspart empty - Shown when the link has no events yet.
 * @csspart loading - "Loading history…".
 * @csspart error - The load failure, named, with Retry.
 * @csspart error-reason - The named failure.
 * @csspart retry - The Retry button.
 * @csspart more - The "Show more" button.
 * @csspart announcer - The visually hidden live region that announces each page.
 *
 * @cssprop --qbo-color-text-muted - The line, dates and companies.
 * @cssprop --qbo-color-text - Event text.
 * @cssprop --qbo-color-link - The "Show history" button.
 * @cssprop --qbo-color-danger - The load failure.
 * @cssprop --qbo-color-border - The list's rule.
 * @cssprop --qbo-color-focus - Focus ring.
 */
export class QboConnectionHistory extends LinkStateElement {
  static override styles = [tokens, connectionHistoryStyles];

  static override properties = {
    ...LinkStateElement.properties,
    open: { state: true },
  };

  /** Whether the history region is shown. */
  private declare open: boolean;
  private loader: HistoryLoader | null = null;
  private loaderStore: ConnectionStore | null = null;
  /** True once the backend answered a page or failed other than with a 404: only then is the button offered. */
  private answered = false;
  private shownKey: string | null = null;
  /** A load the person asked for (open, Show more, Retry): only those are announced. */
  private asked = false;
  private announcement = '';

  constructor() {
    super();
    this.open = false;
    // A server render drew the button (the page's adapter keeps a history): it stays while the first page loads.
    this.answered = !!this.shadowRoot?.querySelector('[part="toggle"]');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loader?.dispose();
    this.loader = null;
    this.loaderStore = null;
  }

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

  /**
   * Whether the disclosure is offered: the backend keeps a history and has answered for it (or a server render said
   * the page's adapter keeps one).
   */
  private get offered(): boolean {
    if (!this.connection.store) return typeof this.connection.adapter?.history === 'function';
    return this.answered && this.loader !== null && this.loader.state.status !== 'unsupported';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const store = this.connection.store;
    if (store !== this.loaderStore) {
      this.loader?.dispose();
      this.loaderStore = store;
      // Another store's history is not known yet; the first keeps the button a server render drew.
      if (this.hasUpdated) this.answered = false;
      this.shownKey = null;
      this.loader = store ? new HistoryLoader(store.adapter, { onChange: (state) => this.heard(state) }) : null;
    }
    if (!this.offered) this.open = false;
    this.hidden = this.line === null && !this.offered;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // The first page once the status is known; again whenever the link changes (a reconnect adds an event).
    const key = linkKey(this.connection.state?.snapshot);
    const loader = this.loader;
    if (loader && key !== null && key !== this.shownKey) {
      this.shownKey = key;
      // After this update, not inside it: the loader's first notice asks for the next one.
      queueMicrotask(() => void loader.load());
    }
  }

  private heard(state: HistoryState): void {
    if (state.status === 'ready' || state.status === 'error') this.answered = true;
    if (this.asked && state.status !== 'loading') {
      const { history, loadFailure } = this.connection.strings;
      this.asked = false;
      this.announcement =
        state.status === 'ready'
          ? history.loaded(state.items.length, state.nextCursor !== null)
          : state.error
            ? `${history.failed} ${loadFailure[state.error.reason]}`
            : '';
    }
    this.requestUpdate();
  }

  private toggle(): void {
    this.open = !this.open;
    const loader = this.loader;
    if (!this.open || !loader) return;
    const { status, items, nextCursor } = loader.state;
    if (status === 'ready') this.announcement = this.connection.strings.history.loaded(items.length, nextCursor !== null);
    else if (status === 'loading') this.asked = true;
  }

  private async more(): Promise<void> {
    const loader = this.loader;
    if (!loader || loader.state.status === 'loading') return;
    const before = loader.state.items.length;
    this.asked = true;
    await loader.more();
    await this.updateComplete;
    // The button goes with the last page: focus moves to the first event it brought rather than to the page.
    if (!this.shadowRoot?.querySelector('[part="more"]')) {
      this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="item"]')[before]?.focus();
    }
  }

  private retry(): void {
    this.asked = true;
    void this.loader?.retry();
  }

  private describe(item: HistoryItem): string {
    const { history } = this.connection.strings;
    const who = item.actor?.name ?? item.actor?.email ?? null;
    let text = who ? history.by(history.event[item.type], who) : history.event[item.type];
    const asker = item.requestedBy?.name;
    if (asker && asker !== who) text = history.requestedBy(text, asker);
    return text;
  }

  private detail(item: HistoryItem): string | null {
    const strings = this.connection.strings;
    if (item.type === 'expiring' && item.daysLeft !== null) return strings.history.daysLeft(item.daysLeft);
    if ((item.type === 'inactive' || item.type === 'disconnected') && item.reason) return strings.inactiveReason[item.reason];
    return null;
  }

  private renderItem(item: HistoryItem, format: Intl.DateTimeFormat) {
    const detail = this.detail(item);
    const date = new Date(item.at);
    const day = Number.isNaN(date.getTime()) ? item.at : format.format(date);
    return html`<li part="item" tabindex="-1">
      <span part="event">${this.describe(item)}</span>
      ${detail ? html`<span part="detail">${detail}</span>` : nothing}
      <span part="meta">${item.company ? html`${item.company.name} · ` : nothing}<time datetime=${item.at}>${day}</time></span>
    </li>`;
  }

  private renderPanel(state: HistoryState) {
    const { history, loadFailure } = this.connection.strings;
    const format = new Intl.DateTimeFormat(pageLocale(this), { dateStyle: 'medium', timeStyle: 'short' });
    const loading = state.status === 'loading';
    return html`${state.items.length > 0
      ? html`<ol part="list">${state.items.map((item) => this.renderItem(item, format))}</ol>`
      : state.status === 'ready'
        ? html`<p part="empty">${history.empty}</p>`
        : nothing}
    ${loading && state.items.length === 0 ? html`<p part="loading">${history.loading}</p>` : nothing}
    ${state.status === 'error' && state.error
      ? html`<p part="error">
          <span>${history.failed}</span>
          <span part="error-reason">${loadFailure[state.error.reason]}</span>
          <button part="retry" type="button" @click=${this.retry}>${history.retry}</button>
        </p>`
      : nothing}
    ${state.nextCursor !== null && state.status !== 'error'
      ? html`<button part="more" type="button" aria-disabled=${loading ? 'true' : 'false'} @click=${this.more}>
          ${loading ? history.loading : history.showMore}
        </button>`
      : nothing}`;
  }

  protected override render() {
    const line = this.line;
    const { history } = this.connection.strings;
    const state = this.loader?.state ?? HISTORY_IDLE;
    return html`${line ? html`<p part="base">${line}</p>` : nothing}
      ${this.offered
        ? html`<button part="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="panel" @click=${this.toggle}>
              <svg part="toggle-icon" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" focusable="false">
                ${svg`<path d="M5.5 2.5 11 8l-5.5 5.5-1.4-1.4L8.2 8 4.1 3.9z" />`}
              </svg>
              ${this.open ? history.hide : history.show}
            </button>
            <div part="panel" id="panel" role="region" aria-label=${history.label} ?hidden=${!this.open}>
              ${this.open ? this.renderPanel(state) : nothing}
            </div>`
        : nothing}
      <div part="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
