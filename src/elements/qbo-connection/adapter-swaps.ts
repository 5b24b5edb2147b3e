// Notices a host that hands <qbo-connection> a new adapter object on every render (a framework writing
// `adapter={createHttpAdapter(…)}` inline): each one restarts the status request, so the page floods the backend.

/** More swaps than this within WINDOW_MS is a new adapter per render, not a host switching backends. */
const RAPID_SWAPS = 4;
const WINDOW_MS = 1000;

export class AdapterSwaps {
  private recent: number[] = [];
  private warned = false;

  /** Records one swap; warns once per provider when they come too fast. */
  note(now: number = Date.now()): void {
    this.recent = [...this.recent.filter((at) => now - at < WINDOW_MS), now];
    if (this.recent.length < RAPID_SWAPS || this.warned) return;
    this.warned = true;
    console.warn(
      `<qbo-connection>: the adapter was replaced ${this.recent.length} times within a second. Each new adapter ` +
        'restarts the status request: create the adapter once (outside the render function, or memoized) and pass the same object.',
    );
  }
}
