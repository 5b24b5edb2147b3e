// The seed's happy path: Connect Account, Yes, Intuit sign-in in a popup, and every sign that the connection is back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertInactivePage, assertReconnectedPage, loggedEvents } from './assertions.js';
import {
  LINKED_COMPANY,
  assertNoConsoleErrors,
  chooseCompany,
  confirmAndGetPopup,
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
      await popup.getByText('Mock Intuit sign-in — demo only.').waitFor();
      const query = new URL(popup.url()).searchParams;
      assert.equal(query.get('redirect_uri'), new URL('/callback.html', page.url()).href);
      assert.ok(query.get('state'));
      assert.equal(query.get('scope'), 'com.intuit.quickbooks.accounting');
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
      await page.locator('#panel-vendors qbo-vendor-id [part="id"]').first().waitFor();
      assert.equal(await page.getByRole('button', { name: 'Connect Account' }).count(), 0);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
