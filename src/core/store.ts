// ConnectionStore: the one owner of a provider's connection state; loading, the reconnect run, redirect resume and
// disconnection are its parts (store-loading.ts, store-reconnect.ts, store-redirect.ts, disconnection.ts).
import type { ConnectionAdapter, RequestOptions } from './adapter.js';
import { ConnectionError, toConnectionError } from './errors.js';
import { reconnectHelps } from './model.js';
import type { ConnectionSnapshot, HandoffCreateRequest, VendorPage, VendorsRequest } from './model.js';
import { isRunning } from './reconnect-flow.js';
import type { AuthorizeMode } from './reconnect-flow.js';
import { parseSnapshot, parseVendorPage } from './schemas.js';
import { browserEnvironment } from './oauth-environment.js';
import type { StoreEnvironment } from './oauth-environment.js';
import { Disconnection } from './disconnection.js';
import { reconnectedElsewhere, withAccessDenied } from './handoff-state.js';
import { HandoffRun } from './store-handoff.js';
import { readLanding } from './landing.js';
import { SnapshotLoader } from './store-loading.js';
import { ReconnectRun } from './store-reconnect.js';
import { takeRedirectReturn } from './store-redirect.js';
import { restingState } from './store-state.js';
import type { StoreCore, StoreEvent, StoreState } from './store-state.js';
import { DEFAULT_CALL_TIMEOUT_MS, withDeadline } from './deadline.js';
import { INTUIT_AUTHORIZATION_URL } from './oauth-protocol.js';

export type { LoadStatus, StoreEvent, StoreState } from './store-state.js';
export type { AuthorizationWindow, StoreEnvironment } from './oauth-environment.js';

export interface ConnectionStoreOptions {
  adapter: ConnectionAdapter | null;
  /** Absolute URL of the redirect_uri page registered with Intuit; defaults to the current page without query. */
  redirectUri?: string;
  environment?: Partial<StoreEnvironment>;
  /**
   * The longest wait for any one adapter call (load, authorize, complete, disconnect) before it ends as `timeout`;
   * default 30 s. A host adapter that never settles then still leaves Retry or Try again.
   */
  callTimeoutMs?: number;
  /**
   * Where authorize() may send the user: origins (`http://127.0.0.1:4010`) or origin and path prefixes. Default
   * Intuit's authorization page only; https everywhere, plain http only on loopback (a mock Intuit in tests).
   */
  authorizationOrigins?: readonly string[];
  /**
   * A snapshot to show until the first load answers: a provider given a new adapter keeps what it showed, so the
   * swap neither flashes "Checking…" nor announces the same status again. An invalid one is ignored.
   */
  initialSnapshot?: ConnectionSnapshot | null;
  /**
   * The initial snapshot is current (a server rendered the page with it moments ago): the store starts ready, its
   * first load() asks the backend nothing and announces that snapshot instead; refresh() still asks.
   */
  initialSnapshotIsCurrent?: boolean;
}

export class ConnectionStore {
  readonly adapter: ConnectionAdapter | null;
  readonly redirectUri: string;
  private readonly env: StoreEnvironment;
  private readonly callTimeoutMs: number;
  private current: StoreState;
  private readonly stateListeners = new Set<(state: StoreState) => void>();
  private readonly eventListeners = new Set<(event: StoreEvent) => void>();
  private readonly loader: SnapshotLoader;
  private readonly reconnect: ReconnectRun;
  private readonly disconnection: Disconnection;
  private readonly handoffRun: HandoffRun;
  private unsubscribeAdapter: (() => void) | null = null;
  /** A current initial snapshot is announced by the first load() in place of a request. */
  private announceInitial: boolean;

  constructor(options: ConnectionStoreOptions) {
    this.adapter = options.adapter;
    this.env = { ...browserEnvironment(), ...options.environment };
    this.redirectUri = options.redirectUri || this.defaultRedirectUri();
    this.callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
    const initial = this.adapter ? validOrNull(options.initialSnapshot) : null;
    this.announceInitial = !!initial && !!options.initialSnapshotIsCurrent;
    this.current = restingState(!this.adapter ? 'unconfigured' : this.announceInitial ? 'ready' : 'loading', initial);
    // The parts read the live state through getters, so they need the store itself rather than a copy.
    const store = this;
    const core: StoreCore = {
      get state() {
        return store.current;
      },
      update: (patch) => this.update(patch),
      emit: (event) => this.emit(event),
      applySnapshot: (snapshot) => this.applySnapshot(snapshot),
      call: (what, run, parent) => this.call(what, run, parent),
    };
    this.loader = new SnapshotLoader(this.adapter, core);
    this.reconnect = new ReconnectRun(core, {
      adapter: this.adapter,
      env: this.env,
      redirectUri: this.redirectUri,
      authorizationOrigins: options.authorizationOrigins?.length ? [...options.authorizationOrigins] : [INTUIT_AUTHORIZATION_URL],
      accept: (snapshot, firstConnection) => {
        this.loader.supersede();
        this.update({ status: 'ready', loadError: null, bannerVisible: true, firstConnection });
        this.disconnection.forget();
        this.applySnapshot(snapshot);
      },
      recheck: () => void this.refresh(),
    });
    this.disconnection = new Disconnection(core, {
      adapter: this.adapter,
      accept: (snapshot) => {
        this.loader.supersede();
        this.update({ status: 'ready', loadError: null, bannerVisible: false });
        this.applySnapshot(snapshot);
      },
      refresh: () => this.refresh(),
    });
    this.handoffRun = new HandoffRun(core, {
      adapter: this.adapter,
      accept: (snapshot) => {
        this.loader.supersede();
        this.update({ status: 'ready', loadError: null });
        this.applySnapshot(snapshot);
      },
      refresh: () => this.refresh(),
    });
    if (this.adapter?.subscribe) {
      this.unsubscribeAdapter = this.adapter.subscribe((pushed) => this.loader.acceptPush(pushed));
    }
  }

  get state(): StoreState {
    return this.current;
  }

  /**
   * Calls `listener` with every new state; returns the unsubscribe function. Bound, so it can be handed on as it is
   * (React's `useSyncExternalStore(store.subscribe, …)`).
   */
  readonly subscribe = (listener: (state: StoreState) => void): (() => void) => {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  };

  /** Calls `listener` with every store event (the provider turns them into DOM events). */
  onEvent(listener: (event: StoreEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  // ── Loading ──────────────────────────────────────────────────────────────────────────────────────────

  /** Loads the snapshot once; concurrent and later callers share that one request. */
  load(): Promise<void> {
    const snapshot = this.current.snapshot;
    if (this.announceInitial && snapshot) {
      this.announceInitial = false;
      if (this.current.status === 'ready') this.emit({ type: 'status-change', linkState: snapshot.linkState, previous: null, snapshot });
    }
    return this.loader.load();
  }

  /** Asks the backend again; a reply still in flight from an earlier load is aborted and ignored. */
  refresh(): Promise<void> {
    return this.loader.refresh();
  }

  /** A page of vendors, validated; hosts fill their own Vendors table with it. */
  async vendors(request: VendorsRequest, options?: RequestOptions): Promise<VendorPage> {
    if (!this.adapter) throw new ConnectionError('not_configured', 'No adapter is configured.');
    try {
      return parseVendorPage(await this.adapter.vendors(request, options));
    } catch (thrown) {
      throw toConnectionError(thrown);
    }
  }

  // ── Reconnect intent (the elements call these) ───────────────────────────────────────────────────────

  /** The Connect Account link: shows "Are you sure to Reconnect?". Ignored while a flow runs, or where it cannot help. */
  requestReconnect(): void {
    if (reconnectHelps(this.current.snapshot?.inactiveReason ?? null)) void this.reconnect.request();
  }

  /**
   * Yes (or "Try again"): opens Intuit sign-in. Must run synchronously inside the user's click, because the popup
   * is opened before any await; `redirect` leaves the page instead (the fallback when popups are blocked).
   */
  confirm(mode: AuthorizeMode = 'popup'): void {
    this.reconnect.confirm(mode);
  }

  /** The second Yes: link the different company Intuit returned (the old company's data is removed). */
  confirmCompanySwitch(): void {
    this.reconnect.confirmCompanySwitch();
  }

  /** No, Esc, or closing a failure or the "nothing changed" outcome: nothing more is called, so no data is removed. */
  cancel(): void {
    this.reconnect.cancel();
  }

  // ── Disconnect intent ───────────────────────────────────────────────────────────────────────────────

  /** Whether the adapter can end the link (`disconnect()`); without it no Disconnect action is offered. */
  get canDisconnect(): boolean {
    return this.disconnection.supported;
  }

  /** The Disconnect action: shows "Disconnect QuickBooks?". Ignored while a reconnect runs. */
  requestDisconnect(): void {
    this.disconnection.request();
  }

  /** The confirmation's Disconnect (or Try again): `DELETE /connection`. */
  confirmDisconnect(): Promise<void> {
    return this.disconnection.confirm();
  }

  /** Cancel, Esc, or closing a failure: nothing is called. */
  cancelDisconnect(): void {
    this.disconnection.cancel();
  }

  // ── Ask a QuickBooks admin ──────────────────────────────────────────────────────────────────────────

  /** Whether the adapter can issue hand-off links (`createHandoff()`); without it "Ask an admin" is not offered. */
  get canHandoff(): boolean {
    return this.handoffRun.supported;
  }

  /** "Create link" / "New link": `POST /connection/handoff`; the link shows in `state.handoff` until closeHandoff(). */
  createHandoff(request: HandoffCreateRequest = {}): Promise<void> {
    return this.handoffRun.create(request);
  }

  /** "Cancel request": `DELETE /connection/handoff`. */
  cancelHandoff(): Promise<void> {
    return this.handoffRun.cancel();
  }

  /** The form closed: the shown link is forgotten for good, a failure put away. */
  closeHandoff(): void {
    this.handoffRun.close();
  }

  // ── Landing ─────────────────────────────────────────────────────────────────────────────────────────

  /**
   * A page opened from Intuit's Reconnect URL (`?qbo-reconnect`) opens the confirmation once the status is known;
   * `?qbo-disconnected` needs only the fresh status. Both parameters leave the address bar. Returns whether the
   * confirmation was opened.
   */
  async openFromLanding(): Promise<boolean> {
    const landing = readLanding(this.env.currentUrl());
    if (landing.cleanedUrl === null) return false;
    this.env.replaceUrl(landing.cleanedUrl);
    if (!landing.reconnect || !this.adapter) return false;
    await this.load();
    if (this.current.status !== 'ready' || isRunning(this.current.flow)) return false;
    // A lapsed subscription is not cured by signing in again: the status line says what is.
    if (!reconnectHelps(this.current.snapshot?.inactiveReason ?? null)) return false;
    await this.reconnect.request();
    return this.state.flow.name === 'confirming';
  }

  /** Dismiss × on the success banner. */
  dismissBanner(): void {
    if (!this.current.bannerVisible) return;
    this.update({ bannerVisible: false });
    this.emit({ type: 'banner-dismiss' });
  }

  /**
   * Picks up a redirect-mode sign-in when the page comes back from Intuit with `?code&state&realmId` (or
   * `?error`): checks the state issued before leaving, cleans the address bar, and completes. On a page that is
   * itself the sign-in popup's return (the default redirect URI, this page), hands the answer to the opener instead.
   * The host's own parameters are left alone. Returns whether the URL carried a sign-in result for us.
   */
  async resumeFromRedirect(): Promise<boolean> {
    if (!this.adapter) return false;
    const result = takeRedirectReturn(this.env);
    if (!result) return false;
    if (result.kind === 'not-pending') return this.env.handOffToOpener();
    return this.reconnect.resume(result);
  }

  /** Stops listening and aborts everything in flight; the store is unusable afterwards. */
  dispose(): void {
    this.unsubscribeAdapter?.();
    this.unsubscribeAdapter = null;
    this.loader.dispose();
    this.reconnect.abort();
    this.disconnection.dispose();
    this.handoffRun.dispose();
    this.stateListeners.clear();
    this.eventListeners.clear();
  }

  // ── Internals ────────────────────────────────────────────────────────────────────────────────────────

  private applySnapshot(snapshot: ConnectionSnapshot): void {
    const before = this.current.snapshot;
    const previous = before?.linkState ?? null;
    // A reconnect finished elsewhere (a QuickBooks admin through a hand-off link) earns the banner on the next load.
    const elsewhere = !this.current.bannerVisible && reconnectedElsewhere(before, snapshot);
    this.update(elsewhere ? { snapshot, bannerVisible: true, firstConnection: before?.company === null } : { snapshot });
    if (previous !== snapshot.linkState) {
      this.emit({ type: 'status-change', linkState: snapshot.linkState, previous, snapshot });
    }
  }

  private call<T>(what: string, run: (signal: AbortSignal) => Promise<T> | T, parent?: AbortSignal): Promise<T> {
    return withDeadline(run, { ms: this.callTimeoutMs, schedule: this.env.schedule, what, ...(parent ? { parent } : {}) });
  }

  /** Applies `patch`; listeners hear of it only when it changes something (a page may hold thousands of them). */
  private update(change: Partial<StoreState>): void {
    const patch = withAccessDenied(change);
    const current = this.current as unknown as Record<string, unknown>;
    if (Object.entries(patch).every(([key, value]) => current[key] === value)) return;
    this.current = { ...this.current, ...patch };
    for (const listener of [...this.stateListeners]) listener(this.current);
  }

  private emit(event: StoreEvent): void {
    for (const listener of [...this.eventListeners]) listener(event);
  }

  private defaultRedirectUri(): string {
    const href = this.env.currentUrl();
    if (!href) return '';
    const url = new URL(href);
    return url.origin + url.pathname;
  }
}

function validOrNull(snapshot: ConnectionSnapshot | null | undefined): ConnectionSnapshot | null {
  if (!snapshot) return null;
  try {
    return parseSnapshot(snapshot);
  } catch {
    return null;
  }
}
