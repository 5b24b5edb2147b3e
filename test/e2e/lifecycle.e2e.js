// The lifecycle on the demo page (msw mode): expiry warning, Disconnect, who and when, Before You Begin, Reconnect URL.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertNoConsoleErrors, dialog, LINKED_COMPANY, openDemo, screenshot, useBrowser } from './helpers.js';

describe('connection lifecycle (msw)', () => {
  const shared = useBrowser();

  test('expiring: the warning names the date and its Connect Account opens the reconnect question', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'expiring', backend: 'msw' });
    try {
      const warning = page.locator('qbo-expiry-warning');
      await warning.getByText(/^Reconnect by .+ to keep QuickBooks syncing$/).waitFor();
      await page.locator('qbo-connection-history').getByText(/^Reconnected by Dana Ortiz · /).waitFor();
      await screenshot(page, '20-expiring');
      await warning.getByRole('button', { name: 'Connect Account' }).click();
      const modal = dialog(page);
      await modal.getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor();
      await modal.getByText(`You are reconnecting ${LINKED_COMPANY}.`).waitFor();
      await modal.getByRole('button', { name: 'No', exact: true }).click();
      await modal.waitFor({ state: 'hidden' });
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('active: Disconnect asks, then the link is disabled and the data stays', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'active', backend: 'msw' });
    try {
      const disconnect = page.locator('qbo-disconnect');
      await disconnect.getByRole('button', { name: 'Disconnect' }).click();
      const confirm = disconnect.getByRole('dialog', { name: 'Disconnect QuickBooks?' });
      await confirm.getByText('Your Locations, Accounts, Vendors, and Product Assignments stay as they are', { exact: false }).waitFor();
      await screenshot(page, '21-disconnect-confirm');
      await confirm.getByRole('button', { name: 'Disconnect' }).click();
      await disconnect.getByText('QuickBooks is disconnected. Syncing has stopped; your data is kept.').waitFor();
      await page.locator('[data-view="quickbooks"] qbo-status-badge').getByText('Disabled', { exact: true }).waitFor();
      await page.locator('qbo-connection-history').getByText(/^Last synced /).waitFor();
      assert.equal(await page.locator('#panel-locations tbody tr').count(), 4, 'no location was removed');
      assert.ok(await page.locator('#events-list li[data-type="qbo-disconnect"]').count());
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('the Reconnect URL opens the question on load and leaves the address clean; Before You Begin is on the page', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'inactive', backend: 'msw' });
    try {
      await page.locator('.help-card qbo-before-you-begin').getByText('Administrator-level access to the QuickBooks company file you are reconnecting to.').waitFor();
      await page.locator('#reconnect-url').click();
      const modal = dialog(page);
      await modal.getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor();
      assert.equal(new URL(page.url()).searchParams.has('qbo-reconnect'), false);
      await modal.getByRole('button', { name: 'No', exact: true }).click();
      await modal.waitFor({ state: 'hidden' });
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
