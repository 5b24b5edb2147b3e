// <qbo-connection>: the provider. Owns the one ConnectionStore and hands it to every qbo- element inside it.
import { ContextProvider } from '@lit/context';
import { adoptStyles, css } from '@lit/reactive-element/css-tag.js';
import { connectionContext } from '../../context.js';
import type { ConnectionAdapter } from '../../core/adapter.js';
import { DEFAULT_FRESHNESS_INTERVAL_MS } from '../../core/freshness.js';
import type { ConnectionStore, StoreEnvironment, StoreEvent } from '../../core/store.js';
import { toDomEvent } from '../../events.js';
import { hasStringsForLocale, whenStringsForLocale } from '../../i18n/locale.js';
import { mergeStrings } from '../../i18n/strings.js';
import type { Strings } from '../../i18n/strings.js';
import { element, liveRegion, upgradeProperties } from '../shared/dom.js';
import { ElementBase } from '../shared/element-base.js';
import { nextTask, whenNoModalOpen } from '../shared/modal.js';
import { tokens } from '../shared/tokens.styles.js';
import { ConnectionLanguage } from './connection-language.js';
import { ProvidedStore } from './provided-store.js';
import { readServerSnapshot } from './server-snapshot.js';

const styles = [
  tokens,
  css`
    :host {
      display: contents;
    }
  `,
];

/** The properties a host sets; a change to any of them is applied once, a microtask later, with the others. */
type Setting = 'adapter' | 'redirectUri' | 'authorizationOrigins' | 'strings' | 'locale';
const ATTRIBUTES: Record<string, Setting> = {
  'redirect-uri': 'redirectUri',
  'authorization-origins': 'authorizationOrigins',
  locale: 'locale',
};

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
 * Server rendering: `qbo-reconnect/ssr` writes the snapshot it rendered with into the `server-snapshot` attribute
 * (JSON of `{ snapshot, renderedAt }`). The provider shows it at once and, while it is under a minute old, asks the
 * backend nothing until the page comes back into view; an older one is shown while the first load runs.
 *
 * @attr server-snapshot - Written by qbo-reconnect/ssr: the snapshot the page was rendered with; read once, on the first update.
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
 * @fires {CustomEvent<QboHandoffCreateDetail>} qbo-handoff-create - A reconnect link for a QuickBooks admin was made (expiresAt, sentTo). The link itself is not in the event: it is a bearer link, shown once in the form only.
 * @fires {CustomEvent} qbo-handoff-cancel - The open request for a QuickBooks admin was cancelled; its link no longer works.
 * @fires {CustomEvent<QboHandoffErrorDetail>} qbo-handoff-error - Making a link or cancelling the request failed (action, reason, message); nothing changed.
 *
 * @csspart announcer - The visually hidden live region that speaks status changes.
 */
export class QboConnection extends ElementBase {
  static observedAttributes = Object.keys(ATTRIBUTES);
  /** Its shadow root's styles (qbo-reconnect/ssr writes them into the declarative shadow root). */
  static readonly styles = styles;

  private settings: {
    adapter: ConnectionAdapter | null;
    redirectUri: string;
    authorizationOrigins: string;
    strings: Partial<Strings> | null;
    locale: string | null;
  } = { adapter: null, redirectUri: '', authorizationOrigins: '', strings: null, locale: null };

  /** Lets tests and unusual hosts replace the page surroundings (storage, navigation, sign-in window). */
  declare environment: Partial<StoreEnvironment> | undefined;

  /** What the live region is to say, once it can be heard (see speakWhenHeard). */
  private announcement = '';
  /** Whether this store's failed first load was announced (once; see forward). */
  private firstFailureSpoken = false;
  private readonly announcer = liveRegion();

  private readonly stores = new ProvidedStore(() => this.ownerDocument, (event) => this.forward(event));
  /** Settings changed since the last update; the first update applies them all. */
  private readonly changed = new Set<Setting>(['adapter', 'strings', 'locale']);
  private pendingUpdate: Promise<boolean> | null = null;
  private hasUpdated = false;
  /** Set once the shadow root is built or adopted. */
  private ready = false;
  /** The first store took the server's snapshot (if any). */
  private usedServerSnapshot = false;
  /** The disposal a removal scheduled, cancelled when the element is back within the same task. */
  private pendingDisposal: ReturnType<typeof setTimeout> | null = null;
  private readonly provider = new ContextProvider(this, {
    context: connectionContext,
    initialValue: { store: null, strings: mergeStrings(null) },
  });
  private readonly language = new ConnectionLanguage(this, () => this.provide());

  /** The backend adapter (`createHttpAdapter`, `createMemoryAdapter`, or the host's own). */
  get adapter(): ConnectionAdapter | null {
    return this.settings.adapter;
  }

  set adapter(value: ConnectionAdapter | null) {
    this.set('adapter', value ?? null);
  }

  /**
   * Absolute URL of the redirect_uri page registered with Intuit. Defaults to this page's URL without its query.
   * @attr redirect-uri
   */
  get redirectUri(): string {
    return this.settings.redirectUri;
  }

  set redirectUri(value: string) {
    this.set('redirectUri', value ?? '');
  }

  /**
   * Where the sign-in may go, space-separated: origins (`http://127.0.0.1:4010`) or origin and path prefixes.
   * Unset, only Intuit's authorization page (`https://appcenter.intuit.com/connect/oauth2`); set it for a mock
   * Intuit in tests and demos. https only, except on loopback.
   * @attr authorization-origins
   */
  get authorizationOrigins(): string {
    return this.settings.authorizationOrigins;
  }

  set authorizationOrigins(value: string) {
    this.set('authorizationOrigins', value ?? '');
  }

  /** Replacements for any of the built-in texts, applied on top of the locale's table. */
  get strings(): Partial<Strings> | null {
    return this.settings.strings;
  }

  set strings(value: Partial<Strings> | null) {
    this.set('strings', value ?? null);
  }

  /**
   * The language to speak (`fr-CA`, `es-US`, `en`…). Unset, the page decides: the nearest `lang` around this element,
   * else the document's. Any French selects the Canadian French table, any Spanish the US Spanish one, anything else
   * English; dates and numbers follow the same locale.
   * @attr locale
   */
  get locale(): string | null {
    return this.settings.locale;
  }

  set locale(value: string | null) {
    this.set('locale', value || null);
  }

  /** The locale dates and numbers are formatted in (undefined: the browser's). */
  get resolvedLocale(): string | undefined {
    return this.language.intlLocale;
  }

  /** The store of this provider (null without an adapter): hosts call `vendors()` or `refresh()` on it. */
  get store(): ConnectionStore | null {
    return this.stores.current;
  }

  /** Settles once the latest settings are applied (a new adapter has its store, a new locale its strings). */
  get updateComplete(): Promise<boolean> {
    return this.pendingUpdate ?? Promise.resolve(true);
  }

  /** Asks the backend for the connection again. */
  refresh(): Promise<void> {
    return this.stores.current?.refresh() ?? Promise.resolve();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const setting = ATTRIBUTES[name];
    if (setting) (this as unknown as Record<Setting, string | null>)[setting] = value;
  }

  connectedCallback(): void {
    if (!this.ready) {
      this.ready = true;
      upgradeProperties(this, ['adapter', 'redirectUri', 'authorizationOrigins', 'strings', 'locale', 'environment']);
      // A declarative shadow root (qbo-reconnect/ssr) is kept as it is: attachShadow() would empty it.
      const rendered = this.shadowRoot?.querySelector<HTMLDivElement>('[part~="announcer"]');
      if (rendered) this.announcer.adopt(rendered);
      else {
        const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        adoptStyles(root, styles);
        root.append(element('slot'), this.announcer.region);
      }
    }
    this.provider.hostConnected();
    this.language.watch();
    // Moved within one task (re-parented, re-keyed): the store, its sign-in window and its flow carry on.
    if (this.pendingDisposal !== null) {
      clearTimeout(this.pendingDisposal);
      this.pendingDisposal = null;
      this.stores.keepFresh();
    }
    if (!this.hasUpdated) this.scheduleUpdate();
    // Reattached after a real removal: build the store again (the removal disposed it).
    else if (!this.stores.current) this.rebuildStore();
  }

  disconnectedCallback(): void {
    this.language.unwatch();
    // A provider out of the page asks for nothing, even while it may still come back.
    this.stores.pause();
    // Disposed only when still out of the document a task later, so a move does not close the sign-in window.
    if (this.pendingDisposal === null) {
      this.pendingDisposal = setTimeout(() => {
        this.pendingDisposal = null;
        if (!this.isConnected) this.stores.dispose();
      }, 0);
    }
  }

  private set<K extends Setting>(name: K, value: (typeof this.settings)[K]): void {
    if (this.settings[name] === value) return;
    this.settings[name] = value;
    this.changed.add(name);
    // Before the first connection the first update takes every setting at once.
    if (this.ready) this.scheduleUpdate();
  }

  private scheduleUpdate(): void {
    this.pendingUpdate ??= Promise.resolve().then(() => {
      this.pendingUpdate = null;
      this.update();
      return true;
    });
  }

  /** Applies what changed: a new adapter, redirect URI or allowed origins make a new store; strings and locale re-provide. */
  private update(): void {
    const changed = new Set(this.changed);
    this.changed.clear();
    if (changed.has('adapter') || changed.has('redirectUri') || changed.has('authorizationOrigins')) this.rebuildStore();
    else if (changed.has('strings') || changed.has('locale')) this.provide();
    if (changed.has('locale')) this.language.mark();
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      if (!this.stores.current) this.warnWithoutAdapter();
    }
  }

  /**
   * A forgotten adapter is worth a warning, but a server-rendered provider keeps showing the server's snapshot and
   * gets its adapter when the page's framework hydrates (React sets it after the elements upgraded): there the
   * warning waits until that snapshot stops being current, and is dropped if an adapter came by then.
   */
  private warnWithoutAdapter(): void {
    const warn = () => {
      if (this.stores.current || !this.isConnected) return;
      console.warn(
        '<qbo-connection>: no adapter is set, so the connection elements show "Not configured". ' +
          'Set the `adapter` property (for example `createHttpAdapter({ baseUrl: "/api/quickbooks" })`).',
      );
    };
    const rendered = readServerSnapshot(this.getAttribute('server-snapshot'));
    if (rendered?.current) setTimeout(warn, Math.max(0, DEFAULT_FRESHNESS_INTERVAL_MS - performance.now()));
    else warn();
  }

  /**
   * A status change after a reconnect arrives while the dialog is still open, when this region is inert and a
   * screen reader would drop it. The text goes in once no modal is open, and one task later, after the focus moves
   * the closing dialog and the success banner make in their own next task, so the focus change does not talk over it.
   */
  private async speakWhenHeard(text: string): Promise<void> {
    this.announcement = text;
    await nextTask();
    await whenNoModalOpen();
    await nextTask();
    if (this.announcement === text) this.announcer.say(text);
  }

  private rebuildStore(): void {
    this.firstFailureSpoken = false;
    // The server's snapshot serves the first store only (a host may set the adapter late); later ones keep what
    // the last store showed.
    const rendered = this.usedServerSnapshot ? null : readServerSnapshot(this.getAttribute('server-snapshot'));
    this.stores.rebuild({ ...this.settings, environment: this.environment, rendered });
    if (this.stores.current) this.usedServerSnapshot = true;
    this.provide();
  }

  private provide(): void {
    this.language.noteProvided();
    this.provider.setValue({ store: this.stores.current, strings: this.language.strings(this.strings) });
    // The drop-in loads the French and Spanish tables on first use: English shows until the table is here.
    const language = this.language.language;
    if (!hasStringsForLocale(language)) whenStringsForLocale(language).then(() => this.provide(), () => {});
  }

  private forward(event: StoreEvent): void {
    const strings = this.language.strings(this.strings);
    // The success banner speaks for itself (role=status); the provider speaks status changes after the first.
    if (event.type === 'status-change' && event.previous !== null) {
      void this.speakWhenHeard(strings.statusLine(strings.linkState[event.linkState]));
    }
    // A first load that fails is said once (WCAG 4.1.3): the page has shown no status yet, and the failure line
    // appears without a sound. Later failures follow a Retry, which the status line speaks itself.
    if (event.type === 'load-error' && !this.firstFailureSpoken && !this.stores.current?.state.snapshot) {
      this.firstFailureSpoken = true;
      void this.speakWhenHeard(`${strings.loadFailed} ${strings.loadFailure[event.reason]}`);
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
  QboHandoffCreateDetail,
  QboHandoffErrorDetail,
  QboReconnectCancelDetail,
  QboReconnectStartDetail,
  QboReconnectSuccessDetail,
  QboStatusChangeDetail,
} from '../../events.js';
export type { Strings } from '../../i18n/strings.js';
