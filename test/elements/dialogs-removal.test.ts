// The dialogs when the page removes the provider in the same task as a choice: nothing throws, nothing stays open.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { QboDisconnect } from '../../src/elements/qbo-disconnect/qbo-disconnect.js';
import { QboReconnectDialog } from '../../src/elements/qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { ACTIVE, INACTIVE, settle } from '../helpers/fakes.js';
import { mount, renderDone } from '../helpers/elements.js';

defineElement('qbo-reconnect-dialog', QboReconnectDialog);
defineElement('qbo-disconnect', QboDisconnect);

/** Collects the page's uncaught errors and unhandled rejections while `run` runs, and a few tasks after. */
async function uncaught(run: () => Promise<void> | void): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(String(event.error ?? event.message));
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(String(event.reason));
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const mochaHandler = window.onerror;
  window.onerror = null;
  try {
    await run();
    for (let i = 0; i < 5; i++) await settle();
  } finally {
    window.onerror = mochaHandler;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

const buttonIn = (host: Element, label: string) =>
  [...host.shadowRoot!.querySelectorAll('dialog button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label) as HTMLButtonElement;

describe('Dialogs when the provider is removed in the same task', () => {
  for (const when of ['Yes', 'the request'] as const) {
    it(`reconnect dialog: removing the provider in the same task as ${when} throws nothing`, async () => {
      const m = await mount(html`<qbo-reconnect-dialog></qbo-reconnect-dialog>`, INACTIVE);
      const host = m.provider.querySelector('qbo-reconnect-dialog')!;
      const errors = await uncaught(async () => {
        if (when === 'Yes') {
          m.provider.store!.requestReconnect();
          await renderDone(m.provider);
          buttonIn(host, 'Yes').click();
        } else {
          m.provider.store!.requestReconnect();
        }
        m.provider.remove();
        await settle();
        // And back again later: a new store, a dialog that can open again.
        document.body.append(m.provider);
        await renderDone(m.provider);
        m.adapter.loads.at(-1)?.reply.resolve(INACTIVE);
        await renderDone(m.provider);
        m.provider.store!.requestReconnect();
        await renderDone(m.provider);
      });
      expect(errors).to.deep.equal([]);
      expect(host.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      m.provider.store!.cancel();
      m.provider.remove();
    });
  }

  it('disconnect dialog: removing the provider in the same task as Disconnect throws nothing', async () => {
    const m = await mount(html`<qbo-disconnect></qbo-disconnect>`, ACTIVE);
    const host = m.provider.querySelector('qbo-disconnect')!;
    const errors = await uncaught(async () => {
      m.provider.store!.requestDisconnect();
      await renderDone(m.provider);
      buttonIn(host, 'Disconnect').click();
      m.provider.remove();
      await settle();
      m.adapter.disconnects[0]?.reply.reject(new Error('gone'));
      await settle();
    });
    expect(errors).to.deep.equal([]);
    expect(host.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });
});
