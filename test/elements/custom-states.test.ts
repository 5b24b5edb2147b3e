// CSS custom states beside the `state` attribute: each element's :state() follows the connection through loading,
// a named load failure and the link states, exactly one display state at a time, and `busy` while checking.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import { ConnectionError } from '../../src/core/errors.js';
import { ACTIVE, INACTIVE } from '../helpers/fakes.js';
import { answerLoad, mount } from '../helpers/elements.js';

const DISPLAY = ['active', 'inactive', 'disabled', 'loading', 'error', 'unconfigured'];

/** The display states an element matches right now. */
const statesOf = (element: Element) => DISPLAY.filter((state) => element.matches(`:state(${state})`));

describe('CSS custom states', () => {
  it('follow the connection: loading (busy), then inactive, then error keeps the last known link state', async () => {
    const mounted = await mount(
      html`<qbo-status-badge></qbo-status-badge><qbo-connection-status></qbo-connection-status><qbo-link-state-tabs></qbo-link-state-tabs
        ><qbo-vendor-id vendor-id="58"></qbo-vendor-id>`,
      null,
    );
    const { provider } = mounted;
    const badge = provider.querySelector('qbo-status-badge')!;
    const status = provider.querySelector('qbo-connection-status')!;
    const tabs = provider.querySelector('qbo-link-state-tabs')!;
    const vendor = provider.querySelector('qbo-vendor-id')!;
    expect(statesOf(badge)).to.deep.equal(['loading']);
    expect(statesOf(status)).to.deep.equal(['loading']);
    expect(status.matches(':state(busy)')).to.equal(true);
    expect(vendor.matches(':state(placeholder)')).to.equal(true);

    await answerLoad(mounted, INACTIVE);
    expect(statesOf(badge)).to.deep.equal(['inactive']);
    expect(statesOf(status)).to.deep.equal(['inactive']);
    expect(statesOf(tabs)).to.deep.equal(['inactive']);
    expect(status.matches(':state(busy)')).to.equal(false);
    expect(badge.getAttribute('state')).to.equal('inactive', 'the attribute says the same');

    void provider.store!.refresh();
    await answerLoad(mounted, ACTIVE);
    expect(statesOf(badge)).to.deep.equal(['active']);
    expect(vendor.matches(':state(id)')).to.equal(true);
    expect(vendor.matches(':state(placeholder)')).to.equal(false);
  });

  it('error: a first load that fails with nothing known', async () => {
    const mounted = await mount(html`<qbo-status-badge></qbo-status-badge><qbo-connection-status></qbo-connection-status>`, null);
    await answerLoad(mounted, new ConnectionError('network', 'offline'));
    expect(statesOf(mounted.provider.querySelector('qbo-status-badge')!)).to.deep.equal(['error']);
    expect(statesOf(mounted.provider.querySelector('qbo-connection-status')!)).to.deep.equal(['error']);
  });
});
