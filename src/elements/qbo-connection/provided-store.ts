// The store <qbo-connection> provides: made from its settings, rebuilt when they change (keeping what it showed),
// kept fresh while the page is in view, and disposed with its listeners.
import type { ConnectionAdapter } from '../../core/adapter.js';
import { watchFreshness } from '../../core/freshness.js';
import { ConnectionStore } from '../../core/store.js';
import type { StoreEnvironment, StoreEvent } from '../../core/store.js';
import { pageSignals } from '../shared/page-signals.js';
import { AdapterSwaps } from './adapter-swaps.js';
import type { ConnectionSnapshot } from '../../core/model.js';

function isAdapter(value: unknown): value is ConnectionAdapter {
  const candidate = value as Partial<ConnectionAdapter> | null;
  return (
    !!candidate &&
    typeof candidate.load === 'function' &&
    typeof candidate.authorize === 'function' &&
    typeof candidate.complete === 'function' &&
    typeof candidate.vendors === 'function'
  );
}

export class ProvidedStore {
  current: ConnectionStore | null = null;
  /** Notices a host that creates a new adapter per render. */
  private readonly adapterSwaps = new AdapterSwaps();
  private stopListening: (() => void) | null = null;
  private stopFreshness: (() => void) | null = null;

  constructor(
    /** The provider's document, read when the watch starts (an element can move to another document). */
    private readonly doc: () => Document,
    private readonly onEvent: (event: StoreEvent) => void,
  ) {}

  /**
   * A new store for the provider's settings (none without a valid adapter), which starts loading at once.
   * `authorizationOrigins` are space-separated, as the attribute gives them. `rendered` is the snapshot the server
   * rendered the page with (see server-snapshot.ts), for the provider's first store.
   */
  rebuild(settings: {
    adapter: ConnectionAdapter | null;
    redirectUri: string;
    authorizationOrigins: string;
    environment: Partial<StoreEnvironment> | undefined;
    rendered?: { snapshot: ConnectionSnapshot; current: boolean } | null;
  }): void {
    // What the old store showed stays on screen until the new one loads (see initialSnapshot).
    const shown = this.current?.state.snapshot ?? settings.rendered?.snapshot ?? null;
    const { adapter } = settings;
    if (this.current && adapter !== this.current.adapter) this.adapterSwaps.note();
    this.dispose();
    if (adapter && !isAdapter(adapter)) {
      console.error('<qbo-connection>: `adapter` lacks load/authorize/complete/vendors; it is ignored.');
    }
    const store = isAdapter(adapter)
      ? new ConnectionStore({
          adapter,
          ...(settings.redirectUri ? { redirectUri: settings.redirectUri } : {}),
          ...(settings.environment ? { environment: settings.environment } : {}),
          authorizationOrigins: settings.authorizationOrigins.split(/\s+/).filter(Boolean),
          initialSnapshot: shown,
          // The server's snapshot is shown as an answer, not as "Checking…": a stale one is refreshed quietly below.
          initialSnapshotIsCurrent: !this.current && !!settings.rendered,
        })
      : null;
    this.current = store;
    if (!store) return;
    this.stopListening = store.onEvent(this.onEvent);
    void store.resumeFromRedirect();
    void store.load();
    if (settings.rendered && !settings.rendered.current) void store.refresh();
    // After the redirect resume, which cleans its own parameters first; a running flow ignores the landing.
    void store.openFromLanding();
    this.keepFresh();
  }

  /** Back to a page left hidden (or unfocused) for a while: ask again, at most once a minute, never while hidden. */
  keepFresh(): void {
    this.pause();
    const store = this.current;
    if (store) this.stopFreshness = watchFreshness(() => void store.refresh(), pageSignals(this.doc()));
  }

  /** Out of the page: no refreshes until keepFresh() again. */
  pause(): void {
    this.stopFreshness?.();
    this.stopFreshness = null;
  }

  dispose(): void {
    this.stopListening?.();
    this.stopListening = null;
    this.pause();
    this.current?.dispose();
    this.current = null;
  }
}
