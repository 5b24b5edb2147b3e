// Freshness: a refresh when the page comes back into view or regains focus, at most once a minute, never while hidden.
import { expect } from '@open-wc/testing';
import { watchFreshness } from '../../src/core/freshness.js';
import type { PageSignals } from '../../src/core/freshness.js';

/** A page whose clock, visibility and return events the test drives. */
class FakePage implements PageSignals {
  time = 1_000_000;
  hidden = false;
  listeners = new Set<() => void>();
  onReturn(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  isHidden() {
    return this.hidden;
  }
  now() {
    return this.time;
  }
  comeBack() {
    for (const listener of this.listeners) listener();
  }
}

describe('watchFreshness', () => {
  it('refreshes once when the page comes back after an hour hidden, however many return events arrive', () => {
    const page = new FakePage();
    let refreshes = 0;
    watchFreshness(() => refreshes++, page);
    page.hidden = true;
    page.time += 60 * 60_000;
    page.comeBack(); // focus while still hidden: nothing
    expect(refreshes).to.equal(0);
    page.hidden = false;
    page.comeBack(); // visible again
    page.comeBack(); // and focused right after
    expect(refreshes).to.equal(1);
  });

  it('asks at most once a minute, counting from the start', () => {
    const page = new FakePage();
    let refreshes = 0;
    watchFreshness(() => refreshes++, page);
    page.time += 59_000;
    page.comeBack();
    expect(refreshes).to.equal(0);
    page.time += 1_000;
    page.comeBack();
    expect(refreshes).to.equal(1);
    page.time += 30_000;
    page.comeBack();
    expect(refreshes).to.equal(1);
    page.time += 30_000;
    page.comeBack();
    expect(refreshes).to.equal(2);
  });

  it('never asks on its own: no timers, nothing while nobody comes back', async () => {
    const page = new FakePage();
    let refreshes = 0;
    watchFreshness(() => refreshes++, page, { minIntervalMs: 0 });
    page.time += 24 * 60 * 60_000;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(refreshes).to.equal(0);
  });

  it('stops listening when stopped', () => {
    const page = new FakePage();
    let refreshes = 0;
    const stop = watchFreshness(() => refreshes++, page);
    stop();
    page.time += 120_000;
    page.comeBack();
    expect(refreshes).to.equal(0);
    expect(page.listeners.size).to.equal(0);
  });
});
