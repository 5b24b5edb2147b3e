// Each inactive reason in plain words with its next step, in every locale; Connect Account only where it can help.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { INACTIVE_REASONS, reconnectHelps } from '../../src/core/model.js';
import type { InactiveReason } from '../../src/core/model.js';
import { ConnectionStore } from '../../src/core/store.js';
import { defineAll } from '../../src/elements/registry.js';
import type { QboConnection } from '../../src/elements/qbo-connection/qbo-connection.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import { esUSStrings } from '../../src/i18n/locales/es-US.js';
import { frCAStrings } from '../../src/i18n/locales/fr-CA.js';
import type { Strings } from '../../src/i18n/strings.js';
import { createMemoryAdapter } from '../../src/mocks/memory-adapter.js';
import { getScenario, SAMPLE_ACTIVE_SNAPSHOT } from '../../src/mocks/index.js';
import { settle } from '../helpers/fakes.js';

defineAll();

const TABLES: Array<[string, Strings]> = [
  ['en', defaultStrings],
  ['fr-CA', frCAStrings],
  ['es-US', esUSStrings],
];

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function mountReason(reason: InactiveReason, locale: string, inner = html`<qbo-connection-status></qbo-connection-status>`) {
  const adapter = createMemoryAdapter({ snapshot: { ...SAMPLE_ACTIVE_SNAPSHOT, linkState: 'inactive', inactiveReason: reason } });
  const provider = await fixture<QboConnection>(
    html`<qbo-connection locale=${locale} redirect-uri="https://host.example/oauth/callback" .adapter=${adapter}>${inner}</qbo-connection>`,
  );
  await waitUntil(() => provider.store?.state.status === 'ready', 'the status loads');
  await settle();
  return provider;
}

describe('inactive reasons: words and next step', () => {
  for (const [locale, table] of TABLES) {
    it(`names every reason and what fixes it, in ${locale}`, async () => {
      for (const reason of INACTIVE_REASONS) {
        const provider = await mountReason(reason, locale);
        const status = provider.querySelector('qbo-connection-status')!;
        expect(part(status, 'reason')!.textContent, reason).to.equal(table.inactiveReason[reason]);
        const step = part(status, 'next-step')!;
        expect(step.textContent, reason).to.equal(table.reasonNextStep[reason]);
        // Below the reason, on a line of its own.
        expect(step.getBoundingClientRect().top).to.be.greaterThan(part(status, 'reason')!.getBoundingClientRect().bottom - 1);
      }
    });
  }

  it('says what the spec asks for the three new reasons and the lapsed ones (English)', () => {
    expect(defaultStrings.reasonNextStep.admin_access_lost).to.equal('A QuickBooks admin must reconnect.');
    expect(defaultStrings.reasonNextStep.subscription_inactive).to.equal(
      'Restore the QuickBooks subscription in QuickBooks; the connection resumes by itself.',
    );
    expect(defaultStrings.reasonNextStep.app_not_authorized).to.equal('Reconnect to allow access again.');
    expect(defaultStrings.reasonNextStep.expired_credentials).to.equal('Reconnect to resume syncing.');
    expect(defaultStrings.reasonNextStep.revoked).to.equal('Reconnect to resume syncing.');
  });

  it('keeps every next step distinct from its reason and translated in each locale', () => {
    for (const reason of INACTIVE_REASONS) {
      expect(frCAStrings.reasonNextStep[reason]).not.to.equal(defaultStrings.reasonNextStep[reason]);
      expect(esUSStrings.reasonNextStep[reason]).not.to.equal(defaultStrings.reasonNextStep[reason]);
    }
  });

  it('shows no reason or next step while active', async () => {
    const provider = await fixture<QboConnection>(
      html`<qbo-connection .adapter=${createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT })}><qbo-connection-status></qbo-connection-status></qbo-connection>`,
    );
    await waitUntil(() => provider.store?.state.status === 'ready');
    const status = provider.querySelector('qbo-connection-status')!;
    expect(part(status, 'reason')).to.equal(null);
    expect(part(status, 'next-step')).to.equal(null);
  });
});

describe('inactive reasons: Connect Account only where reconnecting helps', () => {
  for (const reason of INACTIVE_REASONS) {
    const helps = reconnectHelps(reason);
    it(`${helps ? 'shows' : 'hides'} Connect Account for ${reason}`, async () => {
      const provider = await mountReason(reason, 'en');
      const link = provider.querySelector('qbo-connection-status')!.shadowRoot!.querySelector('qbo-connect-link')!;
      expect(link.hidden).to.equal(!helps);
      expect(link.shadowRoot!.querySelector('button') !== null).to.equal(helps);
    });
  }

  it('hides it in the integration header too, which names the next step', async () => {
    const provider = await mountReason('subscription_inactive', 'en', html`<qbo-integration-header></qbo-integration-header>`);
    const header = provider.querySelector('qbo-integration-header')!;
    await waitUntil(() => header.shadowRoot?.querySelector('qbo-connection-status'));
    const status = header.shadowRoot!.querySelector('qbo-connection-status')!;
    await waitUntil(() => part(status, 'next-step'));
    expect(part(status, 'next-step')!.textContent).to.equal(defaultStrings.reasonNextStep.subscription_inactive);
    expect(status.shadowRoot!.querySelector('qbo-connect-link')!.hidden).to.equal(true);
  });

  it('shows it again once the subscription is restored and the link lapses for another reason', async () => {
    const provider = await mountReason('subscription_inactive', 'en');
    const link = provider.querySelector('qbo-connection-status')!.shadowRoot!.querySelector('qbo-connect-link')!;
    expect(link.hidden).to.equal(true);
    const adapter = provider.adapter as ReturnType<typeof createMemoryAdapter>;
    adapter.backend.setSnapshot({ ...adapter.backend.snapshot, inactiveReason: 'revoked' });
    await waitUntil(() => !link.hidden, 'the pushed snapshot shows the link');
  });

  it('ignores a programmatic reconnect request where it cannot help', async () => {
    const provider = await mountReason('subscription_inactive', 'en');
    provider.store!.requestReconnect();
    expect(provider.store!.state.flow.name).to.equal('idle');
  });

  it('opens no confirmation from the Reconnect URL landing (?qbo-reconnect) for a lapsed subscription, and does for admin access lost', async () => {
    for (const [scenario, opens] of [
      ['subscription-inactive', false],
      ['admin-access-lost', true],
    ] as const) {
      const replaced: string[] = [];
      const store = new ConnectionStore({
        adapter: createMemoryAdapter({ snapshot: getScenario(scenario).snapshot }),
        redirectUri: 'https://host.example/oauth/callback',
        environment: {
          currentUrl: () => 'https://host.example/integrations/quickbooks?qbo-reconnect',
          replaceUrl: (url) => replaced.push(url),
        },
      });
      expect(await store.openFromLanding(), scenario).to.equal(opens);
      expect(store.state.flow.name, scenario).to.equal(opens ? 'confirming' : 'idle');
      // The parameter leaves the address bar either way.
      expect(replaced).to.deep.equal(['https://host.example/integrations/quickbooks']);
      store.dispose();
    }
  });
});
