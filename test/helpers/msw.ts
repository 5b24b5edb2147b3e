// An msw worker for one test file, started before its tests and stopped after them.
import { setupWorker } from 'msw/browser';

/**
 * Registered for this page's URL alone, under its own script URL (so msw does not adopt another file's
 * registration): other test pages running alongside, and their popups, never pass through this worker.
 */
export function useMockWorker(name: string) {
  const worker = setupWorker();
  before(() =>
    worker.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: `/mockServiceWorker.js?for=${name}`, options: { scope: location.href.split('#')[0] } },
    }),
  );
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
  return worker;
}
