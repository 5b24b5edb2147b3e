// How a backend says it keeps no connection history: apart from the loader, so the HTTP adapter (loaded with the first
// status) does not bring the loader (loaded with the history list) along.
import { ConnectionError } from './errors.js';

/** The backend error code the HTTP adapter gives a 404 on the history route: this backend keeps no history. */
export const HISTORY_NOT_SUPPORTED = 'history_not_supported';

/** Whether a failure says the backend has no history at all (a 404), rather than that this request failed. */
export function isHistoryNotSupported(error: unknown): boolean {
  return error instanceof ConnectionError && (error.code === HISTORY_NOT_SUPPORTED || error.status === 404);
}
