// The shared yielding update queue: updates run at once while a slice lasts, the rest in later tasks, in order.
import { expect } from '@open-wc/testing';
import { SLICE_MS, scheduleInSlice } from '../../src/elements/shared/update-scheduler.js';

/** Busy work standing in for one element's update. */
function work(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('update scheduler', () => {
  it('runs updates at once while the slice has time, in order, and queues the rest for later tasks', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20)); // a fresh slice
    const ran: number[] = [];
    const results = [1, 2, 3].map((n) => scheduleInSlice(() => ran.push(n)));
    expect(ran).to.deep.equal([1, 2, 3]);
    expect(results).to.deep.equal([undefined, undefined, undefined]);
    work(SLICE_MS + 1); // the slice is spent
    const later = scheduleInSlice(() => ran.push(4));
    const after = scheduleInSlice(() => ran.push(5));
    expect(ran).to.deep.equal([1, 2, 3]);
    await Promise.all([later, after]);
    expect(ran).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('spreads a long queue over several tasks, so the page gets turns between slices', async () => {
    // Twelve updates of a quarter slice each need at least three slices on any machine (slower ones need more).
    let tasks = 0;
    let inTask = false;
    const ran: number[] = [];
    const done = Array.from({ length: 12 }, (_, index) =>
      scheduleInSlice(() => {
        if (!inTask) tasks++;
        inTask = true;
        // A microtask runs only once the current task ends: the next update sees it if it runs in a new task.
        queueMicrotask(() => (inTask = false));
        ran.push(index);
        work(SLICE_MS / 4 + 1);
      }),
    );
    await Promise.all(done);
    expect(ran).to.deep.equal(Array.from({ length: 12 }, (_, index) => index));
    expect(tasks).to.be.at.least(3);
  });

  it('a queued update that throws rejects its own promise and leaves the others running', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(scheduleInSlice(() => {})).to.equal(undefined); // opens a slice, runs at once
    work(SLICE_MS + 1); // and spends it: what follows is queued
    const ran: string[] = [];
    const results = await Promise.allSettled([
      scheduleInSlice(() => ran.push('a')),
      scheduleInSlice(() => {
        throw new Error('boom');
      }),
      scheduleInSlice(() => ran.push('c')),
    ]);
    expect(results.map((result) => result.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect(ran).to.deep.equal(['a', 'c']);
  });
});
