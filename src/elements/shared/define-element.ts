// Idempotent registration: a tag already defined (by this or another copy of the library) is left alone. Without a
// DOM (a server render in Node, where lit lends a registry of its own) nothing is registered.
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
