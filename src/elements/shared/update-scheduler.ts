// A shared, yielding update queue: cheap element updates run at once while the current slice of a few milliseconds
// lasts, and the rest wait for later tasks, a slice each. A swap of a few hundred vendor IDs lands in one frame; one of
// 10,000 never blocks the page in one long task.

/** How long one slice may run before the queue yields to the browser. */
export const SLICE_MS = 8;

const queue: Array<() => void> = [];
let head = 0;
/** When the current slice ends (0: none running); a task scheduled with it closes it. */
let deadline = 0;

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

function openSlice(): void {
  deadline = performance.now() + SLICE_MS;
  nextTask(nextSlice);
}

/** A new task: the previous slice is over; run what waited, for one slice, and yield again if more is left. */
function nextSlice(): void {
  deadline = 0;
  if (head === queue.length) {
    queue.length = 0;
    head = 0;
    return;
  }
  openSlice();
  while (head < queue.length && performance.now() < deadline) queue[head++]!();
}

/**
 * Runs `update` now when the current slice has time left and nothing is waiting (returns undefined), else queues it
 * for a later slice and returns a promise that settles after it ran. Elements return this from Lit's
 * `scheduleUpdate()` with `() => super.scheduleUpdate()`; updates keep their order.
 */
export function scheduleInSlice(update: () => void): Promise<void> | undefined {
  if (head === queue.length) {
    if (deadline === 0) openSlice();
    if (performance.now() < deadline) {
      update();
      return undefined;
    }
  }
  return new Promise<void>((resolve, reject) => {
    queue.push(() => {
      try {
        update();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}
