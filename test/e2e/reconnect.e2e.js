// The seed's happy path through the full-stack demo: Connect Account, Yes, the mock Intuit's sign-in in a popup on its
// own origin, the real code exchange, every sign that the connection is back, and the database row afterwards.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertInactivePage, assertReconnectedPage, loggedEvents } from './assertions.js';
import {
  LINKED_COMPANY,
  assertNoConsoleErrors,
  chooseCompany,
  confirmAndGetPopup,
  connectionRow,
  dialog,
  enterCredentials,
  useBrowser,
  openDemo,
  openReconnectDialog,
  openTab,
  screenshot,
} from './helpers.js';

describe('reconnect', () => {
  const shared = useBrowser();

  test('reconnects through the popup and the mock Intuit sign-in, then shows the whole success list', async () => {
    const { context, page, errors } = await openDemo(shared.browser);
    try {
      await assertInactivePage(page);
      await openReconnectDialog(page);
      const popup = await confirmAndGetPopup(page);
      await popup.getByText(/Mock Intuit sign-in/).waitFor();
      const signInUrl = new URL(popup.url());
      assert.notEqual(signInUrl.origin, new URL(page.url()).origin, 'Intuit signs in on its own origin');
      const query = signInUrl.searchParams;
      assert.equal(query.get('redirect_uri'), new URL('/callback.html', page.url()).href);
      assert.ok(query.get('state'));
      assert.equal(query.get('scope'), 'com.intuit.quickbooks.accounting');
      assert.equal(query.get('response_type'), 'code');
      assert.ok(query.get('client_id'));
      // While the popup is open the page says sign-in is under way.
      await dialog(page).getByRole('heading', { name: 'Sign in to Intuit' }).waitFor();
      await enterCredentials(popup);
      assert.equal(await popup.getByRole('radio', { name: new RegExp(LINKED_COMPANY) }).isChecked(), true, 'the linked company is preselected');
      await popup.screenshot({ path: 'test-artifacts/04-mock-intuit-company.png' });
      const closed = popup.waitForEvent('close');
      await chooseCompany(popup, LINKED_COMPANY);
      await closed;
      await dialog(page).waitFor({ state: 'hidden' });
      await assertReconnectedPage(page, { company: LINKED_COMPANY });
      await screenshot(page, '05-reconnected');
      const events = await loggedEvents(page);
      assert.deepEqual(events.slice(0, 3), ['qbo-reconnect-success', 'qbo-status-change', 'qbo-reconnect-start']);
      const { row, intuit } = await connectionRow(page);
      assert.equal(row.linkState, 'active');
      assert.equal(row.realmId, '9341452198765430');
      assert.equal(row.companyName, LINKED_COMPANY);
      assert.equal(row.everReconnected, true);
      assert.equal(row.connectedBy, 'Dana Ortiz');
      assert.equal(row.tokensStored, true);
      assert.equal(row.tokensReadable, false, 'the stored tokens are encrypted');
      assert.ok(row.credentialsExpireAt, 'the refresh token expiry is kept');
      assert.ok(intuit.token.authorization_code >= 1, 'the code was exchanged at the mock Intuit');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('Dismiss × closes the banner, and the restored connection survives a reload', async () => {
    const { context, page, errors } = await openDemo(shared.browser);
    try {
      await openReconnectDialog(page);
      const popup = await confirmAndGetPopup(page);
      await enterCredentials(popup);
      await chooseCompany(popup);
      const banner = page.locator('qbo-success-banner');
      await banner.getByRole('button', { name: /Dismiss/ }).click();
      await banner.getByText('Your account has been successfully reconnected.').waitFor({ state: 'hidden' });
      assert.equal((await loggedEvents(page))[0], 'qbo-banner-dismiss');
      await page.reload();
      await openTab(page, 'Vendors');
      await page.locator('[data-view="quickbooks"] .detail-header qbo-status-badge').getByText('Active', { exact: true }).waitFor();
      await page.locator('#panel-vendors qbo-vendor-id[state="id"]').first().waitFor();
      assert.equal(await page.getByRole('button', { name: 'Connect Account' }).count(), 0);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
