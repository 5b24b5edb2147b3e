// <qbo-connection>: the provider. Owns the one ConnectionStore and hands it to every qbo- element inside it.
import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import type { PropertyValues } from 'lit';
import { connectionContext } from '../../context.js';
import type { ConnectionAdapter } from '../../core/adapter.js';
import { ConnectionStore } from '../../core/store.js';
import type { StoreEnvironment, StoreEvent } from '../../core/store.js';
import { toDomEvent } from '../../events.js';
import { mergeStrings } from '../../i18n/strings.js';
import type { Strings } from '../../i18n/strings.js';
import { nextTask, whenNoModalOpen } from '../shared/modal.js';
import { tokens } from '../shared/tokens.styles.js';

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
    strings: { attribute: false },
  };

  /** The backend adapter (`createHttpAdapter`, `createMemoryAdapter`, or the host's own). */
  declare adapter: ConnectionAdapter | null;
  /** Absolute URL of the redirect_uri page registered with Intuit. Defaults to this page's URL without its query. */
  declare redirectUri: string;
  /** Replacements for any of the built-in texts. */
  declare strings: Partial<Strings> | null;
  /** What the live region says; changing it re-renders through forward(). */
  private announcement = '';
  /** What the live region holds: `announcement`, once it can be heard (see speakWhenHeard). */
  private spokenAnnouncement = '';

  /** Lets tests and unusual hosts replace the page surroundings (storage, navigation, sign-in window). */
  environment: Partial<StoreEnvironment> | undefined = undefined;

  private currentStore: ConnectionStore | null = null;
  private stopListening: (() => void) | null = null;
  private readonly provider = new ContextProvider(this, {
    context: connectionContext,
    initialValue: { store: null, strings: mergeStrings(null) },
  });

  constructor() {
    super();
    this.adapter = null;
    this.redirectUri = '';
    this.strings = null;
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
    // Reattached after a move: build the store again (disconnect disposed it).
    if (this.hasUpdated && !this.currentStore) this.rebuildStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disposeStore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('redirectUri')) this.rebuildStore();
    else if (changed.has('strings')) this.provide();
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
        })
      : null;
    this.currentStore = store;
    if (store) {
      this.stopListening = store.onEvent((event) => this.forward(event));
      void store.resumeFromRedirect();
      void store.load();
      // After the redirect resume, which cleans its own parameters first; a running flow ignores the landing.
      void store.openFromLanding();
    }
    this.provide();
  }

  private disposeStore(): void {
    this.stopListening?.();
    this.stopListening = null;
    this.currentStore?.dispose();
    this.currentStore = null;
  }

  private provide(): void {
    this.provider.setValue({ store: this.currentStore, strings: mergeStrings(this.strings) });
  }

  private forward(event: StoreEvent): void {
    const strings = mergeStrings(this.strings);
    // The success banner speaks for itself (role=status); the provider speaks status changes after the first.
    if (event.type === 'status-change' && event.previous !== null) {
      this.announcement = strings.statusLine(strings.linkState[event.linkState]);
      this.requestUpdate();
    }
    this.dispatchEvent(toDomEvent(event));
  }
}
