// <qbo-connection-history>: who linked and when while active; when data last synced while not.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboConnectionHistory } from '../../src/elements/qbo-connection-history/qbo-connection-history.js';
import { SAMPLE_DISABLED_SNAPSHOT } from '../../src/mocks/index.js';
import { ACTIVE, DISCONNECTED, INACTIVE } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';

defineElement('qbo-connection-history', QboConnectionHistory);

const historyOf = (root: Element) => root.querySelector('qbo-connection-history')!;
const inEnglish = (snapshot = ACTIVE) => mount(html`<div lang="en-US"><qbo-connection-history></qbo-connection-history></div>`, snapshot);

describe('<qbo-connection-history>', () => {
  it('after a reconnect: "Reconnected by Dana Ortiz · Nov 25, 2026"', async () => {
    const m = await inEnglish();
    expect(shownText(historyOf(m.provider))).to.equal('Reconnected by Dana Ortiz · Nov 25, 2026');
    await expect(historyOf(m.provider)).to.be.accessible();
  });

  it('a link never reconnected reads "Connected by …"; without a name, only the date', async () => {
    const first = await inEnglish({ ...ACTIVE, everReconnected: false });
    expect(shownText(historyOf(first.provider))).to.equal('Connected by Dana Ortiz · Nov 25, 2026');
    const nameless = await inEnglish({ ...ACTIVE, connectedBy: null });
    expect(shownText(historyOf(nameless.provider))).to.equal('Reconnected · Nov 25, 2026');
  });

  it('a first connection made on this page reads "Connected by …"', async () => {
    const m = await inEnglish(SAMPLE_DISABLED_SNAPSHOT);
    expect(historyOf(m.provider).hidden).to.equal(true);
    m.provider.store!.requestReconnect();
    m.provider.store!.confirm('popup');
    await renderDone(m.provider);
    m.windows[0]!.answer.resolve({ code: 'c', state: 's-1', realmId: '9130357766' });
    await renderDone(m.provider);
    expect(shownText(historyOf(m.provider))).to.equal('Connected by Dana Ortiz · Nov 25, 2026');
  });

  it('while inactive or disconnected: "Last synced Oct 30, 2026"', async () => {
    for (const snapshot of [INACTIVE, DISCONNECTED]) {
      const m = await inEnglish({ ...snapshot, sync: { totalFiles: 1, lastSyncAt: '2026-10-30T14:05:00Z' } });
      expect(shownText(historyOf(m.provider))).to.equal('Last synced Oct 30, 2026');
      await expect(historyOf(m.provider)).to.be.accessible();
    }
  });

  it('says nothing when nothing is known', async () => {
    const m = await inEnglish(SAMPLE_DISABLED_SNAPSHOT);
    expect(historyOf(m.provider).hidden).to.equal(true);
  });
});
