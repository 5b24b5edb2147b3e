// Where focus goes when the success banner is dismissed: a status line the person can see, never <body> (WCAG 2.4.3).

/**
 * Every `<qbo-connection-status>` under the same `<qbo-connection>` as `banner` (open shadow roots included), in
 * document order, with how far each is from the banner in that order.
 */
function statusLinesNear(banner: Element): Array<{ element: HTMLElement; distance: number }> {
  let node: Node = banner;
  while (!(node instanceof Element && node.localName === 'qbo-connection')) {
    const parent: Node | null = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    if (!parent) return [];
    node = parent;
  }
  const found: Array<{ element: HTMLElement; index: number }> = [];
  let index = 0;
  let bannerIndex = 0;
  const walk = (root: Element | ShadowRoot): void => {
    for (const child of root.querySelectorAll('*')) {
      index++;
      if (child === banner) bannerIndex = index;
      if (child.localName === 'qbo-connection-status') found.push({ element: child as HTMLElement, index });
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(node as Element);
  return found.map(({ element, index: at }) => ({ element, distance: Math.abs(at - bannerIndex) }));
}

/** Whether `element` sits in a tab panel (a page may hold one status line per panel, only one panel shown). */
function inTabPanel(element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('role') === 'tabpanel') return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** The focused element, looking inside open shadow roots; null when focus is on <body> or nowhere. */
function focusedElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active && active !== document.body ? active : null;
}

/** Shown on the page: laid out with a box (a hidden tab panel's content has none and cannot take focus). */
const isShown = (element: Element) => element.getClientRects().length > 0;

/**
 * Moves focus to a status line the person can see: the one in the shown tab panel, else the nearest shown one,
 * else `fallback` (the banner's own container). A status line in a hidden panel is skipped, since focusing it would
 * leave focus on <body>.
 */
export function focusStatusAfterDismiss(banner: Element, fallback: HTMLElement): void {
  const candidates = statusLinesNear(banner).sort(
    (a, b) => Number(inTabPanel(b.element)) - Number(inTabPanel(a.element)) || a.distance - b.distance,
  );
  for (const { element } of candidates) {
    element.focus();
    const focused = focusedElement();
    if (focused && isShown(focused)) return;
  }
  fallback.focus();
}
