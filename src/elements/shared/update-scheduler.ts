// A shared, yielding update queue: many cheap element updates (a table of 10,000 vendor IDs swapping placeholder for
// ID) run in slices of a few milliseconds, one task each, so the page keeps answering input between them.

/** How long one slice may run before the queue yields to the browser. */
export const SLICE_MS = 8;

const queue: Array<() => void> = [];
let head = 0;
let scheduled = false;

let channel: MessageChannel | null = null;
let pending: (() => void) | null = null;

/**
 * Runs `run` in a new task. MessageChannel runs sooner than setTimeout(0), which browsers clamp after a few nestings;
 * the channel is made on first use, so merely importing this (in Node, say) opens no port that keeps a process alive.
 */
function nextTask(run: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(run, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => pending?.();
  }
  pending = run;
  channel.port2.postMessage(null);
}

function drain(): void {
  const until = performance.now() + SLICE_MS;
  while (head < queue.length && performance.now() < until) queue[head++]!();
  if (head < queue.length) {
    nextTask(drain);
    return;
  }
  queue.length = 0;
  head = 0;
  scheduled = false;
}

/**
 * Runs `update` in a later task, inside a slice, and resolves after it. An element returns this from Lit's
 * `scheduleUpdate()` with `() => super.scheduleUpdate()`, so its update runs (synchronously) when its turn comes;
 * updates keep their order.
 */
export function scheduleInSlice(update: () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    queue.push(() => {
      try {
        update();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    if (!scheduled) {
      scheduled = true;
      nextTask(drain);
    }
  });
}
