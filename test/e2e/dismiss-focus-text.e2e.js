// Dismiss × from every tab of the demo leaves focus on a status line the person can see (never <body>), and the
// Vendors tab's placeholders and IDs are found by Playwright's getByText, as hosts query them in their own tests.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertNoConsoleErrors, openDemo, openTab, reconnectThroughPopup, useBrowser } from './helpers.js';

const TABS = ['Locations', 'Accounts', 'Vendors', 'Product Assignments'];
const PLACEHOLDER = 'Integration Account Name';

/** Where focus is, looking into open shadow roots: the element's text, whether it is on screen, and its tab panel. */
function focusReport(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    let node = active;
    let panel = null;
    while (node) {
      if (node instanceof Element && node.getAttribute('role') === 'tabpanel') panel = node.id;
      node = node.parentNode ?? node.host ?? null;
    }
    return {
      body: !active || active === document.body,
      text: active?.textContent?.trim() ?? '',
      shown: Boolean(active && active.getClientRects().length > 0),
      panel,
    };
  });
}

describe('Dismiss × and findable text', () => {
  const shared = useBrowser();

  for (const tab of TABS) {
    test(`Dismiss × on the ${tab} tab focuses that tab's shown status line, not <body>`, async () => {
      const { context, page, errors } = await openDemo(shared.browser);
      try {
        await openTab(page, tab);
        await reconnectThroughPopup(page);
        const banner = page.locator('qbo-success-banner');
        await banner.getByRole('button', { name: /Dismiss/ }).click();
        await banner.getByText('Your account has been successfully reconnected.').waitFor({ state: 'hidden' });
        const focus = await focusReport(page);
        assert.equal(focus.body, false, 'focus is not on <body>');
        assert.equal(focus.shown, true, 'what has focus is on screen');
        const shownPanel = await page.locator('section[role="tabpanel"]:not([hidden])').getAttribute('id');
        assert.equal(focus.panel, shownPanel, 'focus is in the shown tab panel');
        assert.equal(focus.text, 'API Connection Status is Active');
        assertNoConsoleErrors(errors);
      } finally {
        await context.close();
      }
    });
  }

  test("getByText finds the Vendors tab's 12 placeholders, and an ID once live", async () => {
    const { context, page, errors } = await openDemo(shared.browser);
    try {
      await openTab(page, 'Vendors');
      const panel = page.locator('#panel-vendors');
      await panel.locator('qbo-vendor-id').first().waitFor();
      const placeholders = page.getByText(PLACEHOLDER);
      await placeholders.first().waitFor();
      assert.equal(await placeholders.count(), 12);
      assert.equal(await panel.getByText(PLACEHOLDER, { exact: true }).count(), 12);
      await reconnectThroughPopup(page);
      await panel.locator('qbo-vendor-id[state="id"]').first().waitFor();
      const id = await panel.locator('qbo-vendor-id[state="id"]').first().evaluate((cell) => cell.shadowRoot.textContent.trim());
      assert.match(id, /^\d+$/);
      assert.equal(await panel.getByText(id, { exact: true }).count(), 1, `the ID ${id} is found by its text`);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
