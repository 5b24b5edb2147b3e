// Dates as people read them on the integration page: "Nov 25, 2026" in the page's language.
import { pageLocale } from '../qbo-sync-summary/qbo-sync-summary.js';

/** A medium date ("Nov 25, 2026") in the language of `el`'s page, or null for a missing or unreadable value. */
export function formatDay(el: Element, iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(pageLocale(el), { dateStyle: 'medium' }).format(date);
}
