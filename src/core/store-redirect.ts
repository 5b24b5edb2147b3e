// Redirect resume: what a page coming back from Intuit's full-page sign-in carries, checked before it is believed.
import { ConnectionError } from './errors.js';
import type { StoreEnvironment } from './oauth-environment.js';
import { readCallbackParams } from './oauth-protocol.js';
import { clearPendingAuthorization, readPendingAuthorization, stripCallbackParams } from './redirect.js';

/**
 * - `answer`: Intuit's answer to this tab's redirect-mode sign-in, state checked: complete it.
 * - `failure`: the return of this tab's sign-in, refused (by Intuit, or because its state is not ours).
 * - `not-pending`: the URL has sign-in parameters but this tab is not waiting for a redirect: the host's own
 *   parameters, or this page is the sign-in popup's return (see handOffToOpener).
 */
export type RedirectReturn =
  | { kind: 'answer'; params: { code: string; state: string; realmId: string } }
  | { kind: 'failure'; error: ConnectionError }
  | { kind: 'not-pending' };

/**
 * Reads the page URL for a sign-in result. The address bar and the pending entry are touched only when this tab is
 * waiting for a redirect; the state is checked before anything else is believed, so a crafted `?error=` link cannot
 * cancel a pending sign-in or put its own words on screen. Null when the URL carries no sign-in parameters.
 */
export function takeRedirectReturn(env: StoreEnvironment): RedirectReturn | null {
  const href = env.currentUrl();
  let params;
  try {
    params = readCallbackParams(new URL(href));
  } catch {
    return null;
  }
  if (!params) return null;
  const storage = env.storage;
  const pending = storage ? readPendingAuthorization(storage) : null;
  if (!storage || !pending || pending.mode !== 'redirect') return { kind: 'not-pending' };
  // Consumed before anything else, so a reload cannot replay the same answer.
  clearPendingAuthorization(storage);
  env.replaceUrl(stripCallbackParams(href));
  if (params.state !== pending.state) {
    return { kind: 'failure', error: new ConnectionError('state_mismatch', 'The sign-in answer does not belong to this reconnect.') };
  }
  if ('error' in params) return { kind: 'failure', error: callbackError(params.error, params.errorDescription) };
  return { kind: 'answer', params };
}

function callbackError(error: string, description: string | undefined): ConnectionError {
  if (error === 'access_denied') {
    return new ConnectionError('access_denied', description || 'Access to QuickBooks was denied at sign-in.', {
      code: error,
      ...(description ? { description } : {}),
    });
  }
  return new ConnectionError('server', description || `Intuit sign-in failed (${error}).`, { code: error });
}
