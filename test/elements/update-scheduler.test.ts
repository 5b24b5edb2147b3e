// The shared yielding update queue: updates run in order, in later tasks, in slices that give the page turns.
import { expect } from '@open-wc/testing';
import { SLICE_MS, scheduleInSlice } from '../../src/elements/shared/update-scheduler.js';

/** Busy work standing in for one element's update. */
function work(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('update scheduler', () => {
  it('runs queued updates in order, never in the task that queued them', async () => {
    const ran: number[] = [];
    const done = [1, 2, 3].map((n) => scheduleInSlice(() => ran.push(n)));
    expect(ran).to.deep.equal([]);
    await Promise.all(done);
    expect(ran).to.deep.equal([1, 2, 3]);
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

  it('an update that throws rejects its own promise and leaves the others running', async () => {
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
