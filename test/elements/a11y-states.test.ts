// axe on the whole integration header in every state and dialog step, in light, dark and forced colors.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import { QboIntegrationHeader } from '../../src/elements/qbo-integration-header/qbo-integration-header.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { ACTIVE, DISCONNECTED, INACTIVE, settle } from '../helpers/fakes.js';
import { answerLoad, mount, renderDone } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';
import { emulateMediaFeatures } from '../helpers/media.js';
import type { MediaFeatures } from '../helpers/media.js';

defineElement('qbo-integration-header', QboIntegrationHeader);

const header = (m: Mounted) => m.provider.querySelector('qbo-integration-header')!;
const content = html`<qbo-integration-header></qbo-integration-header>`;
const callback = { code: 'code-1', state: 's-1', realmId: INACTIVE.company!.realmId };

async function startReconnect(m: Mounted): Promise<void> {
  m.provider.store!.requestReconnect();
  await renderDone(m.provider);
}

async function signingIn(m: Mounted): Promise<void> {
  await startReconnect(m);
  m.provider.store!.confirm('popup');
  await settle();
  await renderDone(m.provider);
}

/** Each state a person can meet, built the way the user gets there. */
const states: Record<string, () => Promise<Mounted>> = {
  loading: () => mount(content, null),
  'load failed': async () => {
    const m = await mount(content, null);
    await answerLoad(m, new ConnectionError('network', 'offline'));
    return m;
  },
  inactive: () => mount(content, INACTIVE),
  disabled: () => mount(content, DISCONNECTED),
  active: () => mount(content, ACTIVE),
  'dialog: confirming': async () => {
    const m = await mount(content, INACTIVE);
    await startReconnect(m);
    return m;
  },
  'dialog: signing in': async () => {
    const m = await mount(content, INACTIVE);
    await signingIn(m);
    return m;
  },
  'dialog: company switch': async () => {
    const m = await mount(content, INACTIVE);
    m.adapter.completeReply = async () => ({
      outcome: 'company_mismatch',
      linked: INACTIVE.company,
      incoming: { realmId: '4620816365', name: 'Contoso Trading' },
    });
    await signingIn(m);
    m.windows[0]!.answer.resolve(callback);
    await renderDone(m.provider);
    return m;
  },
  'dialog: failed': async () => {
    const m = await mount(content, INACTIVE);
    await signingIn(m);
    m.windows[0]!.answer.reject(new ConnectionError('access_denied', 'denied'));
    await renderDone(m.provider);
    return m;
  },
  'reconnected, with the banner': async () => {
    const m = await mount(content, INACTIVE);
    await signingIn(m);
    m.windows[0]!.answer.resolve(callback);
    await renderDone(m.provider);
    await new Promise((resolve) => setTimeout(resolve, 120));
    return m;
  },
};

const schemes: Record<string, MediaFeatures> = {
  light: {},
  dark: { colorScheme: 'dark' },
  'forced colors': { forcedColors: 'active' },
};

describe('accessibility: axe per state, light, dark and forced colors', () => {
  before(() => {
    // The page follows the scheme too, as a host page in dark mode would; the tokens assume that.
    document.documentElement.style.colorScheme = 'light dark';
  });
  after(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMediaFeatures({});
  });

  for (const [schemeName, features] of Object.entries(schemes)) {
    for (const [stateName, build] of Object.entries(states)) {
      it(`${stateName}, ${schemeName}`, async () => {
        await emulateMediaFeatures(features);
        const m = await build();
        await expect(header(m)).to.be.accessible();
      });
    }
  }
});
