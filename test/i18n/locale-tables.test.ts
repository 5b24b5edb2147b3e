// The fr-CA and es-US tables: complete, translated key by key, chosen from lang or locale, overridable, Intl-aware.
import { expect } from '@open-wc/testing';
import { esUSStrings } from '../../src/i18n/locales/es-US.js';
import { frCAStrings } from '../../src/i18n/locales/fr-CA.js';
import { intlLocaleFor, localeStrings, shippedLocaleFor, stringsForLocale } from '../../src/i18n/locale.js';
import { mergeStrings } from '../../src/i18n/strings.js';
import type { Strings } from '../../src/i18n/strings.js';
import { defaultStrings, englishIn, englishPhrases, leaves, PLACEHOLDER_TEXT, SAME_IN, SAME_IN_EVERY_LANGUAGE, shape } from '../helpers/english.js';

const tables: Array<[string, Strings]> = [
  ['fr-CA', frCAStrings],
  ['es-US', esUSStrings],
];

describe('locale string tables', () => {
  for (const [locale, table] of tables) {
    describe(locale, () => {
      it('has every key of the English table, with the same shape (lists as long, functions taking as much)', () => {
        expect(shape(table)).to.deep.equal(shape(defaultStrings));
      });

      it('translates every key: no value equals or contains the English one', () => {
        const english = leaves(defaultStrings);
        const untranslated: string[] = [];
        for (const [path, text] of leaves(table)) {
          const source = english.get(path)!;
          if (SAME_IN_EVERY_LANGUAGE.has(source) || SAME_IN[locale]!.has(source)) continue;
          if (!/\p{L}/u.test(source.split(PLACEHOLDER_TEXT).join(''))) continue; // punctuation only: "(…)"
          if (text === source || englishIn(text, englishPhrases(locale)).length) untranslated.push(`${path}: ${text}`);
        }
        expect(untranslated).to.deep.equal([]);
      });

      it('keeps every placeholder and the product names untranslated', () => {
        const english = leaves(defaultStrings);
        for (const [path, text] of leaves(table)) {
          const count = (value: string) => value.split(PLACEHOLDER_TEXT).length - 1;
          expect(count(text), path).to.equal(count(english.get(path)!));
          for (const name of ['QuickBooks', 'Intuit']) {
            if (english.get(path)!.includes(name)) expect(text, path).to.include(name);
          }
        }
      });
    });
  }

  it('chooses the table from a language tag: any French is fr-CA, any Spanish es-US, else English', () => {
    const cases: Array<[string | null, string]> = [
      ['fr', 'fr-CA'],
      ['fr-CA', 'fr-CA'],
      ['fr-FR', 'fr-CA'],
      ['FR-be', 'fr-CA'],
      ['es', 'es-US'],
      ['es-US', 'es-US'],
      ['es-MX', 'es-US'],
      ['en-US', 'en'],
      ['de-DE', 'en'],
      ['', 'en'],
      [null, 'en'],
      ['not a tag!', 'en'],
    ];
    for (const [tag, expected] of cases) expect(shippedLocaleFor(tag), String(tag)).to.equal(expected);
    expect(stringsForLocale('fr-FR')).to.equal(frCAStrings);
    expect(stringsForLocale('es-419')).to.equal(esUSStrings);
    expect(stringsForLocale('en-GB')).to.equal(localeStrings.en);
  });

  it('formats with the page’s region when it has one, else the table’s', () => {
    expect(intlLocaleFor('fr')).to.equal('fr-CA');
    expect(intlLocaleFor('es')).to.equal('es-US');
    expect(intlLocaleFor('fr-FR')).to.equal('fr-FR');
    expect(intlLocaleFor('en')).to.equal('en');
    expect(intlLocaleFor('bad tag!')).to.equal(undefined);
  });

  it('applies host overrides on top of a locale’s table, nested records key by key', () => {
    const merged = mergeStrings({ dismiss: 'Fermer la bannière', linkState: { active: 'En service' } as Strings['linkState'] }, frCAStrings);
    expect(merged.dismiss).to.equal('Fermer la bannière');
    expect(merged.linkState).to.deep.equal({ disabled: 'Désactivé', inactive: 'Inactif', active: 'En service' });
    expect(merged.yes).to.equal('Oui');
  });
});
