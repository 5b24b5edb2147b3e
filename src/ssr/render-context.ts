// What one server render shows: the store state the snapshot makes, the strings of the locale with the host's
// overrides, and the attributes the provider carries so the browser takes over with the same data.
import type { AdapterOutline } from '../core/adapter.js';
import { ConnectionError } from '../core/errors.js';
import type { ErrorReason } from '../core/errors.js';
import type { ConnectionSnapshot } from '../core/model.js';
import { parseSnapshot } from '../core/schemas.js';
import { restingState, type StoreState } from '../core/store-state.js';
import { intlLocaleFor, serverRenderLocale, stringsForLocale } from '../i18n/locale.js';
import { mergeOverrides } from '../i18n/strings.js';
import type { Strings } from '../i18n/strings.js';

/** How the elements are to be rendered. */
export interface QboRenderOptions {
  /**
   * The connection as the backend knows it now (`connections.snapshot(tenantId)` on the server half). Null or
   * absent: the elements render "Checking…" and the browser loads the status as it would without a server render.
   */
  snapshot?: ConnectionSnapshot | null;
  /** `en`, `fr-CA`, `es-US` (any `fr` or `es` tag selects those tables; anything else English). Default English. */
  locale?: string | null;
  /** Replacements for built-in texts, as the provider's `strings` property takes them (set the same ones there). */
  strings?: Partial<Strings> | null;
  /** The status could not be read: the elements show this named failure with Retry (and the snapshot, if any). */
  loadError?: ErrorReason | null;
  /** When the snapshot was read, in ms since the epoch (default now): the browser judges its freshness by it. */
  renderedAt?: number;
  /**
   * Whether the page's adapter issues hand-off links (`createHandoff`), so an inactive link's status line shows
   * "Not a QuickBooks admin? Ask one to reconnect" from the first paint. Default true, as `createHttpAdapter`
   * against `qbo-reconnect/server` does; false for an adapter without it, or the line would go at hydration.
   */
  handoff?: boolean;
  /**
   * Whether the page's adapter keeps the link's history (`history`), so `<qbo-connection-history>` shows its "Show
   * history" button from the first paint. Default true, as `createHttpAdapter` does; false for an adapter without it.
   */
  history?: boolean;
}

export interface RenderContext {
  state: StoreState;
  strings: Strings;
  locale: string | undefined;
  /** The provider's `server-snapshot` attribute, or null when there is no snapshot to hand over. */
  serverSnapshot: string | null;
  /** What the page's adapter can do, as the options say (its methods are never called on the server). */
  adapter: AdapterOutline;
  /** Renders qbo- elements inside a plain element's shadow root (set by the render under way). */
  renderNested(markup: string): string;
}

/** Stands in for the page's adapter in a server render, which only draws: the browser's adapter makes the calls. */
function adapterOutline(options: QboRenderOptions): AdapterOutline {
  const drawOnly = () => Promise.reject(new ConnectionError('network', 'A server render only draws; the page’s adapter makes the calls.'));
  const outline: AdapterOutline = {};
  if (options.handoff !== false) outline.createHandoff = drawOnly;
  if (options.history !== false) outline.history = drawOnly;
  return outline;
}

/** Checks the options (an invalid snapshot throws the same ConnectionError a bad backend reply would). */
export function renderContext(options: QboRenderOptions = {}): RenderContext {
  const snapshot = options.snapshot == null ? null : parseSnapshot(options.snapshot);
  const loadError = options.loadError ? new ConnectionError(options.loadError, 'The connection status could not be read.') : null;
  const locale = intlLocaleFor(options.locale ?? undefined);
  const state: StoreState = restingState(loadError ? 'error' : snapshot ? 'ready' : 'loading', snapshot, loadError);
  // A failed read hands nothing over: the browser loads (and shows Checking… meanwhile).
  const serverSnapshot = snapshot && !loadError ? JSON.stringify({ snapshot, renderedAt: options.renderedAt ?? Date.now() }) : null;
  const strings = mergeOverrides(options.strings, stringsForLocale(locale), true);
  const renderNested = () => {
    throw new Error('renderContext(): renderNested is set by the render that uses the context.');
  };
  return { state, strings, locale, serverSnapshot, adapter: adapterOutline(options), renderNested };
}

/** The context of the render under way; renders are synchronous, so one at a time. */
let current: RenderContext | null = null;

export function withRenderContext<T>(context: RenderContext, render: () => T): T {
  const previous = current;
  const previousLocale = serverRenderLocale.current;
  current = context;
  serverRenderLocale.current = context.locale;
  try {
    return render();
  } finally {
    current = previous;
    serverRenderLocale.current = previousLocale;
  }
}

export function activeRenderContext(): RenderContext {
  if (!current) throw new Error('qbo- elements render on the server through renderQboToString() or renderQboHtml().');
  return current;
}
