// Scenarios that end in a named failure or state: access denied, server error, malformed reply, load error, never connected.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertInactivePage, headerBadge, loggedEvents, partColor } from './assertions.js';
import {
  assertNoConsoleErrors,
  chooseCompany,
  confirmAndGetPopup,
  dialog,
  enterCredentials,
  useBrowser,
  openDemo,
  openReconnectDialog,
  screenshot,
  visiblePanel,
  SIGN_IN_URL,
} from './helpers.js';

describe('failure scenarios', () => {
  const shared = useBrowser();

  test('access denied at sign-in: the dialog names the access-denied failure and nothing changes', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'access-denied' });
    try {
      await openReconnectDialog(page);
      const popup = await confirmAndGetPopup(page);
      await enterCredentials(popup);
      await popup.getByRole('heading', { name: "You don't have access" }).waitFor();
      const closed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: 'Return to Fintech' }).click();
      await closed;
      const modal = dialog(page);
      await modal.getByRole('heading', { name: 'Access was not granted' }).waitFor();
      const description = modal.locator('#description');
      await description.getByText('QuickBooks access was declined at Intuit sign-in.', { exact: true }).waitFor();
      await description.getByText('administrator-level access to the QuickBooks company file', { exact: false }).waitFor();
      await description.getByText('Nothing changed; the integration is still inactive.', { exact: true }).waitFor();
      await modal.getByRole('button', { name: 'Try again' }).waitFor();
      await screenshot(page, '06-access-denied');
      const error = page.locator('#events-list li[data-type="qbo-reconnect-error"]').first();
      assert.match(await error.locator('pre').innerText(), /"reason": "access_denied"/);
      await modal.getByRole('button', { name: 'Close' }).click();
      await modal.waitFor({ state: 'hidden' });
      await assertInactivePage(page);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('server error on complete: a named error with Try again, which opens sign-in again', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'server-error' });
    try {
      await openReconnectDialog(page);
      const popup = await confirmAndGetPopup(page);
      await enterCredentials(popup);
      await chooseCompany(popup);
      const modal = dialog(page);
      await modal.getByRole('heading', { name: 'The server could not reconnect' }).waitFor();
      await modal.locator('#description').getByText('Something went wrong on the server. Please try again.').waitFor();
      await screenshot(page, '07-server-error');
      const again = page.waitForEvent('popup');
      await modal.getByRole('button', { name: 'Try again' }).click();
      const second = await again;
      await second.waitForURL(SIGN_IN_URL);
      await modal.getByRole('heading', { name: 'Sign in to Intuit' }).waitFor();
      await modal.getByRole('button', { name: 'Cancel' }).click();
      await modal.waitFor({ state: 'hidden' });
      await headerBadge(page).getByText('Inactive', { exact: true }).waitFor();
      assert.ok((await loggedEvents(page)).includes('qbo-reconnect-error'));
      // The full-stack server answers 502 when Intuit fails the exchange; the msw mock answers 500.
      assertNoConsoleErrors(errors, { expectedStatuses: [500, 502] });
    } finally {
      await context.close();
    }
  });

  test('malformed reply: the status line names the load error and offers Retry', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'malformed' });
    try {
      const status = visiblePanel(page).locator('qbo-connection-status');
      await status.getByText('Could not check the connection.').waitFor();
      await status.getByText('The server sent an answer that could not be read.').waitFor();
      await headerBadge(page).getByText('Unknown', { exact: true }).waitFor();
      await status.getByRole('button', { name: 'Retry' }).waitFor();
      assert.equal(await status.getAttribute('state'), 'error');
      const loadError = page.locator('#events-list li[data-type="qbo-load-error"]').first();
      assert.match(await loadError.locator('pre').innerText(), /"reason": "invalid_response"/);
      // The vendors still list, with placeholders: nothing says the feed is live.
      await page.getByRole('tab', { name: 'Vendors', exact: true }).click();
      await visiblePanel(page).locator('qbo-vendor-id').filter({ hasText: 'Integration Account Name' }).first().waitFor();
      await screenshot(page, '08-malformed');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('status cannot be loaded (503): the named load error with Retry', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'load-error' });
    try {
      const status = visiblePanel(page).locator('qbo-connection-status');
      await status.getByText('Could not check the connection.').waitFor();
      await status.getByText('The server answered with an error.').waitFor();
      await status.getByRole('button', { name: 'Retry' }).click();
      await page.locator('#events-list li[data-type="qbo-load-error"]').nth(1).waitFor();
      assertNoConsoleErrors(errors, { expectedStatuses: [503] });
    } finally {
      await context.close();
    }
  });

  test('never connected: the badge reads Disabled (gray) and Connect Account is offered', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'disabled' });
    try {
      const badge = headerBadge(page);
      await badge.getByText('Disabled', { exact: true }).waitFor();
      const [r, g, b] = await partColor(badge, 'label');
      assert.ok(Math.max(r, g, b) - Math.min(r, g, b) < 40, 'gray');
      const status = visiblePanel(page).locator('qbo-connection-status');
      await status.getByText('API Connection Status is Disabled').waitFor();
      await status.getByText('QuickBooks has not been connected yet.').waitFor();
      await visiblePanel(page).getByRole('button', { name: 'Connect Account' }).waitFor();
      await page.locator('[data-view="quickbooks"] .meta').getByText('None linked').waitFor();
      await screenshot(page, '09-never-connected');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
