// Text queries with Testing Library's semantics, reaching into open shadow roots (as shadow-dom-testing-library's
// findByShadowText does): an element matches when its own text (its child text nodes, whitespace collapsed and
// trimmed) equals the text. A text node sitting directly in a shadow root belongs to no element and never matches.
// Written here because no Testing Library package is installed in this project.

const IGNORED = new Set(['script', 'style']);

/** An element's own text, as Testing Library's getNodeText reads it. */
function ownText(element: Element): string {
  return [...element.childNodes]
    .filter((child) => child.nodeType === Node.TEXT_NODE)
    .map((child) => child.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every element under `root` (open shadow roots included) whose own text is exactly `text`. */
export function queryAllByShadowText(root: Element | ShadowRoot, text: string): Element[] {
  const found: Element[] = [];
  const walk = (scope: Element | ShadowRoot) => {
    for (const element of scope.querySelectorAll('*')) {
      if (!IGNORED.has(element.localName) && ownText(element) === text) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** Resolves with the matches once there is at least one, polling like findAllByText; rejects after `timeout` ms. */
export async function findAllByShadowText(root: Element | ShadowRoot, text: string, timeout = 1000): Promise<Element[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = queryAllByShadowText(root, text);
    if (found.length) return found;
    if (Date.now() > until) throw new Error(`Unable to find an element with the text: ${text}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Like findByText: exactly one match, or a rejection. */
export async function findByShadowText(root: Element | ShadowRoot, text: string, timeout = 1000): Promise<Element> {
  const found = await findAllByShadowText(root, text, timeout);
  if (found.length > 1) throw new Error(`Found multiple elements with the text: ${text}`);
  return found[0]!;
}
