// A manual clock for the store's deadlines: timers run only when the test says so, so nothing waits on real time.
import type { Schedule } from '../../src/core/deadline.js';

export class ManualClock {
  now = 0;
  private timers: Array<{ at: number; callback: () => void; id: number }> = [];
  private nextId = 0;

  readonly schedule: Schedule = (callback, ms) => {
    const id = this.nextId++;
    this.timers.push({ at: this.now + ms, callback, id });
    return () => {
      this.timers = this.timers.filter((timer) => timer.id !== id);
    };
  };

  get pending(): number {
    return this.timers.length;
  }

  /** Moves time on by `ms`, running every timer due, in order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.now = due.at;
      due.callback();
    }
    this.now = until;
  }
}
