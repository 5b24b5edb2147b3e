// The redirect_uri page on its own: with nothing to deliver, and when it cannot close the window it runs in.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_URL, assertNoConsoleErrors, useBrowser } from './helpers.js';

describe('callback page', () => {
  const shared = useBrowser();

  async function visit(query) {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${DEMO_URL}/callback.html${query}`);
    return { context, page, errors };
  }

  test('says "You can close this window" when it was not opened as the sign-in popup', async () => {
    const { context, page, errors } = await visit('?code=AB11abc&state=s1&realmId=9341452198765430');
    try {
      await page.getByText('Sign-in finished. You can close this window.').waitFor();
      assert.equal(page.isClosed(), false);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('says there is nothing to deliver when the address carries no sign-in answer', async () => {
    const { context, page, errors } = await visit('');
    try {
      await page.getByText('There is no sign-in answer on this page. You can close this window.').waitFor();
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
