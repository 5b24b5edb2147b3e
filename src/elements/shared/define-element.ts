// Idempotent registration: a tag already defined (by this or another copy of the library) is left alone.
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
