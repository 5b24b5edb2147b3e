// <qbo-connection>: the provider. Owns the one ConnectionStore and hands it to every qbo- element inside it.
import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import type { PropertyValues } from 'lit';
import { connectionContext } from '../../context.js';
import type { ConnectionAdapter } from '../../core/adapter.js';
import { watchFreshness } from '../../core/freshness.js';
import { ConnectionStore } from '../../core/store.js';
import type { StoreEnvironment, StoreEvent } from '../../core/store.js';
import { toDomEvent } from '../../events.js';
import { hasStringsForLocale, whenStringsForLocale } from '../../i18n/locale.js';
import { mergeStrings } from '../../i18n/strings.js';
import type { Strings } from '../../i18n/strings.js';
import { nextTask, whenNoModalOpen } from '../shared/modal.js';
import { pageSignals } from '../shared/page-signals.js';
import { tokens } from '../shared/tokens.styles.js';
import { AdapterSwaps } from './adapter-swaps.js';
import { ConnectionLanguage } from './connection-language.js';

function isAdapter(value: unknown): value is ConnectionAdapter {
  const candidate = value as Partial<ConnectionAdapter> | null;
  return (
    !!candidate &&
    typeof candidate.load === 'function' &&
    typeof candidate.authorize === 'function' &&
    typeof candidate.complete === 'function' &&
    typeof candidate.vendors === 'function'
  );
}

/**
 * Provides the connection to every `qbo-` element inside it: one store, one `load()` request, one reconnect flow.
 * Resumes a redirect-mode sign-in when the page returns from Intuit, and announces status changes to screen
 * readers.
 *
 * Language: English, Canadian French and US Spanish tables ship. The host picks one with `locale`, or the page's
 * `lang` decides (any `fr` → fr-CA, any `es` → es-US); `strings` overrides apply on top, and dates and numbers
 * follow the same locale.
 *
 * @tagname qbo-connection
 * @summary The provider: give it an adapter and a redirect URI, put the other qbo- elements inside.
 *
 * @slot - The page content that uses the connection (any qbo- elements, anywhere below).
 *
 * @fires {CustomEvent<QboStatusChangeDetail>} qbo-status-change - The link state was first learned or changed.
 * @fires {CustomEvent<QboErrorDetail>} qbo-load-error - Loading the connection failed (reason, message); the last known state stays shown.
 * @fires {CustomEvent<QboReconnectStartDetail>} qbo-reconnect-start - The user said Yes: Intuit sign-in opens (popup or redirect).
 * @fires {CustomEvent<QboReconnectCancelDetail>} qbo-reconnect-cancel - The user said No, pressed Esc or cancelled sign-in.
 * @fires {CustomEvent<QboReconnectSuccessDetail>} qbo-reconnect-success - The account is reconnected.
 * @fires {CustomEvent<QboErrorDetail>} qbo-reconnect-error - The reconnect failed with a named reason.
 * @fires {CustomEvent} qbo-banner-dismiss - The user dismissed the success banner.
 * @fires {CustomEvent<QboDisconnectDetail>} qbo-disconnect - The link ended (Disconnect confirmed); detail has the new snapshot.
 * @fires {CustomEvent} qbo-disconnect-cancel - The user left the Disconnect confirmation without disconnecting.
 * @fires {CustomEvent<QboErrorDetail>} qbo-disconnect-error - Disconnecting failed (reason, message); nothing changed.
 *
 * @csspart announcer - The visually hidden live region that speaks status changes.
 */
export class QboConnection extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  static override properties = {
    adapter: { attribute: false },
    redirectUri: { type: String, attribute: 'redirect-uri' },
    authorizationOrigins: { type: String, attribute: 'authorization-origins' },
    strings: { attribute: false },
    locale: { type: String },
  };

  /** The backend adapter (`createHttpAdapter`, `createMemoryAdapter`, or the host's own). */
  declare adapter: ConnectionAdapter | null;
  /** Absolute URL of the redirect_uri page registered with Intuit. Defaults to this page's URL without its query. */
  declare redirectUri: string;
  /**
   * Where the sign-in may go, space-separated: origins (`http://127.0.0.1:4010`) or origin and path prefixes.
   * Unset, only Intuit's authorization page (`https://appcenter.intuit.com/connect/oauth2`); set it for a mock
   * Intuit in tests and demos. https only, except on loopback.
   */
  declare authorizationOrigins: string;
  /** Replacements for any of the built-in texts, applied on top of the locale's table. */
  declare strings: Partial<Strings> | null;
  /**
   * The language to speak (`fr-CA`, `es-US`, `en`…). Unset, the page decides: the nearest `lang` around this element,
   * else the document's. Any French selects the Canadian French table, any Spanish the US Spanish one, anything else
   * English; dates and numbers follow the same locale.
   */
  declare locale: string | null;
  /** What the live region says; changing it re-renders through forward(). */
  private announcement = '';
  /** What the live region holds: `announcement`, once it can be heard (see speakWhenHeard). */
  private spokenAnnouncement = '';

  /** Lets tests and unusual hosts replace the page surroundings (storage, navigation, sign-in window). */
  environment: Partial<StoreEnvironment> | undefined = undefined;

  private currentStore: ConnectionStore | null = null;
  /** The disposal a removal scheduled, cancelled when the element is back within the same task. */
  private pendingDisposal: ReturnType<typeof setTimeout> | null = null;
  /** Notices a host that creates a new adapter per render. */
  private readonly adapterSwaps = new AdapterSwaps();
  private stopListening: (() => void) | null = null;
  private stopFreshness: (() => void) | null = null;
  private readonly provider = new ContextProvider(this, {
    context: connectionContext,
    initialValue: { store: null, strings: mergeStrings(null) },
  });
  private readonly language = new ConnectionLanguage(this, () => this.provide());

  constructor() {
    super();
    this.adapter = null;
    this.redirectUri = '';
    this.authorizationOrigins = '';
    this.strings = null;
    this.locale = null;
  }

  /** The locale dates and numbers are formatted in (undefined: the browser's). */
  get resolvedLocale(): string | undefined {
    return this.language.intlLocale;
  }

  /** The store of this provider (null without an adapter): hosts call `vendors()` or `refresh()` on it. */
  get store(): ConnectionStore | null {
    return this.currentStore;
  }

  /** Asks the backend for the connection again. */
  refresh(): Promise<void> {
    return this.currentStore?.refresh() ?? Promise.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.language.watch();
    // Moved within one task (re-parented, re-keyed): the store, its sign-in window and its flow carry on.
    if (this.pendingDisposal !== null) {
      clearTimeout(this.pendingDisposal);
      this.pendingDisposal = null;
      if (this.currentStore) this.keepFresh(this.currentStore);
    }
    // Reattached after a real removal: build the store again (the removal disposed it).
    if (this.hasUpdated && !this.currentStore) this.rebuildStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.language.unwatch();
    // A provider out of the page asks for nothing, even while it may still come back.
    this.stopFreshness?.();
    this.stopFreshness = null;
    // Disposed only when still out of the document a task later, so a move does not close the sign-in window.
    if (this.pendingDisposal === null) {
      this.pendingDisposal = setTimeout(() => {
        this.pendingDisposal = null;
        if (!this.isConnected) this.disposeStore();
      }, 0);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('redirectUri') || changed.has('authorizationOrigins')) this.rebuildStore();
    else if (changed.has('strings') || changed.has('locale')) this.provide();
    if (changed.has('locale')) this.language.mark();
  }

  protected override firstUpdated(): void {
    if (!this.currentStore) {
      console.warn(
        '<qbo-connection>: no adapter is set, so the connection elements show "Not configured". ' +
          'Set the `adapter` property (for example `createHttpAdapter({ baseUrl: "/api/quickbooks" })`).',
      );
    }
  }

  protected override render() {
    return html`<slot></slot>
      <div part="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.spokenAnnouncement}</div>`;
  }

  protected override updated(): void {
    if (this.announcement !== this.spokenAnnouncement) void this.speakWhenHeard();
  }

  /**
   * A status change after a reconnect arrives while the dialog is still open, when this region is inert and a
   * screen reader would drop it. The text goes in once no modal is open, and one task later, after the focus moves
   * the closing dialog and the success banner make in their own next task, so the focus change does not talk over it.
   */
  private async speakWhenHeard(): Promise<void> {
    await nextTask();
    await whenNoModalOpen();
    await nextTask();
    if (this.announcement === this.spokenAnnouncement) return;
    this.spokenAnnouncement = this.announcement;
    this.requestUpdate();
  }

  private rebuildStore(): void {
    // What the old store showed stays on screen until the new one loads (see initialSnapshot).
    const shown = this.currentStore?.state.snapshot ?? null;
    if (this.currentStore && this.adapter !== this.currentStore.adapter) this.adapterSwaps.note();
    this.disposeStore();
    if (this.adapter && !isAdapter(this.adapter)) {
      console.error('<qbo-connection>: `adapter` lacks load/authorize/complete/vendors; it is ignored.');
    }
    const adapter = isAdapter(this.adapter) ? this.adapter : null;
    const store = adapter
      ? new ConnectionStore({
          adapter,
          ...(this.redirectUri ? { redirectUri: this.redirectUri } : {}),
          ...(this.environment ? { environment: this.environment } : {}),
          authorizationOrigins: this.authorizationOrigins.split(/\s+/).filter(Boolean),
          initialSnapshot: shown,
        })
      : null;
    this.currentStore = store;
    if (store) {
      this.stopListening = store.onEvent((event) => this.forward(event));
      void store.resumeFromRedirect();
      void store.load();
      // After the redirect resume, which cleans its own parameters first; a running flow ignores the landing.
      void store.openFromLanding();
      this.keepFresh(store);
    }
    this.provide();
  }

  /** Back to a page left hidden (or unfocused) for a while: ask again, at most once a minute, never while hidden. */
  private keepFresh(store: ConnectionStore): void {
    this.stopFreshness?.();
    this.stopFreshness = watchFreshness(() => void store.refresh(), pageSignals(this.ownerDocument));
  }

  private disposeStore(): void {
    this.stopListening?.();
    this.stopListening = null;
    this.stopFreshness?.();
    this.stopFreshness = null;
    this.currentStore?.dispose();
    this.currentStore = null;
  }

  private provide(): void {
    this.language.noteProvided();
    this.provider.setValue({ store: this.currentStore, strings: this.language.strings(this.strings) });
    // The drop-in loads the French and Spanish tables on first use: English shows until the table is here.
    const language = this.language.language;
    if (!hasStringsForLocale(language)) whenStringsForLocale(language).then(() => this.provide(), () => {});
  }

  private forward(event: StoreEvent): void {
    const strings = this.language.strings(this.strings);
    // The success banner speaks for itself (role=status); the provider speaks status changes after the first.
    if (event.type === 'status-change' && event.previous !== null) {
      this.announcement = strings.statusLine(strings.linkState[event.linkState]);
      this.requestUpdate();
    }
    this.dispatchEvent(toDomEvent(event));
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { ConnectionAdapter } from '../../core/adapter.js';
export type { ConnectionStore, StoreEnvironment } from '../../core/store.js';
export type {
  QboDisconnectDetail,
  QboErrorDetail,
  QboReconnectCancelDetail,
  QboReconnectStartDetail,
  QboReconnectSuccessDetail,
  QboStatusChangeDetail,
} from '../../events.js';
export type { Strings } from '../../i18n/strings.js';
