// The reconnect run's exchange with the backend: authorize() and the sign-in it opens, then complete() with the code
// Intuit gave. Apart from the run's steps (store-reconnect.ts), as it is only needed once a person said Yes.
import type { ConnectionAdapter } from './adapter.js';
import { checkAuthorizationUrl } from './authorization-url.js';
import { ConnectionError } from './errors.js';
import type { ConnectionSnapshot } from './model.js';
import type { AuthorizationWindow, StoreEnvironment } from './oauth-environment.js';
import type { OAuthAuthorization } from './oauth-window.js';
import type { AuthorizeMode, FlowEvent } from './reconnect-flow.js';
import { savePendingAuthorization } from './redirect.js';
import { parseAuthorizeResult, parseCompleteResult } from './schemas.js';
import type { StoreCore } from './store-state.js';
import { UsedCodes } from './used-codes.js';

/** What the exchange needs of the run it serves. */
export interface ExchangeRun {
  readonly core: StoreCore;
  readonly env: StoreEnvironment;
  readonly redirectUri: string;
  /** Where authorize() may send the user (see authorization-url.ts). */
  readonly authorizationOrigins: readonly string[];
  /** The codes this tab already sent to complete(); made on first use, one per run. */
  usedCodes: UsedCodes | null;
  /** The callback waiting for the second Yes of a company switch. */
  pendingSwitch: OAuthAuthorization | null;
  /** Applies a flow event; returns whether it changed the state. */
  dispatch(event: FlowEvent): boolean;
  /** A completed link: shows it, newer than anything loading. */
  accept(snapshot: ConnectionSnapshot, firstConnection: boolean): void;
}

/**
 * authorize(), then either leaves for Intuit (redirect mode) or waits for the sign-in window's answer and completes.
 * A failure is thrown for the run to report; nothing is reported once `signal` is aborted.
 */
export async function authorizeAndSignIn(
  run: ExchangeRun,
  adapter: ConnectionAdapter,
  mode: AuthorizeMode,
  signInWindow: AuthorizationWindow | null,
  signal: AbortSignal,
): Promise<void> {
  const redirectUri = run.redirectUri;
  const reply = await run.core.call('preparing the sign-in', (callSignal) => adapter.authorize({ redirectUri }, { signal: callSignal }), signal);
  const grant = parseAuthorizeResult(reply);
  if (signal.aborted) return;
  checkAuthorizationUrl(grant.authorizationUrl, run.authorizationOrigins);
  if (mode === 'redirect' || !signInWindow) {
    const env = run.env;
    const storage = env.storage;
    if (!storage) throw new ConnectionError('popup_blocked', 'Redirect sign-in needs sessionStorage, which this page cannot use.');
    savePendingAuthorization(storage, { state: grant.state, returnUrl: env.currentUrl(), mode: 'redirect', createdAt: Date.now() });
    env.navigate(grant.authorizationUrl);
    return;
  }
  const params = await signInWindow.authorize(grant.authorizationUrl, grant.state, signal);
  if (signal.aborted) return;
  signInWindow.close();
  await completeSignIn(run, adapter, params, false, signal);
}

/**
 * complete() with Intuit's answer: links the company, or pauses for the second Yes when Intuit returned another
 * company. A code this tab already sent is refused without calling the backend (Intuit revokes tokens when one code
 * is exchanged twice); the check and the record happen together, so two returns racing cannot both send it.
 */
export async function completeSignIn(
  run: ExchangeRun,
  adapter: ConnectionAdapter,
  params: OAuthAuthorization,
  confirmCompanySwitch: boolean,
  signal: AbortSignal,
): Promise<void> {
  const usedCodes = (run.usedCodes ??= new UsedCodes(run.env.storage));
  // The switch confirmation re-sends the code the backend refused without exchanging; anything else is a reuse.
  if (usedCodes.has(params.code) && !confirmCompanySwitch) {
    throw new ConnectionError('state_mismatch', 'This sign-in answer was already used; sign in again.');
  }
  run.dispatch({ type: 'callback' });
  usedCodes.remember(params.code);
  const request = confirmCompanySwitch ? { ...params, confirmCompanySwitch: true } : params;
  const reply = await run.core.call('finishing the connection', (callSignal) => adapter.complete(request, { signal: callSignal }), signal);
  const result = parseCompleteResult(reply);
  if (signal.aborted) return;
  if (result.outcome === 'company_mismatch') {
    usedCodes.forget(params.code);
    run.pendingSwitch = params;
    run.dispatch({ type: 'company-mismatch', linked: result.linked, incoming: result.incoming });
    return;
  }
  run.accept(result.snapshot, !run.core.state.snapshot?.company);
  run.dispatch({ type: 'succeed' });
  run.core.emit({ type: 'reconnect-success', snapshot: result.snapshot, companySwitched: confirmCompanySwitch });
}
