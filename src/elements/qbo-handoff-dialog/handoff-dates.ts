// The hand-off's dates in the element's locale: "Dec 11" on the status line, "Dec 11, 2026, 10:00 AM" beside the link.
import { pageLocale } from '../../i18n/locale.js';

function format(el: Element, iso: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(pageLocale(el), options).format(date);
}

/** Month and day ("Dec 11"), with the year when it is not this year's; kept on one line (no-break spaces). */
export function shortDay(el: Element, iso: string): string {
  const sameYear = new Date(iso).getFullYear() === new Date().getFullYear();
  return format(el, iso, sameYear ? { month: 'short', day: 'numeric' } : { dateStyle: 'medium' }).replace(/ /g, '\u00a0');
}

/** The moment a link stops working, to the minute: a week-long link can end mid-day. */
export function expiryMoment(el: Element, iso: string): string {
  return format(el, iso, { dateStyle: 'medium', timeStyle: 'short' });
}
