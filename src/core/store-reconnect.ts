// The store's reconnect run: its steps (ask, open the sign-in window, wait, the company-switch pause, cancel) and its
// failures. The exchange with the backend once Yes was said is in reconnect-exchange.ts. The drop-in brings both with
// the reconnect dialog (elements/shared/store-reconnect.lazy.ts), not up front.
import type { ConnectionAdapter } from './adapter.js';
import { isDisconnectOpen } from './disconnect-state.js';
import { ConnectionError, toConnectionError } from './errors.js';
import type { ConnectionSnapshot } from './model.js';
import type { AuthorizationWindow, StoreEnvironment } from './oauth-environment.js';
import type { OAuthAuthorization } from './oauth-window.js';
import { IDLE, isRunning } from './reconnect-flow.js';
import { transition } from './reconnect-transition.js';
import type { AuthorizeMode, FlowEvent } from './reconnect-flow.js';
import { authorizeAndSignIn, completeSignIn } from './reconnect-exchange.js';
import type { ExchangeRun } from './reconnect-exchange.js';
import { clearPendingAuthorization } from './redirect.js';
import type { StoreCore } from './store-state.js';
import type { RedirectReturn } from './store-redirect.js';
import type { UsedCodes } from './used-codes.js';

/** How long a detached sign-in waits before the dialog also offers "Sign-in window closed? Try again". */
export const DETACHED_RETRY_OFFER_MS = 5000;

/** What the reconnect run needs beyond the store's state. */
export interface ReconnectHost {
  readonly adapter: ConnectionAdapter | null;
  readonly env: StoreEnvironment;
  readonly redirectUri: string;
  /** Where authorize() may send the user (see authorization-url.ts). */
  readonly authorizationOrigins: readonly string[];
  /** A completed link: shows it, newer than anything loading, and ends a finished disconnect's notice. */
  accept(snapshot: ConnectionSnapshot, firstConnection: boolean): void;
  /** Asks the backend for the status again (after a cancel that may have come too late to stop a link). */
  recheck(): void;
}

/** Runs one reconnect at a time for a store; the flow's step lives in the store's state so every element sees it. */
export class ReconnectRun implements ExchangeRun {
  private controller: AbortController | null = null;
  private signInWindow: AuthorizationWindow | null = null;
  private cancelRetryOffer: () => void = () => {};
  usedCodes: UsedCodes | null = null;
  pendingSwitch: OAuthAuthorization | null = null;

  constructor(
    readonly core: StoreCore,
    private readonly host: ReconnectHost,
  ) {}

  get env(): StoreEnvironment {
    return this.host.env;
  }

  get redirectUri(): string {
    return this.host.redirectUri;
  }

  get authorizationOrigins(): readonly string[] {
    return this.host.authorizationOrigins;
  }

  accept(snapshot: ConnectionSnapshot, firstConnection: boolean): void {
    this.host.accept(snapshot, firstConnection);
  }

  /** Shows "Are you sure to Reconnect?", unless there is no adapter, a disconnect is on screen, or a flow runs. */
  request(): void {
    if (!this.host.adapter || isDisconnectOpen(this.core.state.disconnect)) return;
    this.dispatch({ type: 'request' });
  }

  confirm(mode: AuthorizeMode): void {
    const adapter = this.host.adapter;
    if (!adapter) return;
    const next = transition(this.core.state.flow, { type: 'confirm', mode });
    if (next === this.core.state.flow) return;
    this.abort();
    let signInWindow: AuthorizationWindow | null = null;
    if (mode === 'popup') {
      const env = this.host.env;
      // The popup copies sessionStorage when it opens: a stale redirect record would send it the wrong way.
      if (env.storage) clearPendingAuthorization(env.storage);
      signInWindow = env.createWindow(this.host.redirectUri, {
        onDetached: () => {
          if (this.signInWindow !== signInWindow || !this.dispatch({ type: 'detach' })) return;
          // A window closed right as Intuit's page loaded looks just like one the page's opener policy cut off:
          // after a short wait, offer to start again rather than leave the person waiting on a window that is gone.
          this.cancelRetryOffer = this.host.env.schedule(() => {
            if (this.signInWindow === signInWindow) this.dispatch({ type: 'offer-retry' });
          }, DETACHED_RETRY_OFFER_MS);
        },
        onClosed: () => {
          // Closed while authorize() was still running: end now rather than when (or if) the backend answers.
          if (this.signInWindow !== signInWindow || this.core.state.flow.name !== 'authorizing') return;
          this.fail(new ConnectionError('popup_closed', 'The QuickBooks sign-in window was closed.'));
          this.controller?.abort();
          this.controller = null;
        },
      });
      try {
        signInWindow.open();
      } catch (thrown) {
        this.core.update({ flow: next });
        this.fail(thrown);
        return;
      }
    }
    this.signInWindow = signInWindow;
    const controller = new AbortController();
    this.controller = controller;
    this.core.update({ flow: next });
    this.core.emit({ type: 'reconnect-start', mode });
    void this.runAuthorization(adapter, mode, signInWindow, controller.signal);
  }

  confirmCompanySwitch(): void {
    const params = this.pendingSwitch;
    const adapter = this.host.adapter;
    if (!params || !adapter) return;
    if (!this.dispatch({ type: 'confirm-company-switch' })) return;
    this.pendingSwitch = null;
    const controller = new AbortController();
    this.controller = controller;
    void this.runCompletion(adapter, params, true, controller.signal);
  }

  cancel(): void {
    const flow = this.core.state.flow;
    if (flow.name === 'failed' || (flow.name === 'cancelled' && flow.kept)) {
      this.core.update({ flow: IDLE });
      return;
    }
    if (!isRunning(flow)) return;
    this.abort();
    this.pendingSwitch = null;
    this.dispatch({ type: 'cancel' });
    this.core.emit({ type: 'reconnect-cancel', step: flow.name });
    // The code may already be exchanged: the backend can have linked the company though the reply is dropped.
    if (flow.name === 'completing') this.host.recheck();
  }

  /** Picks the flow up where the page left it before going to Intuit; returns whether it did. */
  async resume(result: Exclude<RedirectReturn, { kind: 'not-pending' }>): Promise<boolean> {
    const adapter = this.host.adapter;
    if (!adapter) return false;
    if (!this.dispatch({ type: 'resume' })) return false;
    this.core.emit({ type: 'reconnect-start', mode: 'redirect' });
    if (result.kind === 'failure') {
      this.fail(result.error);
      return true;
    }
    const controller = new AbortController();
    this.controller = controller;
    await this.runCompletion(adapter, result.params, false, controller.signal);
    return true;
  }

  /** Stops whatever runs and closes the sign-in window. */
  abort(): void {
    this.cancelRetryOffer();
    this.controller?.abort();
    this.controller = null;
    this.signInWindow?.close();
    this.signInWindow = null;
  }

  /** Applies a flow event; returns whether it changed the state. */
  dispatch(event: FlowEvent): boolean {
    const next = transition(this.core.state.flow, event);
    if (next === this.core.state.flow) return false;
    this.core.update({ flow: next });
    return true;
  }

  private async runAuthorization(
    adapter: ConnectionAdapter,
    mode: AuthorizeMode,
    signInWindow: AuthorizationWindow | null,
    signal: AbortSignal,
  ): Promise<void> {
    try {
      await authorizeAndSignIn(this, adapter, mode, signInWindow, signal);
    } catch (thrown) {
      if (!signal.aborted) this.fail(thrown);
    } finally {
      signInWindow?.close();
      if (this.signInWindow === signInWindow) this.signInWindow = null;
    }
  }

  private async runCompletion(adapter: ConnectionAdapter, params: OAuthAuthorization, confirmCompanySwitch: boolean, signal: AbortSignal): Promise<void> {
    try {
      await completeSignIn(this, adapter, params, confirmCompanySwitch, signal);
    } catch (thrown) {
      if (!signal.aborted) this.fail(thrown);
    }
  }

  private fail(thrown: unknown): void {
    const error = toConnectionError(thrown);
    this.signInWindow?.close();
    const described = error.description ? { description: error.description } : {};
    if (this.dispatch({ type: 'fail', reason: error.reason, message: error.message, ...described })) {
      this.core.emit({ type: 'reconnect-error', reason: error.reason, message: error.message });
    }
  }
}
