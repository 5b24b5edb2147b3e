// The full-stack demo's webhooks: each connection event the server half emits reaches the demo host's own receiver,
// is verified there with standardwebhooks, and shows in the events log with "signature verified".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertReconnectedPage, headerBadge } from './assertions.js';
import { assertNoConsoleErrors, chooseCompany, confirmAndGetPopup, enterCredentials, openDemo, openReconnectDialog, useBrowser } from './helpers.js';

describe('full-stack demo: connection events as webhooks', () => {
  const shared = useBrowser();

  test('a reconnect and a disconnect each arrive as a verified webhook in the events log', async () => {
    const { context, page, errors } = await openDemo(shared.browser);
    try {
      await openReconnectDialog(page);
      const popup = await confirmAndGetPopup(page);
      await enterCredentials(popup);
      const closed = popup.waitForEvent('close');
      await chooseCompany(popup);
      await closed;
      await assertReconnectedPage(page, { vendorIds: false });
      const reconnected = page.locator('#events-list li.log-webhook[data-type="connection.reconnected"]');
      await reconnected.waitFor({ timeout: 15_000 });
      assert.match(await reconnected.innerText(), /signature verified/);
      const data = JSON.parse(await reconnected.locator('pre').innerText());
      assert.equal(data.type, 'reconnected');
      assert.deepEqual(data.actor, { name: 'Dana Ortiz', email: null });
      assert.doesNotMatch(await reconnected.innerText(), /token/i);

      await page.getByRole('button', { name: 'Disconnect', exact: true }).first().click();
      const confirm = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: /Disconnect/ }) });
      await confirm.getByRole('button', { name: /Disconnect/ }).last().click();
      await headerBadge(page).getByText('Disabled', { exact: true }).waitFor();
      const disconnected = page.locator('#events-list li.log-webhook[data-type="connection.disconnected"]');
      await disconnected.waitFor({ timeout: 15_000 });
      assert.match(await disconnected.innerText(), /signature verified/);
      assert.equal(JSON.parse(await disconnected.locator('pre').innerText()).reason, 'manually_disabled');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
