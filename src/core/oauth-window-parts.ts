// The sign-in window's small pieces: configuration checks, named errors, popup geometry and ids.
import { ConnectionError } from './errors.js';

const WIDTH = 500;
const HEIGHT = 650;

export function originOf(redirectUri: string): string {
  try {
    return new URL(redirectUri).origin;
  } catch {
    return 'null';
  }
}

export function configurationError(redirectUri: string, origin: string, host: Window): ConnectionError | null {
  if (origin === 'null') return new ConnectionError('not_configured', `The redirect URI must be an absolute http(s) URL: ${redirectUri}`);
  // The callback page posts to its own origin and its channel is scoped to it: another origin never hears it.
  const here = host.location?.origin;
  if (here && here !== origin) return new ConnectionError('not_configured', `The redirect URI must be on this page's origin (${here}), not ${origin}.`);
  return null;
}

/** The popup's address while its document is same-origin, or null while it is cross-origin (reading throws). */
export function readableHref(popup: Window): string | null {
  try {
    const href = popup.location.href;
    return typeof href === 'string' ? href : null;
  } catch {
    return null;
  }
}

/**
 * A same-origin page of ours (the redirect_uri page): not the blank page the popup starts on, and not the ""
 * Firefox reads from any closed handle, whose page neither a severed nor a closed popup can be told by.
 */
export function isOwnPage(href: string): boolean {
  return href !== '' && href !== 'about:blank';
}

/** The redirect_uri page itself (same origin and path; its query carries the answer). */
export function isCallbackPage(href: string, redirectUri: string): boolean {
  try {
    const page = new URL(href);
    const callback = new URL(redirectUri);
    return page.origin === callback.origin && page.pathname === callback.pathname;
  } catch {
    return false;
  }
}

export function closedError(): ConnectionError {
  return new ConnectionError('popup_closed', 'The QuickBooks sign-in window was closed.');
}

export function abortError(signal: AbortSignal | undefined): ConnectionError {
  return new ConnectionError('aborted', 'The sign-in was cancelled.', { cause: signal?.reason });
}

export function intuitError(error: string, description: string | undefined): ConnectionError {
  if (error === 'access_denied') {
    return new ConnectionError('access_denied', description || 'Access to QuickBooks was not granted.', {
      code: error,
      ...(description ? { description } : {}),
    });
  }
  // invalid_scope, unauthorized_client…: the app's configuration, not the user, has to change.
  return new ConnectionError('server', description || `QuickBooks refused the sign-in (${error}).`, { code: error });
}

export function centredFeatures(host: Window): string {
  const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
  const left = Math.round(num(host.screenX, 0) + Math.max(0, (num(host.outerWidth, WIDTH) - WIDTH) / 2));
  const top = Math.round(num(host.screenY, 0) + Math.max(0, (num(host.outerHeight, HEIGHT) - HEIGHT) / 2));
  return `popup=yes,width=${WIDTH},height=${HEIGHT},left=${left},top=${top}`;
}

/** crypto.randomUUID needs a secure context; getRandomValues does not. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
