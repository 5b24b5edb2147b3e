// The contract between the redirect_uri page and the widget: message shape, channel name, storage keys, URL params.
import type { OAuthCallbackParams } from './model.js';

/** Intuit's OAuth 2.0 authorization endpoint, the only one accepted unless the host configures others. */
export const INTUIT_AUTHORIZATION_URL = 'https://appcenter.intuit.com/connect/oauth2';

/** Tags every message so a host's own postMessage traffic is never mistaken for ours. */
export const OAUTH_MESSAGE_SOURCE = 'qbo-reconnect';

/** Completion still arrives here when a Cross-Origin-Opener-Policy on the sign-in page severed `window.opener`. */
export const OAUTH_CHANNEL_NAME = 'qbo-reconnect:oauth';

/** sessionStorage key of the authorization a tab is waiting for (see redirect.ts). */
export const PENDING_AUTHORIZATION_KEY = 'qbo-reconnect:pending-authorization';

/**
 * sessionStorage key of the id of the popup being opened. A popup gets a copy of its opener's sessionStorage at
 * open time, so the callback page can name the popup it runs in even when it has no opener left.
 */
export const OAUTH_WINDOW_ID_KEY = 'qbo-reconnect:oauth-window';

/** The query parameters Intuit appends to the redirect_uri; a cleaned URL has none of them. */
export const OAUTH_PARAM_NAMES: readonly string[] = ['code', 'state', 'realmId', 'error', 'error_description'];

export interface OAuthCallbackMessage {
  source: typeof OAUTH_MESSAGE_SOURCE;
  type: 'oauth-callback';
  params: OAuthCallbackParams;
  /** The popup's id from OAUTH_WINDOW_ID_KEY, or null when the page did not run in a popup we opened. */
  windowId: string | null;
}

export function createCallbackMessage(params: OAuthCallbackParams, windowId: string | null): OAuthCallbackMessage {
  return { source: OAUTH_MESSAGE_SOURCE, type: 'oauth-callback', params, windowId };
}

const isFilled = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** Whatever was posted, checked field by field: any same-origin script can post to us or to the channel. */
export function isOAuthCallbackParams(value: unknown): value is OAuthCallbackParams {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if ('error' in v) {
    return (
      isFilled(v.error) &&
      (v.state === null || isFilled(v.state)) &&
      (v.errorDescription === undefined || typeof v.errorDescription === 'string')
    );
  }
  return isFilled(v.code) && isFilled(v.state) && isFilled(v.realmId);
}

export function isOAuthCallbackMessage(value: unknown): value is OAuthCallbackMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.source === OAUTH_MESSAGE_SOURCE &&
    v.type === 'oauth-callback' &&
    (v.windowId === null || isFilled(v.windowId)) &&
    isOAuthCallbackParams(v.params)
  );
}

/**
 * Reads Intuit's redirect parameters (`code`, `state`, `realmId`, or `error`) from a URL; null if none.
 * An incomplete set is null on purpose: a host page may use a lone `?code=` of its own.
 */
export function readCallbackParams(url: URL): OAuthCallbackParams | null {
  const params = url.searchParams;
  const error = params.get('error');
  if (error) {
    const description = params.get('error_description');
    return { error, state: params.get('state') || null, ...(description ? { errorDescription: description } : {}) };
  }
  const code = params.get('code');
  const state = params.get('state');
  const realmId = params.get('realmId');
  if (code && state && realmId) return { code, state, realmId };
  return null;
}

/** The params as Intuit would have put them on a URL, to hand them on to another page. */
export function writeCallbackParams(url: URL, params: OAuthCallbackParams): URL {
  const next = new URL(url);
  for (const name of OAUTH_PARAM_NAMES) next.searchParams.delete(name);
  if ('error' in params) {
    next.searchParams.set('error', params.error);
    if (params.errorDescription) next.searchParams.set('error_description', params.errorDescription);
    if (params.state) next.searchParams.set('state', params.state);
  } else {
    next.searchParams.set('code', params.code);
    next.searchParams.set('state', params.state);
    next.searchParams.set('realmId', params.realmId);
  }
  return next;
}
