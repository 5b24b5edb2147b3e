// The guides published with the demo beside the API page: rendered under the demo's strict CSP, linked to the API
// page, and their links between guides land on a heading of the page they name. (The full-stack preview answers
// /api/ with the demo's own API, so the API page's link back is checked by scripts/check-docs.js.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_URL, assertNoConsoleErrors, useBrowser } from './helpers.js';

describe('guides beside the API page', () => {
  const shared = useBrowser();

  test('the guides index links to the API page, and a guide link lands on its heading', async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${DEMO_URL}/docs/`);
      await page.getByRole('heading', { level: 1, name: 'Guides' }).waitFor();
      assert.equal(await page.getByRole('banner').getByRole('link', { name: 'API reference' }).getAttribute('href'), '../api/index.html');

      await page.getByRole('main').getByRole('link', { name: 'Backend', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: /^REST contract/ }).waitFor();
      // The contract's tables arrive as tables, and the stylesheet (no inline style) applied.
      assert.ok(await page.getByRole('table').count() >= 5);
      assert.equal(await page.locator('pre').first().evaluate((pre) => getComputedStyle(pre).overflowX), 'auto');

      await page.getByRole('link', { name: 'Size and speed' }).first().click();
      assert.match(page.url(), /\/docs\/performance\.html#the-server-half$/);
      await page.locator('#the-server-half').waitFor();
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
