// The page around a store: sessionStorage, the address bar, navigation and the sign-in popup.
// Kept apart from the store so the store itself stays free of browser globals (tests pass their own).
import { OAuthWindow } from './oauth-window.js';
import type { OAuthAuthorization } from './oauth-window.js';
import { realSchedule } from './deadline.js';
import { handOffToOpener } from './callback.js';
import type { Schedule } from './deadline.js';

/** What the store needs of the sign-in window; `OAuthWindow` is the real one. */
export interface AuthorizationWindow {
  open(): void;
  authorize(authorizationUrl: string, expectedState: string, signal?: AbortSignal): Promise<OAuthAuthorization>;
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
  /**
   * `onDetached`: the window's handle was lost but the sign-in may still finish (see OAuthWindow). `onClosed`: the
   * window was closed before the sign-in page was given to it (while the backend prepared the authorization URL).
   */
  createWindow(redirectUri: string, hooks: SignInWindowHooks): AuthorizationWindow;
  /** Timers for the deadlines on adapter calls. */
  schedule: Schedule;
  /**
   * When this page is the return of a sign-in popup (the redirect URI is the host page itself), gives Intuit's
   * answer to the window that opened it and closes; returns whether it did.
   */
  handOffToOpener(): boolean;
}

export interface SignInWindowHooks {
  onDetached(): void;
  onClosed(): void;
}

function safeSessionStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // Storage access throws in some sandboxed frames.
  }
}

export function browserEnvironment(): StoreEnvironment {
  return {
    storage: safeSessionStorage(),
    currentUrl: () => globalThis.location?.href ?? '',
    navigate: (url) => globalThis.location.assign(url),
    replaceUrl: (url) => globalThis.history.replaceState(globalThis.history.state, '', url),
    createWindow: (redirectUri, hooks) => new OAuthWindow({ redirectUri, onDetached: hooks.onDetached, onClosedBeforeSignIn: hooks.onClosed }),
    schedule: realSchedule,
    handOffToOpener: () => handOffToOpener(),
  };
}
