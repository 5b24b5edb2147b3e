// HTML text for the plain elements' shadow roots: the very nodes their build() and update() make for the same state,
// so the browser takes them over without changing any (a browser test compares the two trees).
import type { CSSResultOrNative } from '@lit/reactive-element/css-tag.js';

/** Text for an HTML text node. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** ` name="value"` for each attribute to set (true: empty; false, null, undefined: left out), in the given order. */
export function attributes(entries: Record<string, string | boolean | null | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(entries)) {
    if (value === false || value == null) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

/** An element with attributes and (already escaped) content. */
export function tag(name: string, attrs: Record<string, string | boolean | null | undefined>, ...content: string[]): string {
  return `<${name}${attributes(attrs)}>${content.join('')}</${name}>`;
}

/** The element's static styles, as the one <style> a declarative shadow root starts with. */
export function styleElement(styles: readonly CSSResultOrNative[]): string {
  const text = styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
  return `<style>${text}</style>`;
}

/** A declarative shadow root around `content`. */
export function shadowTemplate(content: string, delegatesFocus = false): string {
  return `<template shadowrootmode="open"${delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>${content}</template>`;
}

/** The polite live region of liveRegion(), empty. */
export const liveRegionMarkup = tag('div', {
  part: 'announcer',
  class: 'visually-hidden',
  role: 'status',
  'aria-live': 'polite',
  'aria-atomic': 'true',
});
