// Landing parameters: Intuit's Reconnect URL (`?qbo-reconnect`) and Disconnect URL (`?qbo-disconnected`) pages.

/** Opens the reconnect confirmation on load (Intuit's Reconnect URL lands here). */
export const RECONNECT_PARAM = 'qbo-reconnect';
/** The user disconnected from inside QuickBooks; the fresh status says so, nothing else is needed. */
export const DISCONNECTED_PARAM = 'qbo-disconnected';

export interface Landing {
  /** The page was opened to reconnect. */
  reconnect: boolean;
  /** The page was opened after a disconnect in QuickBooks. */
  disconnected: boolean;
  /** The address without the landing parameters, or null when it had none (nothing to rewrite). */
  cleanedUrl: string | null;
}

/** Reads and strips the landing parameters, so a reload or a shared link does not open the confirmation again. */
export function readLanding(href: string): Landing {
  if (!href || !URL.canParse(href)) return { reconnect: false, disconnected: false, cleanedUrl: null };
  const url = new URL(href);
  const reconnect = url.searchParams.has(RECONNECT_PARAM);
  const disconnected = url.searchParams.has(DISCONNECTED_PARAM);
  if (!reconnect && !disconnected) return { reconnect, disconnected, cleanedUrl: null };
  url.searchParams.delete(RECONNECT_PARAM);
  url.searchParams.delete(DISCONNECTED_PARAM);
  return { reconnect, disconnected, cleanedUrl: url.href };
}
