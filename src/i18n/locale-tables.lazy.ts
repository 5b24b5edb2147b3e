// The drop-in's locale-tables.ts: English is built in; the French and Spanish tables are chunks of their own, loaded
// the first time a page asks for them (an English page never downloads them).
import { defaultStrings } from './strings.js';
import type { Strings } from './strings.js';

export type ShippedLocale = 'en' | 'fr-CA' | 'es-US';

/** The tables loaded so far. */
export const localeStrings: Partial<Record<ShippedLocale, Strings>> = { en: defaultStrings };

const importers: Record<Exclude<ShippedLocale, 'en'>, () => Promise<Strings>> = {
  'fr-CA': () => import('./locales/fr-CA.js').then((module) => module.frCAStrings),
  'es-US': () => import('./locales/es-US.js').then((module) => module.esUSStrings),
};
const loading = new Map<ShippedLocale, Promise<Strings>>();

export function whenTableLoaded(locale: ShippedLocale): Promise<Strings> {
  const table = localeStrings[locale];
  if (table) return Promise.resolve(table);
  let pending = loading.get(locale);
  if (!pending) {
    pending = importers[locale as Exclude<ShippedLocale, 'en'>]().then(
      (loaded) => (localeStrings[locale] = loaded),
      (error: unknown) => {
        loading.delete(locale); // offline: the next ask tries again
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The table, or null while it is on its way (asking starts the load; English text shows meanwhile). */
export function loadedTable(locale: ShippedLocale): Strings | null {
  const table = localeStrings[locale];
  if (!table) whenTableLoaded(locale).catch(() => {});
  return table ?? null;
}
