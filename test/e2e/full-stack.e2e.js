// The full-stack demo end to end: the database row and the mock Intuit after each outcome (different company declined
// and confirmed, access denied, server error), Disconnect revoking at Intuit, and Intuit's Reconnect URL landing route.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertInactivePage, assertReconnectedPage, headerBadge } from './assertions.js';
import {
  DEMO_URL,
  LINKED_COMPANY,
  OTHER_COMPANY,
  assertNoConsoleErrors,
  chooseCompany,
  confirmAndGetPopup,
  connectionRow,
  dialog,
  enterCredentials,
  openDemo,
  openReconnectDialog,
  openTab,
  screenshot,
  useBrowser,
} from './helpers.js';

/** Waits until `locator` holds the keyboard focus (autofocus lands at a rendering update, not at load). */
async function focusOn(locator, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await locator.evaluate((element) => element === document.activeElement))) {
    if (Date.now() > deadline) throw new Error('the field never received focus');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const LINKED_REALM = '9341452198765430';
const OTHER_REALM = '9341452233108812';

/** Connect Account → Yes → sign in on the mock Intuit's page; resolves when the popup has answered. */
async function signIn(page, { company } = {}) {
  await openReconnectDialog(page);
  const popup = await confirmAndGetPopup(page);
  await enterCredentials(popup);
  const closed = popup.waitForEvent('close');
  await chooseCompany(popup, company);
  await closed;
}

describe('full-stack demo', () => {
  const shared = useBrowser();

  test("different company: No leaves the row untouched; Yes links the new company and purges the old one's data", async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'different-company' });
    try {
      await assertInactivePage(page);
      const before = await connectionRow(page);
      await signIn(page);
      const modal = dialog(page);
      await modal.getByRole('heading', { name: 'Link a different QuickBooks company?' }).waitFor();
      await modal.getByRole('button', { name: `No, keep ${LINKED_COMPANY}` }).click();
      await modal.getByRole('heading', { name: `Nothing changed; still linked to ${LINKED_COMPANY}.` }).waitFor();
      await modal.getByRole('button', { name: 'Close' }).click();
      await modal.waitFor({ state: 'hidden' });
      const declined = await connectionRow(page);
      assert.equal(declined.row.realmId, LINKED_REALM);
      assert.equal(declined.row.linkState, 'inactive');
      assert.equal(declined.row.version, before.row.version, 'declining wrote nothing');
      const vendors = page.locator('#panel-vendors tbody tr qbo-vendor-id');
      // The table reloads after the status settles: wait for its rows before counting them.
      await vendors.nth(11).waitFor({ state: 'attached' });
      assert.equal(await vendors.count(), 12, 'no vendor was removed');

      await signIn(page);
      await modal.getByRole('heading', { name: 'Link a different QuickBooks company?' }).waitFor();
      await modal.getByRole('button', { name: `Yes, link ${OTHER_COMPANY}` }).click();
      await assertReconnectedPage(page, { company: OTHER_COMPANY, vendorIds: false });
      await openTab(page, 'Locations');
      await page.locator('#panel-locations').getByText(`were removed when ${OTHER_COMPANY} was linked`, { exact: false }).waitFor();
      await screenshot(page, 'full-stack-different-company-linked');
      const linked = await connectionRow(page);
      assert.equal(linked.row.realmId, OTHER_REALM);
      assert.equal(linked.row.companyName, OTHER_COMPANY);
      assert.equal(linked.row.linkState, 'active');
      assert.equal(linked.row.tokensStored, true);
      assertNoConsoleErrors(errors, { expectedStatuses: [409] });
    } finally {
      await context.close();
    }
  });

  test('access denied: Intuit says why, the page says nothing changed, and the row is untouched', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'access-denied' });
    try {
      await headerBadge(page).getByText('Inactive', { exact: true }).waitFor();
      const before = await connectionRow(page);
      await openReconnectDialog(page);
      const popup = await confirmAndGetPopup(page);
      await enterCredentials(popup, 'dana.ortiz');
      await popup.getByRole('heading', { name: "You don't have access" }).waitFor();
      const closed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: 'Return to Fintech' }).click();
      await closed;
      await dialog(page).getByRole('heading', { name: 'Access was not granted' }).waitFor();
      const error = page.locator('#events-list li[data-type="qbo-reconnect-error"]').first();
      assert.match(await error.locator('pre').innerText(), /"reason": "access_denied"/);
      const after = await connectionRow(page);
      assert.equal(after.row.version, before.row.version);
      assert.equal(after.row.linkState, 'inactive');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test("server error: Intuit's token endpoint fails, the server answers 502 without retrying the code, and nothing changes", async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'server-error' });
    try {
      await headerBadge(page).getByText('Inactive', { exact: true }).waitFor();
      const before = await connectionRow(page);
      const completed = page.waitForResponse((response) => response.url().endsWith('/api/quickbooks/connection/complete'));
      await signIn(page);
      const response = await completed;
      assert.equal(response.status(), 502);
      assert.equal((await response.json()).error, 'intuit_unavailable');
      await dialog(page).getByRole('heading', { name: 'The server could not reconnect' }).waitFor();
      const after = await connectionRow(page);
      assert.equal(after.row.version, before.row.version);
      assert.equal(after.row.linkState, 'inactive');
      assert.equal(after.intuit.token.authorization_code - before.intuit.token.authorization_code >= 1, true);
      assertNoConsoleErrors(errors, { expectedStatuses: [502] });
    } finally {
      await context.close();
    }
  });

  test('Disconnect ends the link at Intuit: the row turns disabled and the mock Intuit saw a revocation', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'active' });
    try {
      await headerBadge(page).getByText('Active', { exact: true }).waitFor();
      await page.locator('#panel-vendors qbo-vendor-id[state="id"]').first().waitFor({ state: 'attached' });
      const before = await connectionRow(page);
      assert.equal(before.row.tokensStored, true);
      await page.getByRole('button', { name: 'Disconnect', exact: true }).first().click();
      const confirm = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: /Disconnect/ }) });
      await confirm.getByRole('button', { name: /Disconnect/ }).last().click();
      await headerBadge(page).getByText('Disabled', { exact: true }).waitFor();
      const after = await connectionRow(page);
      assert.equal(after.row.linkState, 'disabled');
      assert.equal(after.row.tokensStored, false);
      assert.ok(after.intuit.revoke > before.intuit.revoke, 'the grant was revoked at Intuit');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('disconnect-error: the API layer fails DELETE /connection, the dialog says so, and the row stays active', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'disconnect-error' });
    try {
      await headerBadge(page).getByText('Active', { exact: true }).waitFor();
      const before = await connectionRow(page);
      const disconnect = page.locator('qbo-disconnect');
      await disconnect.getByRole('button', { name: 'Disconnect' }).click();
      const confirm = disconnect.getByRole('dialog', { name: 'Disconnect QuickBooks?' });
      await confirm.getByRole('button', { name: 'Disconnect' }).click();
      await disconnect.getByText('Could not disconnect').first().waitFor();
      const after = await connectionRow(page);
      assert.equal(after.row.linkState, 'active');
      assert.equal(after.row.tokensStored, true);
      assert.equal(after.row.version, before.row.version);
      assertNoConsoleErrors(errors, { expectedStatuses: [503] });
    } finally {
      await context.close();
    }
  });

  test('expiring: reconnecting the same company from the warning renews the credentials in the row', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'expiring' });
    try {
      const warning = page.locator('qbo-expiry-warning');
      await warning.getByText(/^Reconnect by .+ to keep QuickBooks syncing$/).waitFor();
      const before = await connectionRow(page);
      assert.ok(new Date(before.row.credentialsExpireAt).getTime() - Date.now() < 14 * 86_400_000);
      await warning.getByRole('button', { name: 'Connect Account' }).click();
      await dialog(page).getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor();
      const popupOpened = page.waitForEvent('popup');
      await dialog(page).getByRole('button', { name: 'Yes', exact: true }).click();
      const popup = await popupOpened;
      await enterCredentials(popup);
      const closed = popup.waitForEvent('close');
      await chooseCompany(popup, LINKED_COMPANY);
      await closed;
      await page.locator('qbo-success-banner').getByText('Your account has been successfully reconnected.').waitFor({ timeout: 15_000 });
      await warning.getByText(/^Reconnect by/).waitFor({ state: 'hidden' });
      const after = await connectionRow(page);
      assert.equal(after.row.realmId, LINKED_REALM);
      assert.ok(new Date(after.row.credentialsExpireAt).getTime() - Date.now() > 90 * 86_400_000, 'about 100 days again');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test("the mock Intuit's own sign-in page: keyboard alone, field errors, no script, and a code the server accepts", async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'inactive' });
    try {
      await headerBadge(page).getByText('Inactive', { exact: true }).waitFor();
      const { authorizationUrl } = await page.evaluate(async (redirectUri) => {
        const response = await fetch('/api/quickbooks/connection/authorize', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ redirectUri }),
        });
        return response.json();
      }, `${DEMO_URL}/callback.html`);
      const signIn = await context.newPage();
      const response = await signIn.goto(authorizationUrl);
      assert.match(response.headers()['content-security-policy'], /default-src 'none'/);
      assert.equal(await signIn.locator('script').count(), 0);
      // Focus starts in the first field (autofocus); Enter submits each step. Chromium applies autofocus at a
      // rendering update after the page is shown, so each step waits for it as a person waits to see the caret.
      await focusOn(signIn.getByLabel('Email, phone number, or user ID'));
      await signIn.keyboard.press('Enter');
      await signIn.getByText('Enter your email, phone number, or user ID.').waitFor();
      assert.equal(await signIn.getByLabel('Email, phone number, or user ID').getAttribute('aria-invalid'), 'true');
      // The error answer is a new page: its autofocus lands on the invalid field only at a later rendering update.
      await focusOn(signIn.getByLabel('Email, phone number, or user ID'));
      await signIn.keyboard.type('dana@harborstreet.example');
      await signIn.keyboard.press('Enter');
      await signIn.getByRole('heading', { name: 'Enter your password' }).waitFor();
      await focusOn(signIn.getByLabel('Password', { exact: true }));
      await signIn.keyboard.type('pass');
      await signIn.keyboard.press('Enter');
      await signIn.getByRole('heading', { name: 'Connect Fintech to QuickBooks' }).waitFor();
      await signIn.keyboard.press('Tab'); // the checked radio of the group
      await signIn.keyboard.press('ArrowDown');
      assert.equal(await signIn.getByRole('radio', { name: new RegExp(OTHER_COMPANY) }).isChecked(), true);
      await signIn.keyboard.press('Enter');
      await signIn.waitForURL((url) => url.pathname === '/callback.html');
      const answer = new URL(signIn.url()).searchParams;
      assert.equal(answer.get('realmId'), OTHER_REALM);
      assert.ok(answer.get('code'));
      const completed = await page.evaluate(
        async (body) => {
          const reply = await fetch('/api/quickbooks/connection/complete', {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify(body),
          });
          return { status: reply.status, body: await reply.json() };
        },
        { code: answer.get('code'), state: answer.get('state'), realmId: answer.get('realmId') },
      );
      assert.equal(completed.status, 409, 'another company needs the second confirmation');
      assert.equal(completed.body.error, 'company_mismatch');
      assertNoConsoleErrors(errors, { expectedStatuses: [409] });
    } finally {
      await context.close();
    }
  });

  test("Intuit's Reconnect URL (/api/quickbooks/intuit/reconnect) lands on the integration page with the question open", async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'inactive' });
    try {
      await headerBadge(page).getByText('Inactive', { exact: true }).waitFor();
      await page.goto(`${DEMO_URL}/api/quickbooks/intuit/reconnect`);
      const modal = dialog(page);
      await modal.getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor();
      assert.equal(new URL(page.url()).searchParams.has('qbo-reconnect'), false, 'the landing parameter is cleaned');
      assert.equal(new URL(page.url()).hash, '#/integrations/quickbooks');
      await modal.getByRole('button', { name: 'No', exact: true }).click();
      await modal.waitFor({ state: 'hidden' });
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
