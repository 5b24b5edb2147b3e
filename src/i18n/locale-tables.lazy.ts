// The drop-in's locale-tables.ts: the French and Spanish tables are chunks of their own, loaded the first time a page
// asks for them (an English page never downloads them). English starts with the first status's texts only; the rest
// arrives with the chunks that show it (english-complete.lazy.ts), and until then English counts as on its way.
import type { LaterStrings } from './english-later.js';
import { defaultStrings } from './strings.js';
import type { Strings } from './strings.js';

export type ShippedLocale = 'en' | 'fr-CA' | 'es-US';

/** The tables at hand so far: English once whole. */
export const localeStrings: Partial<Record<ShippedLocale, Strings>> = {};

let englishWhole!: (table: Strings) => void;
const wholeEnglish = new Promise<Strings>((resolve) => (englishWhole = resolve));

/** Fills the English table in place with the later texts (once). */
export function provideLaterEnglish(later: LaterStrings): void {
  if (localeStrings.en) return;
  Object.assign(defaultStrings, later);
  localeStrings.en = defaultStrings;
  englishWhole(defaultStrings);
}

const importers: Record<ShippedLocale, () => Promise<Strings>> = {
  // Nothing to fetch for English: the chunk that needs its later texts brings them.
  en: () => wholeEnglish,
  'fr-CA': () => import('./locales/fr-CA.js').then((module) => module.frCAStrings),
  'es-US': () => import('./locales/es-US.js').then((module) => module.esUSStrings),
};
const loading = new Map<ShippedLocale, Promise<Strings>>();

export function whenTableLoaded(locale: ShippedLocale): Promise<Strings> {
  const table = localeStrings[locale];
  if (table) return Promise.resolve(table);
  let pending = loading.get(locale);
  if (!pending) {
    pending = importers[locale]().then(
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
