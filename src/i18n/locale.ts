// Which language the elements speak: the string table and the Intl locale, from the host's choice or the page's lang.
import { loadedTable, whenTableLoaded } from './locale-tables.js';
import type { ShippedLocale } from './locale-tables.js';
import { defaultStrings } from './strings.js';
import type { Strings } from './strings.js';

export { localeStrings } from './locale-tables.js';
export type { ShippedLocale };

/** A BCP 47 tag Intl accepts, canonicalised, or undefined (a malformed `lang` must not break the page). */
export function validLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The shipped table for a language tag: any French is fr-CA, any Spanish es-US, everything else English. */
export function shippedLocaleFor(tag: string | null | undefined): ShippedLocale {
  const language = validLocale(tag)?.split('-')[0]?.toLowerCase();
  if (language === 'fr') return 'fr-CA';
  if (language === 'es') return 'es-US';
  return 'en';
}

export function stringsForLocale(tag: string | null | undefined): Strings {
  return loadedTable(shippedLocaleFor(tag)) ?? defaultStrings;
}

/**
 * Resolves when the table for `tag` is at hand (at once in the package; the drop-in loads the French and Spanish
 * tables on first use). Until then stringsForLocale gives English.
 */
export function whenStringsForLocale(tag: string | null | undefined): Promise<unknown> {
  return whenTableLoaded(shippedLocaleFor(tag));
}

/**
 * Whether stringsForLocale(tag) already gives the whole table written for `tag` (the drop-in brings French and
 * Spanish, and the English texts shown after the first status, when they are needed).
 */
export function hasStringsForLocale(tag: string | null | undefined): boolean {
  return loadedTable(shippedLocaleFor(tag)) !== null;
}

/**
 * The locale for Intl dates and numbers. A tag with a region is kept (fr-FR users read French dates the French way);
 * a bare `fr` or `es` takes the region of the table it selects, so text and dates agree.
 */
export function intlLocaleFor(tag: string | null | undefined): string | undefined {
  const valid = validLocale(tag);
  if (!valid) return undefined;
  if (valid.includes('-')) return valid;
  const shipped = shippedLocaleFor(valid);
  return shipped === 'en' ? valid : shipped;
}

/** The `lang` that applies to `el`: its nearest ancestor's (crossing shadow roots), else the document's. */
export function inheritedLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = validLocale(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return validLocale(el.ownerDocument.documentElement.lang);
}

/** The locale of the server render under way (qbo-reconnect/ssr sets it while it renders). */
export const serverRenderLocale: { current: string | undefined } = { current: undefined };

/** What a provider exposes so elements inside it format in the language it chose. */
interface LocaleSource {
  readonly resolvedLocale: string | undefined;
}

/**
 * The locale `el` formats dates and numbers in: a `lang` set between it and its `<qbo-connection>`, else the
 * provider's (the host's `locale`, else the page's `lang` around the provider), else the page's, else the browser's.
 */
export function pageLocale(el: Element): string | undefined {
  // A server render (no DOM to walk) formats in the locale it was given.
  if (typeof Element === 'undefined') return serverRenderLocale.current;
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      if (node.localName === 'qbo-connection' && 'resolvedLocale' in node) {
        const locale = (node as Element & LocaleSource).resolvedLocale;
        if (locale) return locale;
      }
      const lang = intlLocaleFor(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return intlLocaleFor(el.ownerDocument.documentElement.lang) ?? validLocale(globalThis.navigator?.language);
}
