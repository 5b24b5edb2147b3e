// <qbo-expiry-warning>: "Reconnect by <date> to keep QuickBooks syncing" inside the threshold, nothing outside it.
import { expect } from '@open-wc/testing';
import { press } from '../helpers/keys.js';
import { html } from 'lit';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboExpiryWarning } from '../../src/elements/qbo-expiry-warning/qbo-expiry-warning.js';
import { QboReconnectDialog } from '../../src/elements/qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { ACTIVE, INACTIVE } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';

defineElement('qbo-expiry-warning', QboExpiryWarning);
defineElement('qbo-reconnect-dialog', QboReconnectDialog);

const DAY = 86_400_000;
const expiringIn = (days: number): ConnectionSnapshot => ({ ...ACTIVE, credentialsExpireAt: new Date(Date.now() + days * DAY).toISOString() });
const dayText = (days: number) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(Date.now() + days * DAY));
const warningOf = (root: Element) => root.querySelector('qbo-expiry-warning')!;

describe('<qbo-expiry-warning>', () => {
  it('within 14 days: "Reconnect by <date> to keep QuickBooks syncing" with Connect Account', async () => {
    const m = await mount(html`<div lang="en-US"><qbo-expiry-warning></qbo-expiry-warning></div>`, expiringIn(9));
    const warning = warningOf(m.provider);
    expect(warning.hidden).to.equal(false);
    expect(shownText(warning)).to.equal(`Reconnect by ${dayText(9)} to keep QuickBooks syncing Connect Account`);
    const icon = warning.shadowRoot!.querySelector('[part=link-icon]')!;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    await expect(warning).to.be.accessible();
  });

  it('outside the threshold, while inactive, or without a date: nothing', async () => {
    for (const snapshot of [expiringIn(30), { ...INACTIVE, credentialsExpireAt: expiringIn(3).credentialsExpireAt }, ACTIVE]) {
      const m = await mount(html`<qbo-expiry-warning></qbo-expiry-warning>`, snapshot);
      expect(warningOf(m.provider).hidden, JSON.stringify(snapshot.credentialsExpireAt)).to.equal(true);
      expect(shownText(m.provider)).to.equal('');
    }
  });

  it('threshold-days moves the line', async () => {
    const wide = await mount(html`<qbo-expiry-warning threshold-days="45"></qbo-expiry-warning>`, expiringIn(30));
    expect(warningOf(wide.provider).hidden).to.equal(false);
    const narrow = await mount(html`<qbo-expiry-warning threshold-days="5"></qbo-expiry-warning>`, expiringIn(9));
    expect(warningOf(narrow.provider).hidden).to.equal(true);
    const el = warningOf(narrow.provider) as QboExpiryWarning;
    el.thresholdDays = 10;
    await renderDone(narrow.provider);
    expect(el.hidden).to.equal(false);
  });

  it('Connect Account (keyboard) opens the reconnect confirmation, which says the same company keeps its data', async () => {
    const m = await mount(html`<qbo-expiry-warning></qbo-expiry-warning><qbo-reconnect-dialog></qbo-reconnect-dialog>`, expiringIn(2));
    warningOf(m.provider).shadowRoot!.querySelector<HTMLButtonElement>('[part=link]')!.focus();
    await press('Enter');
    await renderDone(m.provider);
    expect(m.provider.store!.state.flow.name).to.equal('confirming');
    const dialog = m.provider.querySelector('qbo-reconnect-dialog')!.shadowRoot!.querySelector('dialog')!;
    const text = shownText(dialog);
    expect(text).to.include('You are reconnecting Northwind Outfitters.');
    expect(text).to.include('If you are reconnecting to the same account, this will restore the connection without data loss.');
  });
});
