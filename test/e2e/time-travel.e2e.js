// The full-stack demo's "+30 days": the demo clock moves a day at a time with one keep-alive cycle per day, so a link
// that is only idle stays Active (its grant refreshed), and one whose credentials lapse turns Inactive, the change
// arriving as a verified webhook; an admin link left unused past its lifetime is refused.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { headerBadge } from './assertions.js';
import { assertNoConsoleErrors, connectionRow, openDemo, useBrowser } from './helpers.js';

/** Presses "+30 days" and resolves with the events log's note about the keep-alive cycles it ran. */
async function advance30Days(page) {
  // Once the page has settled (its vendors loaded): the demo clock jumps a day per keep-alive cycle, so a QuickBooks
  // call still in flight across the jumps would see even a just-refreshed access token expire under it.
  await page.locator('#vendors-table table[aria-busy="false"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: '+30 days' }).click();
  const note = page.locator('#events-list li.log-note', { hasText: 'Demo clock +30 days' }).first();
  await note.waitFor({ timeout: 30_000 });
  return note.innerText();
}

describe('full-stack demo: the demo clock', () => {
  const shared = useBrowser();

  test('an idle Active link stays Active through 30 days: the keep-alive refreshes its grant', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'active' });
    try {
      await headerBadge(page).getByText('Active', { exact: true }).waitFor();
      const before = await connectionRow(page);
      const note = await advance30Days(page);
      assert.match(note, /Keep-alive: .*refreshed [1-9]/);
      assert.doesNotMatch(note, /inactive/);
      await page.locator('#time-travel-now').getByText('30 days ahead').waitFor();
      const after = await connectionRow(page);
      assert.equal(after.row.linkState, 'active');
      assert.ok(after.intuit.token.refresh_token > before.intuit.token.refresh_token, 'the grant was refreshed at the mock Intuit');
      await headerBadge(page).getByText('Active', { exact: true }).waitFor();
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('credentials that lapse in 9 days: expiry notices at 8, 7 and 1 days, then Inactive (expired credentials), each as a verified webhook', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'expiring' });
    try {
      await headerBadge(page).getByText('Active', { exact: true }).waitFor();
      const note = await advance30Days(page);
      assert.match(note, /inactive \(expired_credentials\) 1/);
      // The page checks the status again after the cycles.
      await page.getByText('API Connection Status is Inactive').first().waitFor();
      assert.equal((await connectionRow(page)).row.inactiveReason, 'expired_credentials');

      const inactive = page.locator('#events-list li.log-webhook[data-type="connection.inactive"]').first();
      await inactive.waitFor({ timeout: 15_000 });
      assert.match(await inactive.innerText(), /signature verified/);
      assert.equal(JSON.parse(await inactive.locator('pre').innerText()).reason, 'expired_credentials');
      // Before the lapse, the expiry notices: 9 days left crosses 30 and 14 at once (one notice, 8 days), then 7, then 1.
      const expiring = page.locator('#events-list li.log-webhook[data-type="connection.expiring"]');
      await expiring.nth(2).waitFor({ timeout: 15_000 });
      const notices = [];
      for (const item of await expiring.all()) {
        assert.match(await item.innerText(), /signature verified/);
        notices.push(JSON.parse(await item.locator('pre').innerText()).daysLeft);
      }
      assert.deepEqual(notices.sort((a, b) => b - a), [8, 7, 1]);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('an admin link left unused past its 7 days gets the expired page and changes nothing', async () => {
    const { context, page, errors } = await openDemo(shared.browser, { scenario: 'inactive' });
    const admin = await shared.browser.newContext();
    try {
      await headerBadge(page).getByText('Inactive', { exact: true }).waitFor();
      const created = await page.evaluate(async () => {
        const response = await fetch('/api/quickbooks/connection/handoff', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ email: 'ops@harborstreet.example' }),
        });
        return { status: response.status, body: await response.json() };
      });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      await advance30Days(page);
      const adminPage = await admin.newPage();
      const response = await adminPage.goto(created.body.url);
      assert.equal(response?.status(), 410);
      await adminPage.getByRole('heading', { name: 'This link has expired' }).waitFor();
      await adminPage.getByText('Nothing was changed.', { exact: false }).waitFor();
      assert.equal(await adminPage.getByRole('button', { name: 'Reconnect' }).count(), 0);
      assert.equal((await connectionRow(page)).row.linkState, 'inactive');
      assertNoConsoleErrors(errors);
    } finally {
      await admin.close();
      await context.close();
    }
  });
});
