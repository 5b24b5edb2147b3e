// The English table flattened for locale tests: every key path with its text, functions sampled at their placeholders.
import { defaultStrings } from '../../src/i18n/strings.js';
import type { Strings } from '../../src/i18n/strings.js';

/** A value that reads as a placeholder whether a string function uses it as text or as a Company (`.name`). */
export const PLACEHOLDER_TEXT = '\u2063X\u2063';
const placeholder = { name: PLACEHOLDER_TEXT, realmId: '1', toString: () => PLACEHOLDER_TEXT };

/** Every leaf of a string table by its key path ("failure.timeout.title"); functions are called with placeholders. */
export function leaves(table: Strings): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'function') {
      const args = Array.from({ length: Math.max(1, value.length) }, () => placeholder);
      found.set(path, String(value(...args)));
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}.${index}`));
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    }
  };
  walk(table, '');
  return found;
}

/** The structure of a table: key paths with the kind of value, functions with their number of parameters. */
export function shape(table: Strings): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'function') found.push(`${path}: function/${value.length}`);
    else if (Array.isArray(value)) {
      found.push(`${path}: array/${value.length}`);
      value.forEach((item, index) => walk(item, `${path}.${index}`));
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    } else found.push(`${path}: ${typeof value}`);
  };
  walk(table, '');
  return found.sort();
}

/** Product names and words that are spelled the same in a language: not English left over when found there. */
export const SAME_IN_EVERY_LANGUAGE = new Set(['QuickBooks Online']);
export const SAME_IN: Record<string, Set<string>> = {
  'fr-CA': new Set(),
  'es-US': new Set(['No']),
};

/**
 * The English phrases a translated page must not show: every English leaf, with function outputs cut at their
 * placeholders; fragments without a word of three letters (" · ", "(") are dropped.
 */
export function englishPhrases(locale: string): string[] {
  const phrases = new Set<string>();
  for (const text of leaves(defaultStrings).values()) {
    for (const fragment of text.split(PLACEHOLDER_TEXT)) {
      const phrase = fragment.trim();
      if (!/\p{L}{3}|^\p{L}{2}$/u.test(phrase)) continue;
      if (SAME_IN_EVERY_LANGUAGE.has(phrase) || SAME_IN[locale]?.has(phrase)) continue;
      phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** The English phrases in `text`, matched whole (so "No" is not found in "Non"). */
export function englishIn(text: string, phrases: string[]): string[] {
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return phrases.filter((phrase) => new RegExp(`(^|[^\\p{L}])${escape(phrase)}($|[^\\p{L}])`, 'u').test(text));
}

export { defaultStrings };
