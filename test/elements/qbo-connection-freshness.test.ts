// <qbo-connection> keeps the status fresh: one refresh when the page is seen again, throttled, none while hidden.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { QboConnection } from '../../src/elements/qbo-connection/qbo-connection.js';
import { QboStatusBadge } from '../../src/elements/qbo-status-badge/qbo-status-badge.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { mount } from '../helpers/elements.js';
import { ACTIVE, INACTIVE } from '../helpers/fakes.js';

defineElement('qbo-connection', QboConnection);
defineElement('qbo-status-badge', QboStatusBadge);

const realNow = Date.now;
let offset = 0;
const later = (ms: number) => (offset += ms);
const setHidden = (hidden: boolean) =>
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });

describe('<qbo-connection> freshness', () => {
  beforeEach(() => {
    offset = 0;
    Date.now = () => realNow() + offset;
    // The test page may be a background tab while another test file runs beside it: start from a visible page.
    setHidden(false);
  });
  afterEach(() => {
    Date.now = realNow;
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('refreshes once when a tab hidden for an hour becomes visible again, and not while it is hidden', async () => {
    const mounted = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    setHidden(true);
    document.dispatchEvent(new Event('visibilitychange'));
    later(60 * 60_000);
    window.dispatchEvent(new Event('focus'));
    expect(mounted.adapter.loads.length).to.equal(1);
    setHidden(false);
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
    expect(mounted.adapter.loads.length).to.equal(2);
    mounted.adapter.loads[1]!.reply.resolve(ACTIVE);
  });

  it('asks at most once a minute when the window regains focus', async () => {
    const mounted = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    later(30_000);
    window.dispatchEvent(new Event('focus'));
    expect(mounted.adapter.loads.length).to.equal(1);
    later(31_000);
    window.dispatchEvent(new Event('focus'));
    expect(mounted.adapter.loads.length).to.equal(2);
    window.dispatchEvent(new Event('focus'));
    expect(mounted.adapter.loads.length).to.equal(2);
  });

  it('stops watching when the provider leaves the page', async () => {
    const mounted = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    mounted.provider.remove();
    later(120_000);
    window.dispatchEvent(new Event('focus'));
    expect(mounted.adapter.loads.length).to.equal(1);
  });
});
