// The page around a store in a real browser: sessionStorage, the address bar, navigation and the sign-in popup.
// Kept apart from the store so the store itself stays free of browser globals (tests pass their own).
import { OAuthWindow } from './oauth-window.js';
import type { StoreEnvironment } from './store.js';

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
    createWindow: (redirectUri, hooks) => new OAuthWindow({ redirectUri, onDetached: hooks.onDetached }),
  };
}

