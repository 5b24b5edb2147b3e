// The drop-in's lazy reconnect dialog also loads by itself once the page is idle after the first status, so a
// landing that opens the confirmation (?qbo-reconnect) or a quick keyboard user finds it there.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { QboStatusBadge } from '../../src/elements/qbo-status-badge/qbo-status-badge.js';
import { loadDialogsOnIntent } from '../../src/elements/shared/dialog-loader.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { mount } from '../helpers/elements.js';
import { INACTIVE } from '../helpers/fakes.js';

defineElement('qbo-status-badge', QboStatusBadge);

describe('lazy reconnect dialog, idle path', () => {
  it('is not loaded before the first status, and loads when the page is idle after it', async () => {
    loadDialogsOnIntent(document);
    const m = await mount(html`<qbo-status-badge></qbo-status-badge><qbo-reconnect-dialog></qbo-reconnect-dialog>`, null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(customElements.get('qbo-reconnect-dialog')).to.equal(undefined);
    m.adapter.loads[0]!.reply.resolve(INACTIVE);
    await customElements.whenDefined('qbo-reconnect-dialog');
    m.provider.store!.requestReconnect();
    await m.provider.querySelector('qbo-reconnect-dialog')!.updateComplete;
    expect(m.provider.querySelector('qbo-reconnect-dialog')!.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
  });
});
