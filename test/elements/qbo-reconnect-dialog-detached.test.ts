// <qbo-reconnect-dialog> when the sign-in window's handle is lost: after a short wait it offers to start again.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { DETACHED_RETRY_OFFER_MS } from '../../src/core/store-reconnect.js';
import { QboReconnectDialog } from '../../src/elements/qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { INACTIVE, settle } from '../helpers/fakes.js';
import { ManualClock } from '../helpers/clock.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';

defineElement('qbo-reconnect-dialog', QboReconnectDialog);

const OFFER = 'Sign-in window closed? Try again';

describe('<qbo-reconnect-dialog>: a detached sign-in window', () => {
  it('offers "Sign-in window closed? Try again", which opens a new sign-in window', async () => {
    const clock = new ManualClock();
    const m = await mount(html`<qbo-reconnect-dialog></qbo-reconnect-dialog>`, INACTIVE, { schedule: clock.schedule });
    const dialog = m.provider.querySelector('qbo-reconnect-dialog')!.shadowRoot!.querySelector('dialog')!;
    const offer = () => [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === OFFER);
    m.provider.store!.requestReconnect();
    m.provider.store!.confirm();
    await settle();
    m.windows[0]!.hooks.onDetached();
    await renderDone(m.provider);
    expect(offer(), 'not at once: the sign-in may well go on').to.equal(undefined);
    clock.advance(DETACHED_RETRY_OFFER_MS);
    await renderDone(m.provider);
    expect(dialog.open).to.equal(true);
    expect(shownText(dialog)).to.contain(OFFER);
    offer()!.click();
    await renderDone(m.provider);
    expect(m.windows).to.have.length(2);
    expect(m.windows[0]!.closed).to.equal(true);
    expect(offer()).to.equal(undefined);
    await expect(dialog).to.be.accessible();
    m.provider.store!.cancel();
  });
});
