// The class the plain elements extend: the page's HTMLElement, or an inert stand-in where there is none (Node, Deno,
// edge workers), so importing an element module never throws there. Nothing is constructed or registered without a
// DOM; qbo-reconnect/ssr renders these elements from their state instead of from instances.
export const ElementBase: typeof HTMLElement =
  (globalThis as { HTMLElement?: typeof HTMLElement }).HTMLElement ?? (class {} as unknown as typeof HTMLElement);
