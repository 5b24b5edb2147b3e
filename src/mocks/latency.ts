// The memory backend's pretend network: a delay before each answer that an abort ends early, as a real request's.
import { ConnectionError } from '../core/errors.js';

function abortedError(): ConnectionError {
  return new ConnectionError('aborted', 'The request was aborted.');
}

/** Waits `ms` (not at all for 0), or rejects with `aborted` as soon as `signal` aborts. */
export function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortedError());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
