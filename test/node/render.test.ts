// qbo-reconnect/ssr in plain Node: every element renders inside a declarative shadow root, in each link state and
// each shipped locale, with the guide's words; the provider carries the snapshot; bad input is refused by name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { html } from 'lit';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { esUSStrings } from '../../src/i18n/locales/es-US.js';
import { frCAStrings } from '../../src/i18n/locales/fr-CA.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import type { Strings } from '../../src/i18n/strings.js';
import { SAMPLE_ACTIVE_SNAPSHOT, SAMPLE_DISABLED_SNAPSHOT, SAMPLE_INACTIVE_SNAPSHOT } from '../../src/mocks/sample-data.js';
import { renderQboHtml, renderQboToString } from '../../src/ssr/index.js';
import type { QboRenderOptions } from '../../src/ssr/index.js';

/** The open tag of the first `tag` element and its declarative shadow root's content (nested templates included). */
function rendered(markup: string, tag: string): { open: string; shadow: string } {
  const start = markup.indexOf(`<${tag}`);
  assert.ok(start >= 0, `<${tag}> is rendered`);
  const open = markup.slice(start, markup.indexOf('>', start) + 1);
  const after = markup.slice(start + open.length);
  const template = /^<template shadowroot="open" shadowrootmode="open"( shadowrootdelegatesfocus)?>|^<template shadowrootmode="open"( shadowrootdelegatesfocus)?>/.exec(after);
  assert.ok(template, `<${tag}> starts with a declarative shadow root: ${after.slice(0, 80)}`);
  let depth = 1;
  let at = template[0].length;
  const tokens = /<template\b|<\/template>/g;
  tokens.lastIndex = at;
  for (let match = tokens.exec(after); match; match = tokens.exec(after)) {
    depth += match[0] === '</template>' ? -1 : 1;
    if (depth === 0) return { open, shadow: after.slice(at, match.index) };
  }
  throw new Error(`<${tag}>'s template is not closed`);
}

/** The shadow root's text as a reader sees it (tags and styles out, entities decoded). */
const textOf = (shadow: string) =>
  shadow
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

const PAGE = html`<qbo-connection>
  <qbo-status-badge></qbo-status-badge>
  <qbo-connection-status></qbo-connection-status>
  <qbo-vendor-id vendor-id="58"></qbo-vendor-id>
</qbo-connection>`;

const LINK_STATES: [string, ConnectionSnapshot][] = [
  ['inactive', SAMPLE_INACTIVE_SNAPSHOT],
  ['active', SAMPLE_ACTIVE_SNAPSHOT],
  ['disabled', SAMPLE_DISABLED_SNAPSHOT],
];
const LOCALES: [string, Strings][] = [
  ['en', defaultStrings],
  ['fr-CA', frCAStrings],
  ['es-US', esUSStrings],
];

describe('each link state in each locale', () => {
  for (const [locale, strings] of LOCALES) {
    for (const [state, snapshot] of LINK_STATES) {
      test(`${state}, ${locale}`, () => {
        const page = renderQboToString(PAGE, { snapshot, locale });
        const label = strings.linkState[snapshot.linkState];
        const badge = rendered(page, 'qbo-status-badge');
        assert.match(badge.open, new RegExp(`state="${state}"`));
        assert.match(badge.shadow, /^<style>[\s\S]+:host[\s\S]+<\/style>/, 'the styles are inside the shadow root');
        assert.equal(textOf(badge.shadow), label);
        const status = rendered(page, 'qbo-connection-status');
        assert.match(status.open, new RegExp(`state="${state}"`));
        const statusText = textOf(status.shadow);
        assert.ok(statusText.startsWith(textOf(strings.statusLine(label))), statusText);
        const link = rendered(status.shadow, 'qbo-connect-link');
        assert.match(link.shadow, /^<style>/);
        if (state === 'active') {
          assert.match(link.open, / hidden/, 'no Connect Account while active');
          assert.ok(!statusText.includes(textOf(strings.connectAccount)));
        } else {
          assert.doesNotMatch(link.open, / hidden/);
          assert.equal(textOf(link.shadow), textOf(strings.connectAccount));
          assert.ok(statusText.includes(textOf(strings.inactiveReason[snapshot.inactiveReason!])), 'the reason is said');
        }
        const vendor = rendered(page, 'qbo-vendor-id');
        assert.equal(textOf(vendor.shadow), state === 'active' ? '58' : strings.vendorPlaceholder);
        const provider = rendered(page, 'qbo-connection');
        assert.match(provider.shadow, /<slot><\/slot><div part="announcer"/);
        if (locale !== 'en') assert.match(provider.open, new RegExp(`locale="${locale}" lang="${locale}"`));
      });
    }
  }

  test("the guide's own words, in English", () => {
    const page = renderQboToString(PAGE, { snapshot: SAMPLE_INACTIVE_SNAPSHOT, locale: 'en' });
    assert.equal(textOf(rendered(page, 'qbo-status-badge').shadow), 'Inactive');
    const status = textOf(rendered(page, 'qbo-connection-status').shadow);
    assert.ok(status.startsWith('API Connection Status is Inactive'), status);
    assert.ok(status.includes('Connect Account'), status);
    const active = renderQboToString(PAGE, { snapshot: SAMPLE_ACTIVE_SNAPSHOT });
    assert.ok(textOf(rendered(active, 'qbo-connection-status').shadow).startsWith('API Connection Status is Active'));
    const disabled = renderQboToString(PAGE, { snapshot: SAMPLE_DISABLED_SNAPSHOT });
    assert.equal(textOf(rendered(disabled, 'qbo-status-badge').shadow), 'Disabled');
  });
});

describe('before the status is known', () => {
  for (const [locale, strings] of LOCALES) {
    test(`loading (no snapshot), ${locale}`, () => {
      const page = renderQboToString(PAGE, { locale });
      const badge = rendered(page, 'qbo-status-badge');
      assert.match(badge.open, /state="loading"/);
      assert.equal(textOf(badge.shadow), strings.checking);
      const status = rendered(page, 'qbo-connection-status');
      assert.match(status.open, /state="loading" busy/);
      assert.match(status.shadow, /aria-busy="true"/);
      assert.equal(textOf(status.shadow), strings.checking);
      assert.match(rendered(status.shadow, 'qbo-connect-link').open, / hidden/);
      assert.doesNotMatch(rendered(page, 'qbo-connection').open, /server-snapshot/, 'nothing to hand over');
    });

    test(`error (the status could not be read), ${locale}`, () => {
      const page = renderQboToString(PAGE, { locale, loadError: 'network' });
      const badge = rendered(page, 'qbo-status-badge');
      assert.match(badge.open, /state="error"/);
      assert.equal(textOf(badge.shadow), strings.statusUnknown);
      const status = rendered(page, 'qbo-connection-status');
      assert.match(status.open, /state="error"/);
      const text = textOf(status.shadow);
      assert.ok(text.includes(strings.loadFailed) && text.includes(strings.loadFailure.network) && text.includes(strings.retryLoad), text);
      assert.match(status.shadow, /<button part="retry" type="button">/);
    });
  }
});

describe('the provider and the options', () => {
  test('the provider carries the snapshot it was rendered with, escaped, and when', () => {
    const snapshot = { ...SAMPLE_INACTIVE_SNAPSHOT, company: { realmId: '9', name: 'Smith & "Sons" <Ltd>' } };
    const page = renderQboToString(PAGE, { snapshot, renderedAt: 1_700_000_000_000 });
    const open = rendered(page, 'qbo-connection').open;
    const value = /server-snapshot="([^"]*)"/.exec(open)?.[1];
    assert.ok(value, open);
    assert.ok(!value.includes('<') && !value.includes('"'), 'the attribute value is escaped');
    const decoded = JSON.parse(value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    assert.deepEqual(decoded, { snapshot, renderedAt: 1_700_000_000_000 });
  });

  test("the host's strings apply, and its own locale and lang are kept", () => {
    const page = renderQboToString(html`<qbo-connection locale="fr-CA" lang="fr"><qbo-status-badge></qbo-status-badge></qbo-connection>`, {
      snapshot: SAMPLE_ACTIVE_SNAPSHOT,
      locale: 'fr-CA',
      strings: { linkState: { active: 'En service', inactive: 'Inactif', disabled: 'Désactivé' } },
    });
    assert.equal(textOf(rendered(page, 'qbo-status-badge').shadow), 'En service');
    assert.match(rendered(page, 'qbo-connection').open, /^<qbo-connection\s+locale="fr-CA" lang="fr" server-snapshot=/);
  });

  test('the string form renders the same as the template form', () => {
    const options: QboRenderOptions = { snapshot: SAMPLE_INACTIVE_SNAPSHOT, locale: 'es-US', renderedAt: 1 };
    const fromString = renderQboHtml('<qbo-connection><qbo-status-badge></qbo-status-badge><qbo-connection-status></qbo-connection-status></qbo-connection>', options);
    const fromTemplate = renderQboToString(html`<qbo-connection><qbo-status-badge></qbo-status-badge><qbo-connection-status></qbo-connection-status></qbo-connection>`, options);
    const strip = (markup: string) => markup.replace(/<!--[^>]*-->/g, '');
    assert.equal(strip(fromString), strip(fromTemplate));
    assert.ok(textOf(rendered(fromString, 'qbo-connection-status').shadow).startsWith(esUSStrings.statusLine(esUSStrings.linkState.inactive)));
  });

  test('a Lit element (the integration header) renders its pieces in the same state, each in its own shadow root', () => {
    const page = renderQboToString(html`<qbo-connection><qbo-integration-header></qbo-integration-header></qbo-connection>`, {
      snapshot: SAMPLE_INACTIVE_SNAPSHOT,
    });
    const header = rendered(page, 'qbo-integration-header');
    assert.ok(textOf(header.shadow).includes('QuickBooks Online'));
    assert.equal(textOf(rendered(header.shadow, 'qbo-status-badge').shadow), 'Inactive');
    assert.ok(textOf(rendered(header.shadow, 'qbo-connection-status').shadow).startsWith('API Connection Status is Inactive'));
    assert.match(rendered(header.shadow, 'qbo-link-state-tabs').shadow, /role="tablist"/);
  });

  test('an invalid snapshot is refused with a named error, and nothing is left registered for the next render', () => {
    assert.throws(
      () => renderQboToString(PAGE, { snapshot: { linkState: 'sideways' } as unknown as ConnectionSnapshot }),
      (error: Error & { reason?: string }) => error.name === 'ConnectionError' && error.reason === 'invalid_response',
    );
    assert.throws(() => renderQboHtml(42 as unknown as string, {}), TypeError);
    // The next render is unaffected.
    assert.equal(textOf(rendered(renderQboToString(PAGE, { snapshot: SAMPLE_ACTIVE_SNAPSHOT }), 'qbo-status-badge').shadow), 'Active');
  });

  test('text from the snapshot cannot break out of the markup', () => {
    const snapshot = { ...SAMPLE_ACTIVE_SNAPSHOT };
    const page = renderQboHtml('<qbo-connection><qbo-vendor-id vendor-id="&lt;script&gt;1"></qbo-vendor-id></qbo-connection>', { snapshot });
    assert.ok(!page.includes('<script>'), 'the vendor ID is escaped');
    assert.match(rendered(page, 'qbo-vendor-id').shadow, /&lt;script&gt;1<\/slot>$/);
  });
});

describe("what the page's adapter can do (hand-off links, history)", () => {
  const STATUS = html`<qbo-connection><qbo-connection-status></qbo-connection-status></qbo-connection>`;
  /** The parts of the status line's rows, in order (the hand-off offer is a row of its own). */
  const rows = (page: string) =>
    [...rendered(page, 'qbo-connection-status').shadow.replace(/<template[\s\S]*?<\/template>/g, '').matchAll(/<qbo-handoff-offer[^>]*|<span part="([\w-]+)"|<qbo-connect-link/g)].map(
      (match) => (match[0].startsWith('<qbo-handoff-offer') ? 'handoff' : match[0].startsWith('<qbo-connect-link') ? 'link' : match[1]),
    );

  for (const [locale, strings] of LOCALES) {
    test(`an inactive link offers to ask an admin after Connect Account, ${locale}`, () => {
      const page = renderQboToString(STATUS, { snapshot: SAMPLE_INACTIVE_SNAPSHOT, locale });
      const offer = rendered(rendered(page, 'qbo-connection-status').shadow, 'qbo-handoff-offer');
      assert.match(offer.open, /offer="offer"/);
      assert.equal(textOf(offer.shadow).replace(/\s+/g, ' '), `${strings.handoff.question} ${strings.handoff.ask}`);
      assert.deepEqual(rows(page), ['status', 'link', 'reason', 'next-step', 'handoff']);
    });
  }

  test('when the user who linked lost admin access, asking an admin comes first and Connect Account below it', () => {
    const page = renderQboToString(STATUS, { snapshot: { ...SAMPLE_INACTIVE_SNAPSHOT, inactiveReason: 'admin_access_lost' } });
    assert.match(rendered(rendered(page, 'qbo-connection-status').shadow, 'qbo-handoff-offer').open, /offer="first"/);
    assert.deepEqual(rows(page), ['status', 'reason', 'next-step', 'handoff', 'link']);
  });

  test('an open request is drawn with who asked, and its Cancel request and New link', () => {
    const handoff = { requestedBy: { name: 'Dana Ortiz' }, requestedAt: '2026-12-04T10:00:00.000Z', expiresAt: '2026-12-11T10:00:00.000Z', email: 'ops@harbor.example' };
    const page = renderQboToString(STATUS, { snapshot: { ...SAMPLE_INACTIVE_SNAPSHOT, handoff } });
    const offer = rendered(rendered(page, 'qbo-connection-status').shadow, 'qbo-handoff-offer');
    assert.match(offer.open, /offer="requested"/);
    const said = textOf(offer.shadow);
    for (const words of ['ops@harbor.example', 'Dana Ortiz', 'Dec 11', 'Cancel request', 'New link']) assert.ok(said.includes(words), `"${words}" in: ${said}`);
  });

  test('nothing to ask for where a reconnect cannot help, nor for an active link, nor when the adapter issues no links', () => {
    const lapsed = renderQboToString(STATUS, { snapshot: { ...SAMPLE_INACTIVE_SNAPSHOT, inactiveReason: 'subscription_inactive' } });
    const active = renderQboToString(STATUS, { snapshot: SAMPLE_ACTIVE_SNAPSHOT });
    const without = renderQboToString(STATUS, { snapshot: SAMPLE_INACTIVE_SNAPSHOT, handoff: false });
    for (const page of [lapsed, active, without]) assert.ok(!page.includes('<qbo-handoff-offer'), 'no offer drawn');
    assert.deepEqual(rows(without), ['status', 'link', 'reason', 'next-step']);
  });

  test('"Show history" is drawn, collapsed, unless the adapter keeps no history', () => {
    const HISTORY = html`<qbo-connection><qbo-connection-history></qbo-connection-history></qbo-connection>`;
    const drawn = rendered(renderQboToString(HISTORY, { snapshot: SAMPLE_ACTIVE_SNAPSHOT }), 'qbo-connection-history');
    assert.match(drawn.shadow, /<button part="toggle" type="button" aria-expanded="false"/);
    assert.ok(textOf(drawn.shadow).includes('Show history'));
    const without = rendered(renderQboToString(HISTORY, { snapshot: SAMPLE_ACTIVE_SNAPSHOT, history: false }), 'qbo-connection-history');
    assert.doesNotMatch(without.shadow, /part="toggle"/);
  });
});
