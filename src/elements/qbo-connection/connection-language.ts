// The language <qbo-connection> speaks: the host's locale or the page's `lang`, the `lang` it marks itself with for a
// host-chosen locale, and noticing when the page switches language.
import { hasStringsForLocale, inheritedLang, intlLocaleFor, stringsForLocale, validLocale } from '../../i18n/locale.js';
import { mergeOverrides } from '../../i18n/strings.js';
import type { Strings } from '../../i18n/strings.js';

export class ConnectionLanguage {
  /** The `lang` the element set on itself for a host-chosen locale (null: none set by it). */
  private ownLang: string | null = null;
  private observer: MutationObserver | null = null;
  /** The table and Intl locale last provided, to re-provide only when a `lang` change alters them. */
  private providedKey = '';

  /** `onChange` runs when a `lang` change alters the table or Intl locale last provided. */
  constructor(
    private readonly host: HTMLElement & { locale: string | null },
    private readonly onChange: () => void,
  ) {}

  /** The language the strings table is chosen by: the host's locale, else the page's. */
  get language(): string | undefined {
    return this.host.locale || this.pageLang();
  }

  /** The locale dates and numbers are formatted in (undefined: the browser's). */
  get intlLocale(): string | undefined {
    return intlLocaleFor(this.host.locale) ?? intlLocaleFor(this.pageLang());
  }

  /** The strings the elements show: the locale's table with the host's overrides on top. */
  strings(overrides: Partial<Strings> | null): Strings {
    const language = this.language;
    return mergeOverrides(overrides, stringsForLocale(language), hasStringsForLocale(language));
  }

  /** Records what is being provided now, so only a `lang` change that alters it calls onChange. */
  noteProvided(): void {
    this.providedKey = this.key();
  }

  /** A page that switches language (a `lang` change anywhere above) gets the elements' text switched with it. */
  watch(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => {
      if (this.key() !== this.providedKey) this.onChange();
    });
    this.observer.observe(this.host.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  unwatch(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /**
   * A host-chosen locale may differ from the page's language: mark this subtree with it (WCAG 3.1.2), so screen
   * readers pronounce the French or Spanish text as such. A `lang` the host put here itself is left alone.
   */
  mark(): void {
    const host = this.host;
    const wanted = intlLocaleFor(host.locale) ?? null;
    const current = host.getAttribute('lang');
    if (this.ownLang !== null && current !== this.ownLang) this.ownLang = null; // the host took over the attribute
    if (wanted && (this.ownLang !== null || current === null)) {
      this.ownLang = wanted;
      host.setAttribute('lang', wanted);
    } else if (!wanted && this.ownLang !== null) {
      this.ownLang = null;
      host.removeAttribute('lang');
    }
  }

  /** The page's language here, ignoring the `lang` the element sets on itself for a host-chosen locale. */
  private pageLang(): string | undefined {
    const host = this.host;
    if (this.ownLang === null || host.getAttribute('lang') !== this.ownLang) return inheritedLang(host);
    const parent = host.parentNode instanceof ShadowRoot ? host.parentNode.host : host.parentElement;
    return parent ? inheritedLang(parent) : validLocale(host.ownerDocument.documentElement.lang);
  }

  private key(): string {
    return `${this.language || ''}|${this.intlLocale ?? ''}`;
  }
}
