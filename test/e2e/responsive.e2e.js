// At 320 CSS px wide (WCAG 1.4.10 reflow) the demo's pages fit the viewport: nothing scrolls sideways.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertNoConsoleErrors, openDemo, screenshot, useBrowser } from './helpers.js';

const NARROW = { viewport: { width: 320, height: 800 } };

/** How far the page can scroll sideways, in CSS px (0 when everything fits). */
const sidewaysOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('narrow screens', () => {
  const shared = useBrowser();

  test('My Integrations fits 320 px: the table reflows, every row still shows its status and link', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { route: '/integrations', contextOptions: NARROW });
    try {
      await page.locator('tr[data-integration="quickbooks"] qbo-status-badge').getByText('Inactive', { exact: true }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 320), true, 'the page scrolls sideways');
      assert.equal(await sidewaysOverflow(page), 0);
      const link = page.getByRole('link', { name: /See Details of QuickBooks Online/ });
      const box = await link.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 320, 'See Details is inside the viewport');
      await screenshot(page, 'my-integrations-320');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('the QuickBooks detail page fits 320 px', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { contextOptions: NARROW });
    try {
      await page.getByText('API Connection Status is Inactive').first().waitFor();
      assert.equal(await sidewaysOverflow(page), 0);
      await screenshot(page, 'quickbooks-detail-320');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
