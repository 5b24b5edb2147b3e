// Every element in fr-CA and es-US, in every state: no English left over, dates and numbers in the locale, lang marked.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { defineAll } from '../../src/elements/registry.js';
import { esUSStrings } from '../../src/i18n/locales/es-US.js';
import { frCAStrings } from '../../src/i18n/locales/fr-CA.js';
import type { Strings } from '../../src/i18n/strings.js';
import { ACTIVE, INACTIVE } from '../helpers/fakes.js';
import { mount, renderDone } from '../helpers/elements.js';
import { englishIn, englishPhrases } from '../helpers/english.js';
import { headerStates } from '../helpers/states.js';

defineAll();

const LABEL_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder'];

/** All text a person can see or hear below `root`: text nodes (hidden ones too) and labelling attributes. */
function everyText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of LABEL_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' | ').replace(/\s+/g, ' ');
}

/** How each locale gets chosen here: the page's language, at the document or around the provider. */
const locales: Array<{ locale: string; table: Strings; choose: string; select(): void }> = [
  {
    locale: 'fr-CA',
    table: frCAStrings,
    choose: 'from <html lang="fr">',
    select: () => (document.documentElement.lang = 'fr'),
  },
  {
    locale: 'es-US',
    table: esUSStrings,
    choose: 'from the nearest lang around the provider, <body lang="es-US">',
    select: () => (document.body.lang = 'es-US'),
  },
];

/** The provider's whole subtree plus the header (the dialog renders inside it). */
const content = html`<qbo-integration-header></qbo-integration-header><qbo-vendor-id></qbo-vendor-id><qbo-connect-link></qbo-connect-link>`;

describe('locales: no English left over', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.body.removeAttribute('lang');
  });

  for (const { locale, table, choose, select } of locales) {
    describe(`${locale}, ${choose}`, () => {
      const phrases = englishPhrases(locale);
      for (const [state, build] of Object.entries(headerStates(content))) {
        it(state, async () => {
          select();
          const m = await build();
          const text = everyText(m.provider);
          expect(englishIn(text, phrases), text).to.deep.equal([]);
          // And it is this locale's text, not merely not English.
          expect(text).to.include(table.productName);
          await expect(m.provider.querySelector('qbo-integration-header')).to.be.accessible();
        });
      }
    });
  }
});

describe('locales: choosing and formatting', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('follows the nearest lang around the provider, and switches when it changes', async () => {
    const m = await mount(html`<qbo-connection-status></qbo-connection-status>`, INACTIVE);
    const status = () => everyText(m.provider.querySelector('qbo-connection-status')!);
    expect(status()).to.include('API Connection Status is Inactive');
    m.provider.parentElement!.setAttribute('lang', 'fr-FR');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await renderDone(m.provider);
    expect(status()).to.include('État de la connexion API : Inactif'); // everyText folds the no-break space
    m.provider.parentElement!.setAttribute('lang', 'es-MX');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await renderDone(m.provider);
    expect(status()).to.include('Estado de la conexión de la API: Inactivo');
  });

  it('lets the host’s locale win over the page, marks the subtree with it, and applies overrides on top', async () => {
    document.documentElement.lang = 'fr-CA';
    const m = await mount(html`<qbo-status-badge></qbo-status-badge><qbo-success-banner></qbo-success-banner>`, ACTIVE);
    m.provider.locale = 'es-US';
    m.provider.strings = { linkState: { active: 'En servicio' } as Strings['linkState'] };
    await renderDone(m.provider);
    expect(m.provider.getAttribute('lang')).to.equal('es-US');
    expect(everyText(m.provider.querySelector('qbo-status-badge')!)).to.include('En servicio');
    m.provider.locale = null;
    await renderDone(m.provider);
    expect(m.provider.hasAttribute('lang')).to.equal(false);
    expect(everyText(m.provider.querySelector('qbo-status-badge')!)).to.include('En servicio');
    m.provider.strings = null;
    await renderDone(m.provider);
    expect(everyText(m.provider.querySelector('qbo-status-badge')!)).to.include('Actif');
  });

  it('formats dates and numbers with Intl in the chosen locale', async () => {
    for (const [locale, tag] of [
      ['fr-CA', 'fr-CA'],
      ['es-US', 'es-US'],
    ]) {
      const m = await mount(html`<qbo-sync-summary></qbo-sync-summary><qbo-connection-history></qbo-connection-history>`, ACTIVE);
      m.provider.locale = locale!;
      await renderDone(m.provider);
      const text = everyText(m.provider);
      expect(text).to.include(new Intl.NumberFormat(tag).format(ACTIVE.sync!.totalFiles));
      expect(text).to.include(new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(new Date(ACTIVE.connectedAt!)));
      expect(m.provider.resolvedLocale).to.equal(tag);
    }
  });
});
