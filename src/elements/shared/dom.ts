// The few DOM helpers the plain elements build and update their shadow roots with (no template engine, no HTML
// strings, so a page that enforces Trusted Types needs no policy for them).

import type { CSSResult } from '@lit/reactive-element/css-tag.js';

type Child = Node | string;

/** A new element with attributes (`true` for an empty one) and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | true> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value === true ? '' : value);
  created.append(...children);
  return created;
}

/** A new SVG element with attributes and children. */
export function svgElement(tag: string, attributes: Record<string, string> = {}, ...children: Node[]): SVGElement {
  const created = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}

/** Sets or removes an attribute (null, undefined or false removes it; true sets it empty), touching the DOM only on change. */
export function setAttribute(target: Element, name: string, value: string | boolean | null | undefined): void {
  const wanted = value === true ? '' : value === false || value == null ? null : value;
  if (target.getAttribute(name) === wanted) return;
  if (wanted === null) target.removeAttribute(name);
  else target.setAttribute(name, wanted);
}

/** Rewrites a text node, touching the DOM only on change. */
export function setText(node: Text, text: string): void {
  if (node.data !== text) node.data = text;
}

/**
 * Keeps `node` in `parent` while `shown`, out of the DOM otherwise, in the place `order` gives it among the
 * parent's optional children: a part that is not shown is absent, not merely hidden.
 */
export function place(parent: Node, node: Node, shown: boolean, order: readonly Node[]): void {
  if (!shown) {
    if (node.parentNode === parent) parent.removeChild(node);
    return;
  }
  if (node.parentNode === parent) return;
  const later = order.slice(order.indexOf(node) + 1).find((sibling) => sibling.parentNode === parent) ?? null;
  parent.insertBefore(node, later);
}

/** A visually hidden polite live region of one text node, and the way to make it speak. */
export interface LiveRegion {
  region: HTMLDivElement;
  say(text: string): void;
  /** Speaks through `existing` (the server-rendered region) from now on. */
  adopt(existing: HTMLDivElement): void;
}

export function liveRegion(): LiveRegion {
  let spoken = document.createTextNode('');
  const region = element(
    'div',
    { part: 'announcer', class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' },
    spoken,
  );
  const live: LiveRegion = {
    region,
    say: (text) => setText(spoken, text),
    adopt(existing) {
      live.region = existing;
      spoken = adoptText(existing);
    },
  };
  return live;
}

/**
 * Moves the values a framework set on `target` before its tag was defined (own properties, hiding the class's
 * accessors) onto those accessors. Call it once the subclass's field initializers have run.
 */
export function upgradeProperties(target: HTMLElement, names: readonly string[]): void {
  const self = target as unknown as Record<string, unknown>;
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(target, name)) continue;
    const value = self[name];
    delete self[name];
    self[name] = value;
  }
}

/** The text node directly inside `parent` (one is appended when the server rendered it empty). */
export function adoptText(parent: Node): Text {
  for (const child of parent.childNodes) if (child.nodeType === 3) return child as Text;
  return parent.appendChild(parent.ownerDocument!.createTextNode(''));
}

/** The element of `part` in `root` (the first), or `fallback` when the server left that part out. */
export function adoptPart<T extends Element>(root: ParentNode, part: string, fallback: T): T {
  return (root.querySelector(`[part~="${part}"]`) as T | null) ?? fallback;
}

/** Roots given a `<style>` copy by `adoptIntoRoot` where the engine cannot adopt sheets. */
const styledRoots = new WeakSet<Node>();

/**
 * Makes `styles` apply in the document or shadow root that holds `host`: adopted there once (added to what the root
 * already adopts, never replacing it), or, where the engine has no constructed sheets, one `<style>` in that root.
 * Called at each connection, so a cell moved into another root (or a root whose sheets the host reassigned) gets it.
 */
export function adoptIntoRoot(host: Element, styles: CSSResult): void {
  const root = host.getRootNode() as Node;
  const scope = root as DocumentOrShadowRoot & Node;
  const sheet = styles.styleSheet;
  if (sheet && Array.isArray(scope.adoptedStyleSheets)) {
    if (!scope.adoptedStyleSheets.includes(sheet)) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    return;
  }
  if (styledRoots.has(root)) return;
  const parent = root instanceof Document ? root.head : root instanceof ShadowRoot ? root : null;
  if (!parent) return;
  styledRoots.add(root);
  parent.append(element('style', {}, styles.cssText));
}
