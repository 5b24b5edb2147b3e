// The drop-in's lazy reconnect dialog: loaded on the first intent (pointer over Connect Account), before the user can
// reach Yes, and Yes still opens the sign-in window synchronously inside its click.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { QboConnectionStatus } from '../../src/elements/qbo-connection-status/qbo-connection-status.js';
import { loadDialogsOnIntent } from '../../src/elements/shared/dialog-loader.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { mount, renderDone } from '../helpers/elements.js';
import { INACTIVE } from '../helpers/fakes.js';

defineElement('qbo-connection-status', QboConnectionStatus);

const connectButton = (root: Element) =>
  root
    .querySelector('qbo-connection-status')!
    .shadowRoot!.querySelector('qbo-connect-link')!
    .shadowRoot!.querySelector('button')!;

describe('lazy reconnect dialog', () => {
  it('is not loaded up front, loads on a pointer over Connect Account, and Yes then opens the window in the click', async () => {
    const m = await mount(html`<qbo-connection-status></qbo-connection-status><qbo-reconnect-dialog></qbo-reconnect-dialog>`, INACTIVE);
    expect(customElements.get('qbo-reconnect-dialog')).to.equal(undefined);
    loadDialogsOnIntent(document);
    // A pointer elsewhere is no intent.
    document.body.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(customElements.get('qbo-reconnect-dialog')).to.equal(undefined);

    connectButton(m.provider).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await customElements.whenDefined('qbo-reconnect-dialog');

    connectButton(m.provider).click();
    await renderDone(m.provider);
    const dialog = m.provider.querySelector('qbo-reconnect-dialog')!.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const yes = [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Yes')!;
    yes.click();
    // Synchronously, before any await: a popup opened later would be blocked.
    expect(m.windows).to.have.length(1);
    expect(m.windows[0]!.opened).to.equal(true);
  });
});
