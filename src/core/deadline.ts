// A deadline around one adapter call: a host adapter that never settles still ends, as `timeout`, so no step hangs.
import { ConnectionError } from './errors.js';

/** Runs `callback` after `ms`; returns the cancel. Injectable so tests and property runs need no real clock. */
export type Schedule = (callback: () => void, ms: number) => () => void;

export const realSchedule: Schedule = (callback, ms) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

/** Above the HTTP adapter's own 15 s, so its more precise timeout reports first when it works. */
export const DEFAULT_CALL_TIMEOUT_MS = 30_000;

export interface DeadlineOptions {
  ms: number;
  schedule: Schedule;
  /** The caller's own abort (a cancel, a newer load): rejects `aborted` at once. */
  parent?: AbortSignal;
  /** For the timeout's message: "loading the connection status". */
  what: string;
}

/**
 * Calls `call` with a signal of its own and settles with it, or rejects `timeout` after `ms` (aborting that signal so
 * a well-behaved adapter stops), or `aborted` when `parent` aborts. A reply after that is dropped, and a late
 * rejection is caught here, so it never surfaces as an unhandled rejection. A synchronous throw rejects.
 */
export function withDeadline<T>(call: (signal: AbortSignal) => Promise<T> | T, options: DeadlineOptions): Promise<T> {
  const { parent } = options;
  return new Promise<T>((resolve, reject) => {
    const controller = new AbortController();
    let settled = false;
    let cancelTimer: () => void = () => {};
    const onParentAbort = () => {
      if (!finish()) return;
      controller.abort(parent?.reason);
      reject(new ConnectionError('aborted', 'The request was cancelled.', { cause: parent?.reason }));
    };
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      cancelTimer();
      parent?.removeEventListener('abort', onParentAbort);
      return true;
    };
    if (parent?.aborted) {
      onParentAbort();
      return;
    }
    parent?.addEventListener('abort', onParentAbort, { once: true });
    if (Number.isFinite(options.ms) && options.ms >= 0) {
      cancelTimer = options.schedule(() => {
        if (!finish()) return;
        const error = new ConnectionError('timeout', `No answer in time while ${options.what}.`);
        controller.abort(error);
        reject(error);
      }, options.ms);
    }
    let pending: Promise<T>;
    try {
      pending = Promise.resolve(call(controller.signal));
    } catch (thrown) {
      if (finish()) reject(thrown);
      return;
    }
    pending.then(
      (value) => {
        if (finish()) resolve(value);
      },
      (thrown: unknown) => {
        if (finish()) reject(thrown);
      },
    );
  });
}
