// Full-page redirect mode (the fallback when popups are blocked): what a tab remembers while it is away at Intuit.
import type { OAuthCallbackParams } from './model.js';
import { OAUTH_PARAM_NAMES, PENDING_AUTHORIZATION_KEY, readCallbackParams } from './oauth-protocol.js';

export interface PendingAuthorization {
  /** The state the backend issued; the callback must carry the same one. */
  state: string;
  /** Where the user was when they started, on the host's origin; redirect mode returns there. */
  returnUrl: string;
  mode: 'popup' | 'redirect';
  /** Epoch milliseconds. */
  createdAt: number;
}

export interface RedirectResult {
  params: OAuthCallbackParams;
  /** Null when nothing valid was pending: the caller cannot verify `state` and should treat it as a mismatch. */
  pending: PendingAuthorization | null;
  /** `href` without the OAuth params, for `history.replaceState(null, '', cleanedUrl)`. */
  cleanedUrl: string;
}

/** Longer than Intuit keeps an authorization code alive, so an older entry can only be abandoned. */
export const PENDING_MAX_AGE_MS = 15 * 60 * 1000;

/** Throws what the storage throws (quota, disabled storage): without it redirect mode cannot check `state`. */
export function savePendingAuthorization(storage: Storage, pending: PendingAuthorization): void {
  storage.setItem(PENDING_AUTHORIZATION_KEY, JSON.stringify(pending));
}

function isPending(value: unknown): value is PendingAuthorization {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.state === 'string' &&
    v.state.length > 0 &&
    typeof v.returnUrl === 'string' &&
    v.returnUrl.length > 0 &&
    (v.mode === 'popup' || v.mode === 'redirect') &&
    typeof v.createdAt === 'number' &&
    Number.isFinite(v.createdAt)
  );
}

/** The pending authorization, or null when there is none, it is malformed, or older than `maxAgeMs`. */
export function readPendingAuthorization(storage: Storage, now: number = Date.now(), maxAgeMs: number = PENDING_MAX_AGE_MS): PendingAuthorization | null {
  let raw: string | null;
  try {
    raw = storage.getItem(PENDING_AUTHORIZATION_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isPending(value)) return null;
  const age = now - value.createdAt;
  // A date far in the future is as untrustworthy as an old one.
  return Math.abs(age) <= maxAgeMs ? { state: value.state, returnUrl: value.returnUrl, mode: value.mode, createdAt: value.createdAt } : null;
}

export function clearPendingAuthorization(storage: Storage): void {
  try {
    storage.removeItem(PENDING_AUTHORIZATION_KEY);
  } catch {
    // Storage that cannot be read holds nothing to clear.
  }
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** `href` without the OAuth params; the other params keep their original encoding and order, the hash stays. */
export function stripCallbackParams(href: string): string {
  const url = new URL(href);
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !OAUTH_PARAM_NAMES.includes(decodeName(pair.split('=', 1)[0] ?? '')));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.href;
}

/**
 * Picks up Intuit's answer when the page comes back from a redirect-mode sign-in: null when `href` carries no
 * OAuth params. The pending entry is consumed, so a reload cannot replay the same code (Intuit invalidates the
 * tokens when a code is exchanged twice).
 */
export function takeRedirectResult(href: string, storage: Storage, now: number = Date.now()): RedirectResult | null {
  const params = readCallbackParams(new URL(href));
  if (!params) return null;
  const pending = readPendingAuthorization(storage, now);
  clearPendingAuthorization(storage);
  return { params, pending, cleanedUrl: stripCallbackParams(href) };
}
