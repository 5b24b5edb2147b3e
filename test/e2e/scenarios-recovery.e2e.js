// Scenarios that still end connected: popup blocked (redirect round trip), slow network, and a different company.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertInactivePage, assertReconnectedPage, headerBadge, loggedEvents } from './assertions.js';
import {
  LINKED_COMPANY,
  OTHER_COMPANY,
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
  visiblePanel,
  SIGN_IN_URL,
} from './helpers.js';

describe('recovering scenarios', () => {
  const shared = useBrowser();

  test('popup blocked: "Continue in this tab" signs in by redirect and comes back connected', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'popup-blocked' });
    try {
      await openReconnectDialog(page);
      await dialog(page).getByRole('button', { name: 'Yes', exact: true }).click();
      const modal = dialog(page);
      await modal.getByRole('heading', { name: 'The sign-in window was blocked' }).waitFor();
      await screenshot(page, '10-popup-blocked');
      await modal.getByRole('button', { name: 'Continue in this tab' }).click();
      await page.waitForURL(SIGN_IN_URL);
      await enterCredentials(page);
      await chooseCompany(page);
      await page.waitForURL((url) => url.pathname === '/' && url.hash === '#/integrations/quickbooks');
      await assertReconnectedPage(page, { company: LINKED_COMPANY });
      const url = new URL(page.url());
      assert.equal(url.searchParams.has('code'), false, 'the address bar is cleaned');
      assert.equal(url.searchParams.get('scenario'), 'popup-blocked');
      const start = page.locator('#events-list li[data-type="qbo-reconnect-start"]').first();
      assert.match(await start.locator('pre').innerText(), /"mode": "redirect"/);
      await screenshot(page, '11-redirect-reconnected');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('slow network: "Reconnecting…" shows while the backend works, then success', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'slow' });
    try {
      const status = visiblePanel(page).locator('qbo-connection-status');
      await status.getByText('Checking…').waitFor();
      await status.getByText('API Connection Status is Inactive').waitFor({ timeout: 10_000 });
      await openReconnectDialog(page);
      const popup = await confirmAndGetPopup(page);
      await enterCredentials(popup);
      await chooseCompany(popup);
      await status.getByText('Reconnecting…').waitFor();
      assert.equal(await status.getAttribute('busy'), '');
      await dialog(page).getByRole('heading', { name: 'Finishing the connection…' }).waitFor();
      await screenshot(page, '12-slow-reconnecting');
      await assertReconnectedPage(page, { company: LINKED_COMPANY });
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('different company: a second confirmation names both; No keeps the old link, Yes links the new one', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'different-company' });
    const signInToOther = async () => {
      await openReconnectDialog(page);
      const popup = await confirmAndGetPopup(page);
      await enterCredentials(popup);
      assert.equal(await popup.getByRole('radio', { name: new RegExp(OTHER_COMPANY) }).isChecked(), true, 'the scenario preselects the other company');
      await chooseCompany(popup);
      await dialog(page).getByRole('heading', { name: 'Link a different QuickBooks company?' }).waitFor();
    };
    try {
      await signInToOther();
      const modal = dialog(page);
      await modal.locator('#description').getByText(`You signed in to ${OTHER_COMPANY}, but this integration is linked to ${LINKED_COMPANY}.`, { exact: false }).waitFor();
      await screenshot(page, '13-different-company');
      await modal.getByRole('button', { name: `No, keep ${LINKED_COMPANY}` }).click();
      await modal.getByRole('heading', { name: `Nothing changed; still linked to ${LINKED_COMPANY}.` }).waitFor();
      await modal.getByRole('button', { name: 'Close' }).click();
      await modal.waitFor({ state: 'hidden' });
      await assertInactivePage(page);
      await page.locator('[data-view="quickbooks"] .meta').getByText(LINKED_COMPANY).waitFor();
      assert.equal(await page.locator('#panel-vendors tbody tr qbo-vendor-id').count(), 12, 'no vendor was removed');
      await openTab(page, 'Locations');
      assert.equal(await page.locator('#panel-locations tbody tr').count(), 4, 'no location was removed');

      await signInToOther();
      await modal.getByRole('button', { name: `Yes, link ${OTHER_COMPANY}` }).click();
      await assertReconnectedPage(page, { company: OTHER_COMPANY, vendorIds: false });
      await page.locator('#panel-vendors').getByText('No vendors yet.', { exact: false }).waitFor();
      await openTab(page, 'Locations');
      await page.locator('#panel-locations').getByText(`were removed when ${OTHER_COMPANY} was linked`, { exact: false }).waitFor();
      const success = page.locator('#events-list li[data-type="qbo-reconnect-success"]').first();
      assert.match(await success.locator('pre').innerText(), /"companySwitched": true/);
      assert.ok((await loggedEvents(page)).includes('qbo-reconnect-cancel'));
      await headerBadge(page).getByText('Active', { exact: true }).waitFor();
      await screenshot(page, '14-different-company-linked');
      assertNoConsoleErrors(errors, { expectedStatuses: [409] });
    } finally {
      await context.close();
    }
  });
});
