// The string tables shipped with the elements, by locale. The package has them all at hand; the drop-in swaps in
// locale-tables.lazy.ts, which loads the French or Spanish table the first time a page asks for it.
import { esUSStrings } from './locales/es-US.js';
import { frCAStrings } from './locales/fr-CA.js';
import { defaultStrings } from './strings.js';
import type { Strings } from './strings.js';

/** The string tables shipped with the elements, by the locale they were written for. */
export const localeStrings = {
  en: defaultStrings,
  'fr-CA': frCAStrings,
  'es-US': esUSStrings,
} as const satisfies Record<string, Strings>;

export type ShippedLocale = keyof typeof localeStrings;

/** The table, or null while it is still on its way (never, here). */
export function loadedTable(locale: ShippedLocale): Strings | null {
  return localeStrings[locale];
}

/** Resolves once the table is at hand. */
export function whenTableLoaded(locale: ShippedLocale): Promise<Strings> {
  return Promise.resolve(localeStrings[locale]);
}
