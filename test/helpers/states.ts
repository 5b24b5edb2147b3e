// Every state a person can meet around <qbo-integration-header>, each built the way the user gets there.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { ACTIVE, DISCONNECTED, INACTIVE, settle } from './fakes.js';
import { answerLoad, mount, renderDone } from './elements.js';
import type { Mounted } from './elements.js';

export const NEVER_CONNECTED: ConnectionSnapshot = {
  ...INACTIVE,
  linkState: 'disabled',
  inactiveReason: 'never_connected',
  company: null,
  sync: null,
  connectedAt: null,
  connectedBy: null,
};

const OTHER_COMPANY = { realmId: '4620816365', name: 'Contoso Trading' };
const callback = { code: 'code-1', state: 's-1', realmId: INACTIVE.company!.realmId };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Active, with credentials that lapse in five days: the expiry warning shows. */
export function expiringSoon(): ConnectionSnapshot {
  return { ...ACTIVE, credentialsExpireAt: new Date(Date.now() + 5 * 86_400_000).toISOString() };
}

async function startReconnect(m: Mounted): Promise<Mounted> {
  m.provider.store!.requestReconnect();
  await renderDone(m.provider);
  return m;
}

async function signingIn(m: Mounted): Promise<Mounted> {
  await startReconnect(m);
  m.provider.store!.confirm('popup');
  await settle();
  await renderDone(m.provider);
  return m;
}

async function companySwitch(m: Mounted): Promise<Mounted> {
  m.adapter.completeReply = async () => ({ outcome: 'company_mismatch', linked: INACTIVE.company, incoming: OTHER_COMPANY });
  await signingIn(m);
  m.windows[0]!.answer.resolve(callback);
  await renderDone(m.provider);
  return m;
}

async function failed(m: Mounted, reason: ConnectionError['reason']): Promise<Mounted> {
  await signingIn(m);
  m.windows[0]!.answer.reject(new ConnectionError(reason, reason));
  await renderDone(m.provider);
  return m;
}

async function disconnectAsked(m: Mounted): Promise<Mounted> {
  m.provider.store!.requestDisconnect();
  await renderDone(m.provider);
  return m;
}

/** The states, by name; `content` is what goes inside the provider (the whole header by default). */
export function headerStates(content: TemplateResult = html`<qbo-integration-header></qbo-integration-header>`): Record<string, () => Promise<Mounted>> {
  return {
    loading: () => mount(content, null),
    'load failed': async () => {
      const m = await mount(content, null);
      await answerLoad(m, new ConnectionError('network', 'offline'));
      return m;
    },
    inactive: () => mount(content, INACTIVE),
    'never connected': () => mount(content, NEVER_CONNECTED),
    disabled: () => mount(content, DISCONNECTED),
    active: () => mount(content, ACTIVE),
    'active, credentials expiring': () => mount(content, expiringSoon()),
    'dialog: confirming': async () => startReconnect(await mount(content, INACTIVE)),
    'dialog: first connection': async () => startReconnect(await mount(content, NEVER_CONNECTED)),
    'dialog: signing in': async () => signingIn(await mount(content, INACTIVE)),
    'dialog: finishing': async () => {
      const m = await mount(content, INACTIVE);
      m.adapter.completeReply = () => new Promise(() => {});
      await signingIn(m);
      m.windows[0]!.answer.resolve(callback);
      await renderDone(m.provider);
      return m;
    },
    'dialog: company switch': async () => companySwitch(await mount(content, INACTIVE)),
    'dialog: company kept': async () => {
      const m = await companySwitch(await mount(content, INACTIVE));
      m.provider.store!.cancel();
      await renderDone(m.provider);
      return m;
    },
    'dialog: access denied': async () => failed(await mount(content, INACTIVE), 'access_denied'),
    'dialog: popup blocked': async () => failed(await mount(content, INACTIVE), 'popup_blocked'),
    'reconnected, with the banner': async () => {
      const m = await signingIn(await mount(content, INACTIVE));
      m.windows[0]!.answer.resolve(callback);
      await renderDone(m.provider);
      await wait(120);
      return m;
    },
    'disconnect: confirming': async () => disconnectAsked(await mount(content, ACTIVE)),
    'disconnect: failed': async () => {
      const m = await disconnectAsked(await mount(content, ACTIVE));
      void m.provider.store!.confirmDisconnect();
      await renderDone(m.provider);
      m.adapter.disconnects[0]!.reply.reject(new ConnectionError('server', 'boom'));
      await renderDone(m.provider);
      return m;
    },
    'disconnect: done': async () => {
      const m = await disconnectAsked(await mount(content, ACTIVE));
      void m.provider.store!.confirmDisconnect();
      await renderDone(m.provider);
      m.adapter.disconnects[0]!.reply.resolve(DISCONNECTED);
      await renderDone(m.provider);
      await wait(50);
      return m;
    },
  };
}
