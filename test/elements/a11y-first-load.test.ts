// A failed first load is heard once (WCAG 4.1.3): the provider's live region says "Could not check the connection."
// with the reason, for a failed request and for a malformed reply, and neither Retry nor a second status line repeats it.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { QboConnectionStatus } from '../../src/elements/qbo-connection-status/qbo-connection-status.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { waitFor } from '../fixtures/oauth-helpers.js';
import { answerLoad, mount, renderDone } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';

defineElement('qbo-connection-status', QboConnectionStatus);

const providerRegion = (m: Mounted) => m.provider.shadowRoot!.querySelector('[part=announcer]')!;
const statusRegions = (m: Mounted) => [...m.provider.querySelectorAll('qbo-connection-status')].map((s) => s.shadowRoot!.querySelector('[part=announcer]')!);

/** Every non-empty text a live region is given, in order (each one is an announcement). */
function spokenIn(region: Element): string[] {
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) said.push(text);
  });
  observer.observe(region, { characterData: true, childList: true, subtree: true });
  return said;
}

const TWO_STATUS_LINES = html`<qbo-connection-status></qbo-connection-status><qbo-connection-status></qbo-connection-status>`;

async function failFirstLoad(reply: Error | ConnectionSnapshot): Promise<{ m: Mounted; said: string[] }> {
  const m = await mount(TWO_STATUS_LINES, null);
  const said = spokenIn(providerRegion(m));
  await answerLoad(m, reply);
  await waitFor(() => said.length > 0, 3000, 'the announcement');
  return { m, said };
}

describe('accessibility: a failed first load is announced once (WCAG 4.1.3)', () => {
  it('says the failure and its reason when the request fails (the load-error scenario)', async () => {
    const { m, said } = await failFirstLoad(new ConnectionError('network', 'offline'));
    expect(said).to.deep.equal(['Could not check the connection. The server could not be reached.']);
    expect(providerRegion(m).getAttribute('role')).to.equal('status');
    expect(providerRegion(m).closest('[aria-busy=true], [inert], [hidden]')).to.equal(null);
  });

  it('says it for a malformed reply too (the malformed scenario)', async () => {
    const { said } = await failFirstLoad({ linkState: 'sideways' } as unknown as ConnectionSnapshot);
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^Could not check the connection\. \S/);
  });

  it('says it once: not again a moment later, not from each status line, not when Retry fails again', async () => {
    const { m, said } = await failFirstLoad(new ConnectionError('timeout', 'slow'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(said).to.have.length(1);
    for (const region of statusRegions(m)) expect(region.textContent!.trim()).to.equal('');
    // Retry's outcome is spoken by the status line pressed, in its own region; the provider stays quiet.
    const status = m.provider.querySelector('qbo-connection-status')!;
    status.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await renderDone(m.provider);
    await answerLoad(m, new ConnectionError('timeout', 'still slow'));
    await waitFor(() => statusRegions(m)[0]!.textContent!.trim().startsWith('Could not check'), 3000, 'Retry’s outcome');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(said).to.have.length(1);
  });
});
