// What one server render shows: the store state the snapshot makes, the strings of the locale with the host's
// overrides, and the attributes the provider carries so the browser takes over with the same data.
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
}

export interface RenderContext {
  state: StoreState;
  strings: Strings;
  locale: string | undefined;
  /** The provider's `server-snapshot` attribute, or null when there is no snapshot to hand over. */
  serverSnapshot: string | null;
}

/** Checks the options (an invalid snapshot throws the same ConnectionError a bad backend reply would). */
export function renderContext(options: QboRenderOptions = {}): RenderContext {
  const snapshot = options.snapshot == null ? null : parseSnapshot(options.snapshot);
  const loadError = options.loadError ? new ConnectionError(options.loadError, 'The connection status could not be read.') : null;
  const locale = intlLocaleFor(options.locale ?? undefined);
  const state: StoreState = restingState(loadError ? 'error' : snapshot ? 'ready' : 'loading', snapshot, loadError);
  // A failed read hands nothing over: the browser loads (and shows Checking… meanwhile).
  const serverSnapshot = snapshot && !loadError ? JSON.stringify({ snapshot, renderedAt: options.renderedAt ?? Date.now() }) : null;
  return { state, strings: mergeOverrides(options.strings, stringsForLocale(locale), true), locale, serverSnapshot };
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
