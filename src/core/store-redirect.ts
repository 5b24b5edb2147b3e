// Redirect resume: what a page coming back from Intuit's full-page sign-in carries, checked before it is believed.
import { ConnectionError } from './errors.js';
import type { StoreEnvironment } from './oauth-environment.js';
import { takeRedirectResult } from './redirect.js';
import type { UsedCodes } from './used-codes.js';

/** Intuit's answer to this tab's redirect-mode sign-in: an answer to complete, or the reason it failed. */
export type RedirectReturn =
  | { kind: 'answer'; params: { code: string; state: string; realmId: string } }
  | { kind: 'failure'; error: ConnectionError };

/**
 * Reads the page URL for a sign-in result of this tab's own redirect; cleans the address bar when there is one.
 * Null when the URL carries nothing of ours (another app's parameters, or a reload of a completed return).
 */
export function takeRedirectReturn(env: StoreEnvironment, usedCodes: UsedCodes): RedirectReturn | null {
  const storage = env.storage;
  if (!storage) return null;
  const result = takeRedirectResult(env.currentUrl(), storage);
  if (!result) return null;
  env.replaceUrl(result.cleanedUrl);
  const { params, pending } = result;
  if ('code' in params && usedCodes.has(params.code)) return null; // a reload of a completed return
  if (!pending || pending.mode !== 'redirect') return null; // not ours: another app's parameters
  if ('error' in params) return { kind: 'failure', error: callbackError(params.error, params.errorDescription) };
  if (params.state !== pending.state) {
    return { kind: 'failure', error: new ConnectionError('state_mismatch', 'The sign-in answer does not belong to this reconnect.') };
  }
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
