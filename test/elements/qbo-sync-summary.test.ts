// <qbo-sync-summary>: Total Sync Files and Most Recent Sync Date, in the page's locale, only once active.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { QboSyncSummary, pageLocale } from '../../src/elements/qbo-sync-summary/qbo-sync-summary.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { answerLoad, mount, mountUnconfigured, renderDone, shownText } from '../helpers/elements.js';
import { ACTIVE, INACTIVE } from '../helpers/fakes.js';

defineElement('qbo-sync-summary', QboSyncSummary);

const TAG = html`<qbo-sync-summary></qbo-sync-summary>`;
const SYNCED_AT = '2026-11-25T12:30:00Z';
const BUSY: ConnectionSnapshot = { ...ACTIVE, sync: { totalFiles: 1234567, lastSyncAt: SYNCED_AT } };

const summaryIn = (root: Element) => root.querySelector<QboSyncSummary>('qbo-sync-summary')!;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const dateIn = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(SYNCED_AT));

describe('<qbo-sync-summary>', () => {
  let documentLang: string;
  beforeEach(() => {
    documentLang = document.documentElement.lang;
    document.documentElement.lang = 'en-US';
  });
  afterEach(() => {
    document.documentElement.lang = documentLang;
  });

  it('shows Total Sync Files and Most Recent Sync Date in a <dl> once active', async () => {
    const { provider } = await mount(TAG, BUSY);
    const summary = summaryIn(provider);
    expect(summary.hidden).to.equal(false);
    expect(shownText(summary)).to.equal(`Total Sync Files 1,234,567 Most Recent Sync Date ${dateIn('en-US')}`);
    const list = part(summary, 'base')!;
    expect(list.tagName).to.equal('DL');
    expect([...list.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['Total Sync Files', 'Most Recent Sync Date']);
    const time = list.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal(SYNCED_AT);
    expect(time.textContent).to.match(/^Nov 25, 2026, \d{1,2}:\d{2}\s?(AM|PM)$/);
    await expect(summary).to.be.accessible();
  });

  it('formats for the nearest ancestor lang: German', async () => {
    const { provider } = await mount(html`<div lang="de-DE">${TAG}</div>`, BUSY);
    const summary = summaryIn(provider);
    expect(part(summary, 'count')!.textContent).to.equal('1.234.567');
    const date = summary.shadowRoot!.querySelector('time')!.textContent!;
    expect(date).to.equal(dateIn('de-DE'));
    expect(date).to.match(/^25\.11\.2026, \d{2}:\d{2}$/);
    await expect(summary).to.be.accessible();
  });

  it("falls back to the document's lang", async () => {
    document.documentElement.lang = 'fr-FR';
    const { provider } = await mount(TAG, BUSY);
    const summary = summaryIn(provider);
    expect(part(summary, 'count')!.textContent).to.equal(new Intl.NumberFormat('fr-FR').format(1234567));
    expect(part(summary, 'count')!.textContent).to.match(/^1\s234\s567$/);
    expect(summary.shadowRoot!.querySelector('time')!.textContent).to.equal(dateIn('fr-FR'));
  });

  it('finds the lang across shadow roots, and ignores malformed or empty ones', async () => {
    // Built by hand: fixture() would wait for an animation frame, which a page behind a test popup may not get.
    const outer = document.createElement('div');
    outer.lang = 'de-DE';
    outer.innerHTML = '<div lang=""><span></span></div>';
    document.body.append(outer);
    try {
      const host = outer.querySelector('span')!;
      const inner = document.createElement('i');
      host.attachShadow({ mode: 'open' }).append(inner);
      expect(pageLocale(inner)).to.equal('de-DE');
      host.setAttribute('lang', 'not a locale!');
      expect(pageLocale(inner)).to.equal('de-DE');
      host.setAttribute('lang', 'ja');
      expect(pageLocale(inner)).to.equal('ja');
    } finally {
      outer.remove();
    }
  });

  it('says "Not yet synced" when nothing has synced', async () => {
    const { provider } = await mount(TAG, { ...ACTIVE, sync: { totalFiles: 0, lastSyncAt: null } });
    const summary = summaryIn(provider);
    expect(shownText(summary)).to.equal('Total Sync Files 0 Most Recent Sync Date Not yet synced');
    expect(summary.shadowRoot!.querySelector('time')).to.equal(null);
    expect(getComputedStyle(part(summary, 'never')!).fontStyle).to.equal('italic');
    await expect(summary).to.be.accessible();
  });

  for (const [name, snapshot] of [
    ['inactive', INACTIVE],
    ['disabled', { ...INACTIVE, linkState: 'disabled', inactiveReason: 'never_connected' }],
    ['active without sync data', { ...ACTIVE, sync: null }],
  ] as Array<[string, ConnectionSnapshot]>) {
    it(`renders nothing while ${name}`, async () => {
      const { provider } = await mount(TAG, snapshot);
      const summary = summaryIn(provider);
      expect(summary.hidden).to.equal(true);
      expect(summary.shadowRoot!.querySelector('dl')).to.equal(null);
      expect(shownText(summary)).to.equal('');
      await expect(summary).to.be.accessible();
    });
  }

  it('renders nothing while loading, after a failed load, or without an adapter', async () => {
    const loading = await mount(TAG, null);
    expect(summaryIn(loading.provider).hidden).to.equal(true);
    expect(summaryIn(loading.provider).getAttribute('state')).to.equal('loading');
    await answerLoad(loading, new ConnectionError('network', 'offline'));
    expect(summaryIn(loading.provider).hidden).to.equal(true);
    expect(summaryIn(loading.provider).getAttribute('state')).to.equal('error');
    const unconfigured = await mountUnconfigured(TAG);
    expect(summaryIn(unconfigured).hidden).to.equal(true);
    expect(shownText(summaryIn(unconfigured))).to.equal('');
  });

  it('appears when a reconnect makes the connection active, and while reconnecting stays hidden', async () => {
    const mounted = await mount(TAG, INACTIVE);
    const summary = summaryIn(mounted.provider);
    const store = mounted.provider.store!;
    store.requestReconnect();
    store.confirm();
    await renderDone(mounted.provider);
    expect(summary.hidden).to.equal(true);
    mounted.windows[0]!.answer.resolve({ code: 'c-1', state: 's-1', realmId: '9130357766' });
    await renderDone(mounted.provider);
    await renderDone(mounted.provider);
    expect(store.state.flow.name).to.equal('succeeded');
    expect(summary.hidden).to.equal(false);
    expect(shownText(summary)).to.contain('Total Sync Files 43');
  });
});
