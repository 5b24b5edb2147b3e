// `qbo-reconnect/callback`: run on the host's redirect_uri page to hand Intuit's answer back to the widget.
import type { OAuthCallbackParams } from './model.js';
import { OAUTH_CHANNEL_NAME, OAUTH_WINDOW_ID_KEY, createCallbackMessage, readCallbackParams, writeCallbackParams } from './oauth-protocol.js';
import { readPendingAuthorization } from './redirect.js';

export interface HandleOAuthCallbackOptions {
  /** The redirect_uri page's window (default globalThis.window) – for tests. */
  window?: Window;
  /** Where the pending authorization is kept (default the window's sessionStorage). */
  storage?: Storage;
  /** Close the popup once the answer is posted, default true. */
  close?: boolean;
}

/**
 * - `redirect`: the tab itself went to Intuit; it is on its way back to the page that started.
 * - `opener`: posted to the popup's opener (and on the channel).
 * - `channel`: no opener left (COOP severed it, or the page was opened by hand): posted on the channel only.
 * - `none`: the URL carries no OAuth answer.
 */
export type CallbackDelivery = 'opener' | 'channel' | 'redirect' | 'none';

export interface OAuthCallbackResult {
  delivered: CallbackDelivery;
  params: OAuthCallbackParams | null;
  /** False when the page is still showing: the host page should say "You can close this window". */
  closed: boolean;
}

/**
 * Reads Intuit's answer from the page URL and delivers it to the widget. Renders nothing: what to show while the
 * page stays open (see `closed`) is the host's choice.
 *
 * Redirect mode is chosen when this tab's pending authorization says so and either carries the same state or the
 * page has no opener; a popup's sessionStorage is a copy taken when it opened, so a stale entry from an earlier
 * redirect must not send a popup away. The return URL must be on this page's origin.
 */
export function handleOAuthCallback(options: HandleOAuthCallbackOptions = {}): OAuthCallbackResult {
  const win = options.window ?? globalThis.window;
  // Without a page (a server render in Node) there is nothing to deliver.
  if (!win?.location) return { delivered: 'none', params: null, closed: false };
  const params = readCallbackParams(new URL(win.location.href));
  if (!params) return { delivered: 'none', params: null, closed: false };

  const storage = options.storage ?? sessionStorageOf(win);
  const opener = win.opener as Window | null;
  const pending = storage ? readPendingAuthorization(storage) : null;
  if (pending?.mode === 'redirect' && (params.state === pending.state || !opener)) {
    const returnUrl = sameOriginUrl(pending.returnUrl, win.location);
    if (returnUrl) {
      // replace(): Back must not land on a page that would deliver the same code again.
      win.location.replace(writeCallbackParams(returnUrl, params).href);
      return { delivered: 'redirect', params, closed: false };
    }
  }

  const message = createCallbackMessage(params, storage ? readWindowId(storage) : null);
  let delivered: CallbackDelivery = 'none';
  if (opener) {
    try {
      // Our own origin: if the opener is some other site, the browser drops the message and the code stays here.
      opener.postMessage(message, win.location.origin);
      delivered = 'opener';
    } catch {
      // A discarded opener cannot be posted to; the channel below still can.
    }
  }
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(OAUTH_CHANNEL_NAME);
    channel.postMessage(message);
    channel.close();
    if (delivered === 'none') delivered = 'channel';
  }
  if (options.close !== false) {
    try {
      win.close();
    } catch {
      // Reported through `closed`.
    }
  }
  return { delivered, params, closed: win.closed === true };
}

/**
 * For a page that is both the host page and the popup's redirect URI (the default, "this page"): when it runs in
 * a sign-in popup we opened (its sessionStorage copy names the popup), hands Intuit's answer to the opener like the
 * callback page would, and closes. Returns whether it delivered anything; a page that is no popup of ours is left
 * alone.
 */
export function handOffToOpener(options: HandleOAuthCallbackOptions = {}): boolean {
  const win = options.window ?? globalThis.window;
  const storage = options.storage ?? sessionStorageOf(win);
  if (!storage || !readWindowId(storage)) return false;
  return handleOAuthCallback({ ...options, storage }).delivered !== 'none';
}

function sessionStorageOf(win: Window): Storage | null {
  try {
    return win.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function readWindowId(storage: Storage): string | null {
  try {
    return storage.getItem(OAUTH_WINDOW_ID_KEY) || null;
  } catch {
    return null;
  }
}

function sameOriginUrl(href: string, location: Location): URL | null {
  try {
    const url = new URL(href, location.href);
    return url.origin === location.origin ? url : null;
  } catch {
    return null;
  }
}
