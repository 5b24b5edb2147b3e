// ConnectionStore: the one owner of a provider's connection state, reconnect flow and side effects.
import type { ConnectionAdapter, RequestOptions } from './adapter.js';
import { ConnectionError, toConnectionError } from './errors.js';
import type { ErrorReason } from './errors.js';
import type { ConnectionSnapshot, LinkState, VendorPage, VendorsRequest } from './model.js';
import { IDLE, isRunning, transition } from './reconnect-flow.js';
import type { AuthorizeMode, FlowEvent, FlowState, FlowStateName } from './reconnect-flow.js';
import { parseAuthorizeResult, parseCompleteResult, parseSnapshot, parseVendorPage } from './schemas.js';
import { browserEnvironment } from './oauth-environment.js';
import { clearPendingAuthorization, savePendingAuthorization, takeRedirectResult } from './redirect.js';
import { DISCONNECT_IDLE, Disconnection, isDisconnectOpen } from './disconnection.js';
import type { DisconnectState } from './disconnection.js';
import { readLanding } from './landing.js';

/** `unconfigured`: no adapter was given; the elements render a neutral state. */
export type LoadStatus = 'unconfigured' | 'loading' | 'ready' | 'error';

export interface StoreState {
  status: LoadStatus;
  /** The last good snapshot; kept through failed refreshes so nothing the user saw is lost. */
  snapshot: ConnectionSnapshot | null;
  /** Why the last load failed, while `status` is `error`. */
  loadError: ConnectionError | null;
  flow: FlowState;
  /** The success banner stays until the user dismisses it. */
  bannerVisible: boolean;
  /** The Disconnect confirmation and its outcome. */
  disconnect: DisconnectState;
  /** The last link completed on this page was a first connection (nothing was linked before): "Connected by…". */
  firstConnection: boolean;
}

export type StoreEvent =
  | { type: 'status-change'; linkState: LinkState; previous: LinkState | null; snapshot: ConnectionSnapshot }
  | { type: 'load-error'; reason: ErrorReason; message: string }
  | { type: 'reconnect-start'; mode: AuthorizeMode }
  | { type: 'reconnect-cancel'; step: FlowStateName }
  | { type: 'reconnect-success'; snapshot: ConnectionSnapshot; companySwitched: boolean }
  | { type: 'reconnect-error'; reason: ErrorReason; message: string }
  | { type: 'banner-dismiss' }
  | { type: 'disconnect'; snapshot: ConnectionSnapshot }
  | { type: 'disconnect-cancel' }
  | { type: 'disconnect-error'; reason: ErrorReason; message: string };

/** What the store needs of the sign-in window; `OAuthWindow` is the real one. */
export interface AuthorizationWindow {
  open(): void;
  authorize(authorizationUrl: string, expectedState: string, signal?: AbortSignal): Promise<{ code: string; state: string; realmId: string }>;
  close(): void;
}

/** The page around the store, injectable so tests need not navigate the test page away. */
export interface StoreEnvironment {
  /** sessionStorage, where redirect mode keeps its pending state; null where storage is unavailable. */
  storage: Storage | null;
  currentUrl(): string;
  /** Leaves the page for Intuit (redirect mode). */
  navigate(url: string): void;
  /** Rewrites the address bar without a reload (cleaning OAuth parameters after a redirect). */
  replaceUrl(url: string): void;
  /** `onDetached`: the window's handle was lost but the sign-in may still finish (see OAuthWindow). */
  createWindow(redirectUri: string, hooks: { onDetached(): void }): AuthorizationWindow;
}

export interface ConnectionStoreOptions {
  adapter: ConnectionAdapter | null;
  /** Absolute URL of the redirect_uri page registered with Intuit; defaults to the current page without query. */
  redirectUri?: string;
  environment?: Partial<StoreEnvironment>;
}

interface CallbackParams {
  code: string;
  state: string;
  realmId: string;
}

const USED_CODES_KEY = 'qbo-reconnect:used-codes';

export class ConnectionStore {
  readonly adapter: ConnectionAdapter | null;
  readonly redirectUri: string;
  private readonly env: StoreEnvironment;
  private current: StoreState;
  private readonly stateListeners = new Set<(state: StoreState) => void>();
  private readonly eventListeners = new Set<(event: StoreEvent) => void>();

  private loadPromise: Promise<void> | null = null;
  private loadController: AbortController | null = null;
  /** Bumped by every load and push; a reply from an older generation is stale and dropped. */
  private generation = 0;

  private flowController: AbortController | null = null;
  private signInWindow: AuthorizationWindow | null = null;
  /** The callback waiting for the second Yes of a company switch. */
  private pendingSwitch: CallbackParams | null = null;
  /** Codes sent to complete(): Intuit invalidates tokens when one code is exchanged twice. */
  private readonly usedCodes: Set<string>;
  private unsubscribeAdapter: (() => void) | null = null;
  private readonly disconnection: Disconnection;

  constructor(options: ConnectionStoreOptions) {
    this.adapter = options.adapter;
    this.env = { ...browserEnvironment(), ...options.environment };
    this.redirectUri = options.redirectUri || this.defaultRedirectUri();
    this.usedCodes = new Set(this.readUsedCodes());
    // The disconnection reads the live state through getters, so it needs the store itself rather than a copy.
    const store = this;
    this.current = {
      status: this.adapter ? 'loading' : 'unconfigured',
      snapshot: null,
      loadError: null,
      flow: IDLE,
      bannerVisible: false,
      disconnect: DISCONNECT_IDLE,
      firstConnection: false,
    };
    this.disconnection = new Disconnection({
      adapter: this.adapter,
      get disconnectState() {
        return store.current.disconnect;
      },
      get reconnectRunning() {
        return isRunning(store.current.flow);
      },
      setDisconnectState: (disconnect) => this.update({ disconnect }),
      accept: (snapshot) => {
        // The new snapshot is newer than any load still in flight.
        this.generation++;
        this.loadController?.abort();
        this.update({ status: 'ready', loadError: null, bannerVisible: false });
        this.applySnapshot(snapshot);
      },
      refresh: () => this.refresh(),
      currentSnapshot: () => this.current.snapshot,
      emitDone: (snapshot) => this.emit({ type: 'disconnect', snapshot }),
      emitCancel: () => this.emit({ type: 'disconnect-cancel' }),
      emitError: (error) => this.emit({ type: 'disconnect-error', reason: error.reason, message: error.message }),
    });
    if (this.adapter?.subscribe) {
      this.unsubscribeAdapter = this.adapter.subscribe((pushed) => this.acceptPush(pushed));
    }
  }

  get state(): StoreState {
    return this.current;
  }

  /** Calls `listener` with every new state; returns the unsubscribe function. */
  subscribe(listener: (state: StoreState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Calls `listener` with every store event (the provider turns them into DOM events). */
  onEvent(listener: (event: StoreEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  // ── Loading ──────────────────────────────────────────────────────────────────────────────────────────

  /** Loads the snapshot once; concurrent and later callers share that one request. */
  load(): Promise<void> {
    if (!this.adapter) return Promise.resolve();
    if (this.loadPromise) return this.loadPromise;
    if (this.current.status === 'ready') return Promise.resolve();
    return this.refresh();
  }

  /** Asks the backend again; a reply still in flight from an earlier load is aborted and ignored. */
  refresh(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return Promise.resolve();
    this.loadController?.abort();
    const controller = new AbortController();
    const generation = ++this.generation;
    this.loadController = controller;
    if (this.current.status !== 'ready') this.update({ status: 'loading' });
    const promise = (async () => {
      try {
        const snapshot = parseSnapshot(await adapter.load({ signal: controller.signal }));
        if (generation !== this.generation) return;
        this.update({ status: 'ready', loadError: null });
        this.applySnapshot(snapshot);
      } catch (thrown) {
        if (generation !== this.generation) return;
        const error = toConnectionError(thrown);
        // The last good snapshot stays on screen; the failure is named beside it.
        this.update({ status: 'error', loadError: error });
        this.emit({ type: 'load-error', reason: error.reason, message: error.message });
      } finally {
        if (this.loadController === controller) {
          this.loadController = null;
          this.loadPromise = null;
        }
      }
    })();
    this.loadPromise = promise;
    return promise;
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

  /** The Connect Account link: shows "Are you sure to Reconnect?". Ignored while a flow runs. */
  requestReconnect(): void {
    if (!this.adapter || isDisconnectOpen(this.current.disconnect)) return;
    this.dispatch({ type: 'request' });
  }

  /**
   * Yes (or "Try again"): opens Intuit sign-in. Must run synchronously inside the user's click, because the popup
   * is opened before any await; `redirect` leaves the page instead (the fallback when popups are blocked).
   */
  confirm(mode: AuthorizeMode = 'popup'): void {
    const adapter = this.adapter;
    if (!adapter) return;
    const next = transition(this.current.flow, { type: 'confirm', mode });
    if (next === this.current.flow) return;
    this.abortFlow();
    let signInWindow: AuthorizationWindow | null = null;
    if (mode === 'popup') {
      // The popup copies sessionStorage when it opens: a stale redirect record would send it the wrong way.
      if (this.env.storage) clearPendingAuthorization(this.env.storage);
      signInWindow = this.env.createWindow(this.redirectUri, {
        onDetached: () => {
          if (this.signInWindow === signInWindow) this.dispatch({ type: 'detach' });
        },
      });
      try {
        signInWindow.open();
      } catch (thrown) {
        this.setFlow(next);
        this.fail(thrown);
        return;
      }
    }
    this.signInWindow = signInWindow;
    const controller = new AbortController();
    this.flowController = controller;
    this.setFlow(next);
    this.emit({ type: 'reconnect-start', mode });
    void this.runAuthorization(adapter, mode, signInWindow, controller.signal);
  }

  /** The second Yes: link the different company Intuit returned (the old company's data is removed). */
  confirmCompanySwitch(): void {
    const params = this.pendingSwitch;
    const adapter = this.adapter;
    if (!params || !adapter) return;
    if (!this.dispatch({ type: 'confirm-company-switch' })) return;
    this.pendingSwitch = null;
    const controller = new AbortController();
    this.flowController = controller;
    void this.runCompletion(adapter, params, true, controller.signal);
  }

  /** No, Esc, or closing a failure or the "nothing changed" outcome: nothing more is called, so no data is removed. */
  cancel(): void {
    const flow = this.current.flow;
    if (flow.name === 'failed' || (flow.name === 'cancelled' && flow.kept)) {
      this.setFlow(IDLE);
      return;
    }
    if (!isRunning(flow)) return;
    this.abortFlow();
    this.pendingSwitch = null;
    this.dispatch({ type: 'cancel' });
    this.emit({ type: 'reconnect-cancel', step: flow.name });
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
    this.requestReconnect();
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
   * `?error`): checks the state issued before leaving, cleans the address bar, and completes. Returns whether the
   * URL carried a sign-in result.
   */
  async resumeFromRedirect(): Promise<boolean> {
    const adapter = this.adapter;
    const storage = this.env.storage;
    if (!adapter || !storage) return false;
    const result = takeRedirectResult(this.env.currentUrl(), storage);
    if (!result) return false;
    this.env.replaceUrl(result.cleanedUrl);
    const { params, pending } = result;
    if ('code' in params && this.usedCodes.has(params.code)) return false; // a reload of a completed return
    if (!pending || pending.mode !== 'redirect') return false; // not ours: another app's parameters
    if (!this.dispatch({ type: 'resume' })) return false;
    this.emit({ type: 'reconnect-start', mode: 'redirect' });
    if ('error' in params) {
      this.fail(this.callbackError(params.error, params.errorDescription));
      return true;
    }
    if (params.state !== pending.state) {
      this.fail(new ConnectionError('state_mismatch', 'The sign-in answer does not belong to this reconnect.'));
      return true;
    }
    const controller = new AbortController();
    this.flowController = controller;
    await this.runCompletion(adapter, params, false, controller.signal);
    return true;
  }

  /** Stops listening and aborts everything in flight; the store is unusable afterwards. */
  dispose(): void {
    this.unsubscribeAdapter?.();
    this.unsubscribeAdapter = null;
    this.loadController?.abort();
    this.abortFlow();
    this.disconnection.dispose();
    this.stateListeners.clear();
    this.eventListeners.clear();
  }

  // ── Internals ────────────────────────────────────────────────────────────────────────────────────────

  private async runAuthorization(
    adapter: ConnectionAdapter,
    mode: AuthorizeMode,
    signInWindow: AuthorizationWindow | null,
    signal: AbortSignal,
  ): Promise<void> {
    try {
      const grant = parseAuthorizeResult(await adapter.authorize({ redirectUri: this.redirectUri }, { signal }));
      if (signal.aborted) return;
      if (mode === 'redirect' || !signInWindow) {
        const storage = this.env.storage;
        if (!storage) throw new ConnectionError('popup_blocked', 'Redirect sign-in needs sessionStorage, which this page cannot use.');
        savePendingAuthorization(storage, {
          state: grant.state,
          returnUrl: this.env.currentUrl(),
          mode: 'redirect',
          createdAt: Date.now(),
        });
        this.env.navigate(grant.authorizationUrl);
        return;
      }
      const params = await signInWindow.authorize(grant.authorizationUrl, grant.state, signal);
      if (signal.aborted) return;
      signInWindow.close();
      await this.runCompletion(adapter, params, false, signal);
    } catch (thrown) {
      if (!signal.aborted) this.fail(thrown);
    } finally {
      signInWindow?.close();
      if (this.signInWindow === signInWindow) this.signInWindow = null;
    }
  }

  private async runCompletion(adapter: ConnectionAdapter, params: CallbackParams, confirmCompanySwitch: boolean, signal: AbortSignal): Promise<void> {
    // The switch confirmation re-sends the code the backend refused without exchanging; anything else is a reuse.
    if (this.usedCodes.has(params.code) && !confirmCompanySwitch) {
      this.fail(new ConnectionError('state_mismatch', 'This sign-in answer was already used; sign in again.'));
      return;
    }
    this.dispatch({ type: 'callback' });
    this.rememberCode(params.code);
    try {
      const result = parseCompleteResult(
        await adapter.complete(confirmCompanySwitch ? { ...params, confirmCompanySwitch: true } : params, { signal }),
      );
      if (signal.aborted) return;
      if (result.outcome === 'company_mismatch') {
        this.forgetCode(params.code);
        this.pendingSwitch = params;
        this.dispatch({ type: 'company-mismatch', linked: result.linked, incoming: result.incoming });
        return;
      }
      // The completed snapshot is newer than any load still in flight.
      this.generation++;
      this.loadController?.abort();
      const firstConnection = !this.current.snapshot?.company;
      this.update({ status: 'ready', loadError: null, bannerVisible: true, firstConnection });
      this.disconnection.forget();
      this.applySnapshot(result.snapshot);
      this.dispatch({ type: 'succeed' });
      this.emit({ type: 'reconnect-success', snapshot: result.snapshot, companySwitched: confirmCompanySwitch });
    } catch (thrown) {
      if (!signal.aborted) this.fail(thrown);
    }
  }

  private acceptPush(pushed: unknown): void {
    let snapshot: ConnectionSnapshot;
    try {
      snapshot = parseSnapshot(pushed);
    } catch (thrown) {
      const error = toConnectionError(thrown);
      this.emit({ type: 'load-error', reason: error.reason, message: error.message });
      return;
    }
    this.generation++;
    this.loadController?.abort();
    this.update({ status: 'ready', loadError: null });
    this.applySnapshot(snapshot);
  }

  private applySnapshot(snapshot: ConnectionSnapshot): void {
    const previous = this.current.snapshot?.linkState ?? null;
    this.update({ snapshot });
    if (previous !== snapshot.linkState) {
      this.emit({ type: 'status-change', linkState: snapshot.linkState, previous, snapshot });
    }
  }

  private callbackError(error: string, description: string | undefined): ConnectionError {
    if (error === 'access_denied') {
      return new ConnectionError('access_denied', description || 'Access to QuickBooks was denied at sign-in.', {
        code: error,
        ...(description ? { description } : {}),
      });
    }
    return new ConnectionError('server', description || `Intuit sign-in failed (${error}).`, { code: error });
  }

  private fail(thrown: unknown): void {
    const error = toConnectionError(thrown);
    this.signInWindow?.close();
    const described = error.description ? { description: error.description } : {};
    if (this.dispatch({ type: 'fail', reason: error.reason, message: error.message, ...described })) {
      this.emit({ type: 'reconnect-error', reason: error.reason, message: error.message });
    }
  }

  private abortFlow(): void {
    this.flowController?.abort();
    this.flowController = null;
    this.signInWindow?.close();
    this.signInWindow = null;
  }

  /** Applies a flow event; returns whether it changed the state. */
  private dispatch(event: FlowEvent): boolean {
    const next = transition(this.current.flow, event);
    if (next === this.current.flow) return false;
    this.setFlow(next);
    return true;
  }

  private setFlow(flow: FlowState): void {
    this.update({ flow });
  }

  private update(patch: Partial<StoreState>): void {
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

  private readUsedCodes(): string[] {
    try {
      const raw = this.env.storage?.getItem(USED_CODES_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter((code): code is string => typeof code === 'string') : [];
    } catch {
      return [];
    }
  }

  private rememberCode(code: string): void {
    this.usedCodes.add(code);
    this.persistCodes();
  }

  private forgetCode(code: string): void {
    this.usedCodes.delete(code);
    this.persistCodes();
  }

  private persistCodes(): void {
    try {
      // Only the latest few matter (a reload right after a return); keep the list short.
      this.env.storage?.setItem(USED_CODES_KEY, JSON.stringify([...this.usedCodes].slice(-20)));
    } catch {
      /* storage full or denied: the in-memory set still guards this page */
    }
  }
}
