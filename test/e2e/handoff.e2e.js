// Ask an admin, end to end on the full-stack demo: the host user requests a link through the API, a second browser
// context with no cookies of the host opens it on the page the server hosts, signs in at the mock Intuit, and the
// host's status turns Active with the admin's email; a company switch through the link; refused links; axe in light
// and dark; a keyboard-only run.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { headerBadge } from './assertions.js';
import { DEMO_URL, LINKED_COMPANY, OTHER_COMPANY, assertNoConsoleErrors, chooseCompany, enterCredentials, openDemo, useBrowser } from './helpers.js';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ADMIN = 'ops@harborstreet.example';

/** The host user (context 1): the demo on an inactive link, and a hand-off link requested through the API. */
async function hostWithLink(browser, body = {}) {
  const host = await openDemo(browser, { scenario: 'inactive' });
  await headerBadge(host.page).getByText('Inactive', { exact: true }).waitFor();
  const created = await requestLink(host.page, body);
  assert.equal(created.status, 200, JSON.stringify(created.body));
  return { ...host, url: created.body.url };
}

function requestLink(page, body = {}) {
  return page.evaluate(async (payload) => {
    const response = await fetch('/api/quickbooks/connection/handoff', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
    });
    return { status: response.status, body: await response.json() };
  }, body);
}

function snapshotOf(page) {
  return page.evaluate(async () => (await fetch('/api/quickbooks/connection', { headers: { accept: 'application/json' } })).json());
}

/** The admin (context 2): a fresh context, none of the host's cookies, console errors collected. */
async function adminContext(browser, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const errors = [];
  context.on('page', (page) => {
    page.on('console', (message) => message.type() === 'error' && errors.push(`${page.url()}: ${message.text()}`));
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  });
  const page = await context.newPage();
  return { context, page, errors };
}

/** Opens the link in the admin's context and waits for the page's Reconnect button (the script has bound the widget). */
async function openLinkAsAdmin(page, url) {
  const response = await page.goto(url);
  assert.equal(response?.status(), 200);
  await page.getByRole('button', { name: 'Reconnect', exact: true }).waitFor();
}

/** Reconnect → Yes → the mock Intuit in the popup → the chosen company; resolves once the popup closed. */
async function reconnectAsAdmin(page, company = LINKED_COMPANY) {
  await page.getByRole('button', { name: 'Reconnect', exact: true }).click();
  const dialog = page.locator('qbo-reconnect-dialog dialog');
  await dialog.getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor();
  const opened = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Yes', exact: true }).click();
  const popup = await opened;
  await enterCredentials(popup, ADMIN);
  const closed = popup.waitForEvent('close');
  await chooseCompany(popup, company);
  await closed;
}

async function assertAccessible(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  });
  assert.deepEqual(violations, [], `${label} has accessibility violations`);
}

/** The focused element, through open shadow roots: its tag and text. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element ? `${element.tagName.toLowerCase()}#${element.id}:${(element.textContent ?? '').trim().slice(0, 60)}` : '';
  });
}

async function tabTo(page, pattern, limit = 30) {
  for (let i = 0; i < limit; i++) {
    if (pattern.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${pattern}; focus is on ${await focused(page)}`);
}

describe('ask an admin: the hosted hand-off page', () => {
  const shared = useBrowser();

  test('request → link opened with no host cookies → Intuit sign-in → Done; the host sees Active, reconnected by the admin, and a history naming both', async () => {
    const host = await hostWithLink(shared.browser, { email: ADMIN, note: 'Please reconnect QuickBooks', lang: 'en' });
    const admin = await adminContext(shared.browser);
    try {
      assert.equal((await snapshotOf(host.page)).handoff.requestedBy.name, 'Dana Ortiz');
      await openLinkAsAdmin(admin.page, host.url);
      // The token left the address bar by the server's redirect.
      assert.equal(new URL(admin.page.url()).pathname, '/api/quickbooks/handoff');
      await admin.page.getByText(`Fintech needs its QuickBooks connection restored for ${LINKED_COMPANY}. Requested by Dana Ortiz.`).waitFor();
      await admin.page.getByRole('heading', { name: 'Before You Begin' }).waitFor();
      // The admin's own requests reach no data of the host's tenant.
      const theirs = await snapshotOf(admin.page);
      assert.equal(theirs.company, null);

      await reconnectAsAdmin(admin.page);
      await admin.page.getByText('Done. Fintech will resume syncing.').waitFor();
      assert.match(await focused(admin.page), /^section#handoff-done/);

      const snapshot = await snapshotOf(host.page);
      assert.equal(snapshot.linkState, 'active');
      assert.equal(snapshot.company.name, LINKED_COMPANY);
      assert.deepEqual(snapshot.connectedBy, { name: ADMIN });
      assert.equal(snapshot.handoff, null);
      // The host page shows it the next time it checks (focus or refresh).
      await host.page.reload();
      await headerBadge(host.page).getByText('Active', { exact: true }).waitFor();
      // The history names both people: the admin who finished it and the host user who asked.
      const history = host.page.locator('qbo-connection-history').first();
      await history.getByRole('button', { name: 'Show history' }).click();
      await history.getByText(/^Reconnected by ops@harborstreet\.example \(requested by Dana Ortiz\)/).first().waitFor();
      await history.getByText(/^QuickBooks admin asked to reconnect by Dana Ortiz/).first().waitFor();

      // Used: the same link now gets the refusal page.
      const again = await admin.page.goto(host.url);
      assert.equal(again?.status(), 410);
      await admin.page.getByRole('heading', { name: 'This link was already used' }).waitFor();
      assertNoConsoleErrors(admin.errors, { expectedStatuses: [410] });
      assertNoConsoleErrors(host.errors);
    } finally {
      await admin.context.close();
      await host.context.close();
    }
  });

  test('a different company through the link asks the same second question, then links it', async () => {
    const host = await hostWithLink(shared.browser);
    const admin = await adminContext(shared.browser);
    try {
      await openLinkAsAdmin(admin.page, host.url);
      await reconnectAsAdmin(admin.page, OTHER_COMPANY);
      const dialog = admin.page.locator('qbo-reconnect-dialog dialog');
      await dialog.getByRole('heading', { name: 'Link a different QuickBooks company?' }).waitFor();
      await dialog.getByRole('button', { name: `Yes, link ${OTHER_COMPANY}` }).click();
      await admin.page.getByText('Done. Fintech will resume syncing.').waitFor();
      const snapshot = await snapshotOf(host.page);
      assert.deepEqual([snapshot.linkState, snapshot.company.name, snapshot.connectedBy.name], ['active', OTHER_COMPANY, ADMIN]);
      assertNoConsoleErrors(admin.errors, { expectedStatuses: [409] });
    } finally {
      await admin.context.close();
      await host.context.close();
    }
  });

  test('cancelled, replaced and forged links get a clear page and change nothing', async () => {
    const host = await hostWithLink(shared.browser);
    const admin = await adminContext(shared.browser);
    try {
      const cancelled = host.url;
      await host.page.evaluate(() => fetch('/api/quickbooks/connection/handoff', { method: 'DELETE', headers: { accept: 'application/json' } }));
      const replaced = (await requestLink(host.page)).body.url;
      const newest = (await requestLink(host.page)).body.url;
      const forged = `${DEMO_URL}/api/quickbooks/handoff/${'A'.repeat(43)}`;
      const before = await snapshotOf(host.page);
      for (const [url, status, title] of [
        [cancelled, 410, 'This link was cancelled'],
        [replaced, 410, 'This link was replaced by a newer one'],
        [forged, 404, 'This link does not work'],
      ]) {
        const response = await admin.page.goto(url);
        assert.equal(response?.status(), status, url);
        await admin.page.getByRole('heading', { name: title }).waitFor();
        await admin.page.getByText('Nothing was changed.', { exact: false }).waitFor();
        assert.equal(await admin.page.getByRole('button', { name: 'Reconnect' }).count(), 0);
      }
      assert.deepEqual(await snapshotOf(host.page), before);
      assert.ok(newest);
    } finally {
      await admin.context.close();
      await host.context.close();
    }
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe: the hosted page and its confirmation pass in ${colorScheme}`, async () => {
      const host = await hostWithLink(shared.browser);
      // axe is injected as a script, which the page's CSP forbids: this context alone bypasses it.
      const admin = await adminContext(shared.browser, { colorScheme, bypassCSP: true });
      try {
        await openLinkAsAdmin(admin.page, host.url);
        await assertAccessible(admin.page, `the hosted page (${colorScheme})`);
        await admin.page.getByRole('button', { name: 'Reconnect', exact: true }).click();
        await admin.page.locator('qbo-reconnect-dialog dialog').getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor();
        await assertAccessible(admin.page, `the confirmation (${colorScheme})`);
        const refused = await admin.page.goto(`${DEMO_URL}/api/quickbooks/handoff/${'B'.repeat(43)}`);
        assert.equal(refused?.status(), 404);
        await assertAccessible(admin.page, `the refusal page (${colorScheme})`);
      } finally {
        await admin.context.close();
        await host.context.close();
      }
    });
  }

  test('keyboard only: Tab to Reconnect, Enter, Yes, sign in, Done takes the focus', async () => {
    const host = await hostWithLink(shared.browser);
    const admin = await adminContext(shared.browser);
    try {
      await openLinkAsAdmin(admin.page, host.url);
      await tabTo(admin.page, /^button#handoff-reconnect/);
      await admin.page.keyboard.press('Enter');
      const dialog = admin.page.locator('qbo-reconnect-dialog dialog');
      await dialog.getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor();
      await tabTo(admin.page, /^button#?[\w-]*:Yes$/);
      const opened = admin.page.waitForEvent('popup');
      await admin.page.keyboard.press('Enter');
      const popup = await opened;
      const identifier = popup.getByLabel('Email, phone number, or user ID');
      await identifier.waitFor();
      await identifier.focus();
      await popup.keyboard.type(ADMIN);
      await popup.keyboard.press('Enter');
      const password = popup.getByLabel('Password', { exact: true });
      await password.waitFor();
      await password.focus();
      await popup.keyboard.type('correct horse battery staple');
      await popup.keyboard.press('Enter');
      await popup.getByRole('heading', { name: 'Connect Fintech to QuickBooks' }).waitFor();
      const radio = popup.getByRole('radio', { name: new RegExp(LINKED_COMPANY) });
      await radio.focus();
      await popup.keyboard.press('Space');
      const closed = popup.waitForEvent('close');
      await popup.keyboard.press('Enter');
      await closed;
      await admin.page.getByText('Done. Fintech will resume syncing.').waitFor();
      assert.match(await focused(admin.page), /^section#handoff-done/);
      assert.equal((await snapshotOf(host.page)).linkState, 'active');
    } finally {
      await admin.context.close();
      await host.context.close();
    }
  });
});
