// The Fintech host page before any reconnect: navigation, the inactive indications, tabs, No, the scenario switcher.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertInactivePage, headerBadge, loggedEvents } from './assertions.js';
import { DEMO_URL, assertNoConsoleErrors, dialog, useBrowser, openDemo, openReconnectDialog, screenshot } from './helpers.js';

describe('host page', () => {
  const shared = useBrowser();

  test('Integrations → My Integrations lists QuickBooks, and See Details (→) opens its detail page', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { route: '' });
    try {
      await page.waitForURL(/#\/integrations$/);
      const nav = page.getByRole('navigation', { name: 'Main' });
      assert.equal(await nav.getByRole('link', { name: 'My Integrations' }).getAttribute('aria-current'), 'page');
      const row = page.locator('tr[data-integration="quickbooks"]');
      await row.getByRole('rowheader', { name: /QuickBooks Online/ }).waitFor();
      await row.locator('qbo-status-badge').getByText('Inactive', { exact: true }).waitFor();
      await screenshot(page, '01-my-integrations');
      await row.getByRole('link', { name: /See Details/ }).click();
      await page.waitForURL(/#\/integrations\/quickbooks$/);
      const title = page.getByRole('heading', { level: 1, name: 'QuickBooks Online' });
      await title.waitFor();
      assert.equal(await title.evaluate((heading) => heading === document.activeElement), true, 'focus moves to the new page');
      assert.equal(await page.title(), 'QuickBooks Online · My Integrations · Fintech');
      assert.equal(await page.locator('[data-view="integrations"]').isVisible(), false);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('the inactive detail page shows every indication of the seed', async () => {
    const { context, page, errors } = await openDemo(shared.browser);
    try {
      await assertInactivePage(page);
      await screenshot(page, '02-inactive-vendors');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('the detail tabs follow the APG tabs pattern with the keyboard', async () => {
    const { context, page, errors } = await openDemo(shared.browser);
    try {
      const tablist = page.getByRole('tablist', { name: 'QuickBooks data' });
      const tab = (name) => tablist.getByRole('tab', { name, exact: true });
      const selected = () => tablist.locator('[aria-selected="true"]').innerText();
      await tab('Locations').focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await selected(), 'Accounts');
      assert.equal(await tab('Accounts').evaluate((element) => element === document.activeElement), true);
      await page.keyboard.press('End');
      assert.equal(await selected(), 'Product Assignments');
      await page.keyboard.press('ArrowRight');
      assert.equal(await selected(), 'Locations', 'arrows wrap');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await selected(), 'Product Assignments');
      await page.keyboard.press('Home');
      assert.equal(await selected(), 'Locations');
      assert.deepEqual(await tablist.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.tabIndex)), [0, -1, -1, -1]);
      assert.equal(await page.locator('#panel-locations').isVisible(), true);
      assert.equal(await page.locator('#panel-accounts').isVisible(), false);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('No closes the dialog and the integration stays inactive; Esc does the same', async () => {
    const { context, page, errors } = await openDemo(shared.browser);
    try {
      await openReconnectDialog(page);
      const modal = dialog(page);
      await modal.locator('#description').getByText(/permanently remove all existing Locations, Accounts, Vendors, and Product Assignments/).waitFor();
      await screenshot(page, '03-are-you-sure');
      const no = modal.getByRole('button', { name: 'No', exact: true });
      assert.equal(await no.evaluate((button) => button.getRootNode().activeElement === button), true, 'focus starts on No');
      await no.click();
      await modal.waitFor({ state: 'hidden' });
      await openReconnectDialog(page);
      await page.keyboard.press('Escape');
      await modal.waitFor({ state: 'hidden' });
      await assertInactivePage(page);
      const events = await loggedEvents(page);
      assert.deepEqual(events.slice(0, 2), ['qbo-reconnect-cancel', 'qbo-reconnect-cancel']);
      assert.ok(!events.includes('qbo-reconnect-start'), 'sign-in never started');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('the scenario switcher plays another scenario from the start, and the log shows the events', async () => {
    const { context, page, errors } = await openDemo(shared.browser);
    try {
      await headerBadge(page).getByText('Inactive', { exact: true }).waitFor();
      await page.getByLabel('Scenario').selectOption('disabled');
      await page.getByText('Never connected: no linked company yet.').waitFor();
      await page.getByRole('button', { name: 'Play from the start' }).click();
      await headerBadge(page).getByText('Disabled', { exact: true }).waitFor();
      await page.waitForURL(/[?&]scenario=disabled/);
      await page.locator('#events-list li.log-note').first().getByText('Scenario: Never connected (disabled)').waitFor();
      const latest = page.locator('#events-list li.log-event').first();
      assert.equal(await latest.getAttribute('data-type'), 'qbo-status-change');
      assert.match(await latest.locator('pre').innerText(), /"linkState": "disabled"/);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('the demo is served under a strict CSP and loads nothing from another origin', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { route: '/integrations' });
    const foreign = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(DEMO_URL) && !url.startsWith('about:') && !url.startsWith('data:')) foreign.push(url);
    });
    try {
      const response = await page.reload();
      const csp = response.headers()['content-security-policy'] ?? '';
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /style-src 'self'/);
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.match(csp, /trusted-types lit-html/);
      await page.locator('tr[data-integration="quickbooks"] qbo-status-badge').getByText('Inactive', { exact: true }).waitFor();
      assert.deepEqual(foreign, []);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
