// The Intuit sign-in popup: opened inside the user's click, completed by the redirect_uri page's message.
import { ConnectionError } from './errors.js';
import type { OAuthCallbackParams } from './model.js';
import { OAUTH_CHANNEL_NAME, OAUTH_WINDOW_ID_KEY, isOAuthCallbackMessage } from './oauth-protocol.js';
import { abortError, centredFeatures, closedError, configurationError, intuitError, isCallbackPage, isOwnPage, originOf, randomId, readableHref } from './oauth-window-parts.js';

export interface OAuthWindowOptions {
  /** Absolute URL of the redirect_uri page; its origin is the only origin accepted. It must be this page's origin. */
  redirectUri: string;
  /** Overall limit for the sign-in, default 10 minutes. */
  timeoutMs?: number;
  /** Closed-window polling, default 500. */
  pollIntervalMs?: number;
  /** window.open features; default a centred 500×650 popup. */
  features?: string;
  /** The window that opens the popup (default globalThis.window) – for tests. */
  host?: Window;
  /** How long a closed popup may still deliver a message already on its way before popup_closed, default 1000. */
  closedGraceMs?: number;
  /** Called when the popup's handle was lost but the popup may still be open (see the class notes). */
  onDetached?: () => void;
  /**
   * Called when the blank popup is closed between open() and authorize() (the backend was still preparing the
   * authorization URL): the caller can end the sign-in at once instead of waiting for that reply.
   */
  onClosedBeforeSignIn?: () => void;
}

/** Intuit's answer for the state we issued. */
export interface OAuthAuthorization {
  code: string;
  state: string;
  realmId: string;
}

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
const DEFAULT_POLL_MS = 500;
const DEFAULT_CLOSED_GRACE_MS = 1000;
/** A severed handle can look like a live cross-origin page for a few ms before it reports closed; a page shown longer was real. */
const LIVE_PAGE_MS = 1000;

interface Attempt {
  expectedState: string;
  succeed(result: OAuthAuthorization): void;
  fail(error: ConnectionError): void;
}

/**
 * The sign-in window of one reconnect.
 *
 * Completion arrives by `postMessage` from the popup (origin of `redirectUri` and `event.source` the popup, else
 * ignored) or on the `BroadcastChannel` (when the sign-in page's Cross-Origin-Opener-Policy severed
 * `window.opener`). A callback for another state rejects `state_mismatch` when it comes from our popup; one on the
 * channel that does not name our popup is ignored, since another tab of the same origin may own it.
 *
 * Closed or severed? A handle severed by COOP reports `closed === true` like a closed popup, and what its
 * `location` says then differs by engine: Chromium throws SecurityError (as for a closed cross-origin page),
 * Firefox answers "" (as for any closed window), WebKit answers the last same-origin address, "about:blank".
 * Only the history tells them apart, so that is what this class watches:
 * - closed on, or after showing, a same-origin page other than the blank one (the redirect_uri page): a severed
 *   handle in Chromium or Firefox never shows one, so the user (or the callback page) closed it → popup_closed after
 *   `closedGraceMs` (but see WebKit below);
 * - closed after a cross-origin page (Intuit) was seen live in it for over a second: most likely the user closed
 *   it → popup_closed after `closedGraceMs`. A sign-in page that switches to COOP midway would be misreported;
 * - closed right as a cross-origin page committed: that is what COOP severance looks like (a user is rarely that
 *   quick), so the popup may still be open and only the channel can reach us. So is a handle that reads
 *   "about:blank" once closed after a same-origin page other than the callback page: WebKit shows a same-origin page
 *   that sends COOP readable for a moment before it severs the handle. This is "detached": `onDetached`
 *   fires and the sign-in goes on until the callback, `timeoutMs`, the signal, or `close()` — a detached popup that
 *   the user really closed ends as `timeout`, so the UI should offer a Cancel while it waits.
 */
export class OAuthWindow {
  private readonly host: Window;
  private readonly redirectUri: string;
  private readonly redirectOrigin: string;
  private readonly timeoutMs: number;
  private readonly pollIntervalMs: number;
  private readonly closedGraceMs: number;
  private readonly features: string | undefined;
  private readonly onDetached: (() => void) | undefined;
  private readonly onClosedBeforeSignIn: (() => void) | undefined;
  /** Stops watching the blank popup (see open()). */
  private stopBlankWatch: () => void = () => {};
  private popup: Window | null = null;
  private windowId: string | null = null;
  private attempt: Attempt | null = null;
  /** Reported by open() rather than thrown here, so it travels the same path as every other sign-in failure. */
  private readonly configError: ConnectionError | null;

  constructor(options: OAuthWindowOptions) {
    this.host = options.host ?? globalThis.window;
    this.redirectUri = options.redirectUri;
    this.redirectOrigin = originOf(options.redirectUri);
    this.configError = configurationError(options.redirectUri, this.redirectOrigin, this.host);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_MS;
    this.closedGraceMs = options.closedGraceMs ?? DEFAULT_CLOSED_GRACE_MS;
    this.features = options.features;
    this.onDetached = options.onDetached;
    this.onClosedBeforeSignIn = options.onClosedBeforeSignIn;
  }

  /**
   * Opens a blank popup synchronously; call inside the user's click (Safari blocks a popup opened after an await).
   * Throws ConnectionError('popup_blocked') when window.open returns null.
   */
  open(): void {
    if (this.configError) throw this.configError;
    if (this.attempt || (this.popup && !this.popup.closed)) {
      this.popup?.focus();
      return;
    }
    const id = randomId();
    // Written before open() so the popup's copy of sessionStorage carries it.
    try {
      this.host.sessionStorage.setItem(OAUTH_WINDOW_ID_KEY, id);
    } catch {
      // Without storage the callback page just cannot name its popup; the state check still protects us.
    }
    let popup: Window | null = null;
    try {
      popup = this.host.open('about:blank', '_blank', this.features ?? centredFeatures(this.host));
    } catch {
      popup = null;
    }
    if (!popup) {
      this.forgetWindowId(id);
      throw new ConnectionError('popup_blocked', 'The browser blocked the QuickBooks sign-in window.');
    }
    this.popup = popup;
    this.windowId = id;
    this.watchBlank(popup);
  }

  /** Watches the popup from the moment it opens: closing the blank window before authorize() is noticed too. */
  private watchBlank(popup: Window): void {
    this.stopBlankWatch();
    const poll = setInterval(() => {
      if (this.popup !== popup || this.attempt) {
        clearInterval(poll);
        return;
      }
      if (!popup.closed) return;
      clearInterval(poll);
      this.onClosedBeforeSignIn?.();
    }, this.pollIntervalMs);
    this.stopBlankWatch = () => clearInterval(poll);
  }

  /**
   * Points the open popup at authorizationUrl and resolves with Intuit's { code, state, realmId } for
   * expectedState. Rejects ConnectionError with reason popup_closed, access_denied (Intuit's
   * ?error=access_denied, message from error_description), state_mismatch, timeout, or aborted (signal).
   * Settles exactly once.
   */
  authorize(authorizationUrl: string, expectedState: string, signal?: AbortSignal): Promise<OAuthAuthorization> {
    return new Promise<OAuthAuthorization>((resolve, reject) => {
      if (this.attempt) {
        reject(new ConnectionError('aborted', 'A sign-in is already waiting in this window.'));
        return;
      }
      let target: URL;
      try {
        target = new URL(authorizationUrl);
        if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new TypeError(target.protocol);
      } catch (cause) {
        this.closePopup();
        reject(new ConnectionError('invalid_response', `Not an authorization URL: ${authorizationUrl}`, { cause }));
        return;
      }
      if (!this.popup) {
        try {
          this.open();
        } catch (error) {
          reject(error);
          return;
        }
      }
      const popup = this.popup as Window;
      const cleanups: Array<() => void> = [];
      const settle = (outcome: () => void) => {
        if (this.attempt !== attempt) return;
        this.attempt = null;
        for (const cleanup of cleanups) cleanup();
        this.closePopup();
        outcome();
      };
      this.stopBlankWatch();
      const attempt: Attempt = {
        expectedState,
        succeed: (result) => settle(() => resolve(result)),
        fail: (error) => settle(() => reject(error)),
      };
      this.attempt = attempt;

      if (signal?.aborted) {
        attempt.fail(abortError(signal));
        return;
      }
      const onAbort = () => attempt.fail(abortError(signal));
      signal?.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => signal?.removeEventListener('abort', onAbort));

      const onMessage = (event: MessageEvent) => {
        if (event.origin !== this.redirectOrigin || event.source !== popup || !isOAuthCallbackMessage(event.data)) return;
        this.receive(attempt, event.data.params, true);
      };
      this.host.addEventListener('message', onMessage);
      cleanups.push(() => this.host.removeEventListener('message', onMessage));

      if (typeof BroadcastChannel === 'function') {
        const channel = new BroadcastChannel(OAUTH_CHANNEL_NAME);
        const windowId = this.windowId;
        channel.onmessage = (event: MessageEvent) => {
          if (!isOAuthCallbackMessage(event.data)) return;
          this.receive(attempt, event.data.params, windowId !== null && event.data.windowId === windowId);
        };
        cleanups.push(() => channel.close());
      }

      const timer = setTimeout(() => attempt.fail(new ConnectionError('timeout', 'The QuickBooks sign-in took too long.')), this.timeoutMs);
      cleanups.push(() => clearTimeout(timer));
      cleanups.push(this.watchPopup(popup, attempt));

      if (popup.closed) {
        // The user closed the blank window while the backend was preparing the URL: nothing can be in flight.
        attempt.fail(closedError());
        return;
      }
      try {
        popup.location.replace(target.href);
      } catch (cause) {
        attempt.fail(new ConnectionError('popup_closed', 'The QuickBooks sign-in window could not be opened.', { cause }));
      }
    });
  }

  /** Closes the popup and stops listening; a sign-in still waiting rejects `aborted`. */
  close(): void {
    if (this.attempt) this.attempt.fail(new ConnectionError('aborted', 'The sign-in window was closed.'));
    else this.closePopup();
  }

  private receive(attempt: Attempt, params: OAuthCallbackParams, fromOurPopup: boolean): void {
    if (params.state === attempt.expectedState) {
      if ('error' in params) attempt.fail(intuitError(params.error, params.errorDescription));
      else attempt.succeed({ code: params.code, state: params.state, realmId: params.realmId });
    } else if (fromOurPopup) {
      // Intuit may leave state out of an error; an error carries no code, so believing it can only cancel.
      if ('error' in params && params.state === null) attempt.fail(intuitError(params.error, params.errorDescription));
      else attempt.fail(new ConnectionError('state_mismatch', 'The QuickBooks answer was for another sign-in.'));
    }
    // Otherwise it came over the channel for another tab's sign-in: that tab will take it.
  }

  /** Polls `closed` and applies the closed-or-severed policy of the class notes; returns the cleanup. */
  private watchPopup(popup: Window, attempt: Attempt): () => void {
    let foreignSince: number | null = null;
    let signInPageSeen = false;
    let ownPageSeen = false;
    let callbackPageSeen = false;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const poll = setInterval(() => {
      const now = Date.now();
      if (!popup.closed) {
        const href = readableHref(popup);
        if (href === null) {
          if (foreignSince === null) foreignSince = now;
          else if (now - foreignSince >= LIVE_PAGE_MS) signInPageSeen = true;
          return;
        }
        foreignSince = null;
        if (isOwnPage(href)) ownPageSeen = true;
        if (isCallbackPage(href, this.redirectUri)) callbackPageSeen = true;
        return;
      }
      clearInterval(poll);
      const last = readableHref(popup);
      // WebKit shows a same-origin page that sends COOP readable for a moment before it severs the handle, which then
      // reads "about:blank": that is severance unless the page seen was the callback page.
      const severedAfterOwnPage = last === 'about:blank' && !callbackPageSeen;
      if (signInPageSeen || (ownPageSeen && !severedAfterOwnPage) || (last !== null && isOwnPage(last))) {
        graceTimer = setTimeout(() => attempt.fail(closedError()), this.closedGraceMs);
      } else {
        this.onDetached?.();
      }
    }, this.pollIntervalMs);
    return () => {
      clearInterval(poll);
      clearTimeout(graceTimer);
    };
  }

  private closePopup(): void {
    this.stopBlankWatch();
    const popup = this.popup;
    this.popup = null;
    if (this.windowId) this.forgetWindowId(this.windowId);
    this.windowId = null;
    try {
      popup?.close();
    } catch {
      // A handle to a discarded window has nothing left to close.
    }
  }

  private forgetWindowId(id: string): void {
    try {
      if (this.host.sessionStorage.getItem(OAUTH_WINDOW_ID_KEY) === id) this.host.sessionStorage.removeItem(OAUTH_WINDOW_ID_KEY);
    } catch {
      // Nothing was stored.
    }
  }
}
