// axe-core (WCAG 2 A/AA) on every screen of the story: list, inactive page, dialog, reconnected page, mock sign-in.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { assertReconnectedPage } from './assertions.js';
import { assertNoConsoleErrors, chooseCompany, confirmAndGetPopup, enterCredentials, useBrowser, openDemo, openReconnectDialog } from './helpers.js';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe on the page (shadow roots included) and fails with each violation's rule and targets. */
async function assertAccessible(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  });
  assert.deepEqual(violations, [], `${label} has accessibility violations`);
}

describe('accessibility', () => {
  const shared = useBrowser();

  test('the host page, the dialog and the mock sign-in pass axe in every step of a reconnect', async () => {
    // axe is injected as a script, which the demo's CSP forbids: this context alone bypasses it.
    const { context, page, errors } = await openDemo(shared.browser, { route: '/integrations', contextOptions: { bypassCSP: true } });
    try {
      await page.locator('tr[data-integration="quickbooks"] qbo-status-badge').getByText('Inactive', { exact: true }).waitFor();
      await assertAccessible(page, 'My Integrations');
      await page.getByRole('link', { name: /See Details of QuickBooks Online/ }).click();
      await page.getByRole('tab', { name: 'Vendors', exact: true }).click();
      await page.locator('#panel-vendors qbo-vendor-id').first().waitFor();
      await assertAccessible(page, 'the inactive detail page');
      await openReconnectDialog(page);
      await assertAccessible(page, 'the reconnect dialog');
      const popup = await confirmAndGetPopup(page);
      await popup.getByRole('button', { name: 'Continue' }).click();
      await popup.getByText('Enter your email, phone number, or user ID.').waitFor();
      await assertAccessible(popup, 'the sign-in with a field error');
      await enterCredentials(popup);
      await popup.getByRole('heading', { name: 'Connect Fintech to QuickBooks' }).waitFor();
      await assertAccessible(popup, 'the company choice');
      await chooseCompany(popup);
      await assertReconnectedPage(page);
      await assertAccessible(page, 'the reconnected page');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
