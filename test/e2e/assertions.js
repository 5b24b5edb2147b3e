// What a person sees on the QuickBooks detail page, checked the way the seed lists it (inactive, and restored).
import assert from 'node:assert/strict';
import { detailView, openTab, visiblePanel } from './helpers.js';

const TABS = ['Locations', 'Accounts', 'Vendors', 'Product Assignments'];

/** The computed colour of a shadow part of the first element matching `selector`, as [r, g, b]. */
export async function partColor(locator, part, property = 'color') {
  const value = await locator.evaluate(
    (element, [name, prop]) => getComputedStyle(element.shadowRoot.querySelector(`[part~="${name}"]`))[prop],
    [part, property],
  );
  return value.match(/\d+/g).slice(0, 3).map(Number);
}

export async function partFontWeight(locator, part) {
  return locator.evaluate((element, name) => Number(getComputedStyle(element.shadowRoot.querySelector(`[part~="${name}"]`)).fontWeight), part);
}

const isGreen = ([r, g, b]) => g > r + 15 && g > b + 10;
const isRed = ([r, g, b]) => r > g + 80 && r > b + 80;
const isGray = ([r, g, b]) => Math.max(r, g, b) - Math.min(r, g, b) < 40;

export function headerBadge(page) {
  return detailView(page).locator('.detail-header qbo-status-badge');
}

/** The seed's "indications across the integration detail page" while the connection is inactive. */
export async function assertInactivePage(page) {
  const badge = headerBadge(page);
  await badge.getByText('Inactive', { exact: true }).waitFor();
  assert.ok(isGray(await partColor(badge, 'label')), 'the Inactive badge is gray');
  for (const tab of TABS) {
    await openTab(page, tab);
    const panel = visiblePanel(page);
    const status = panel.locator('qbo-connection-status');
    await status.getByText('API Connection Status is Inactive').waitFor();
    assert.ok(isRed(await partColor(status, 'status')), `the status line is red on ${tab}`);
    assert.ok((await partFontWeight(status, 'status')) >= 700, `the status line is bold on ${tab}`);
    const link = panel.getByRole('button', { name: 'Connect Account' });
    await link.waitFor();
    assert.equal(await status.locator('qbo-connect-link svg').count(), 1, 'the link has its connection icon');
  }
  await openTab(page, 'Vendors');
  const vendorIds = visiblePanel(page).locator('qbo-vendor-id');
  // A cell's text sits in its shadow root without an element of its own: Playwright's hasText matches it.
  await vendorIds.filter({ hasText: 'Integration Account Name' }).first().waitFor();
  assert.ok((await vendorIds.count()) > 0);
  for (const cell of await vendorIds.all()) assert.equal(await cell.getAttribute('state'), 'placeholder');
  const linkStates = page.locator('qbo-link-state-tabs').getByRole('tab');
  assert.deepEqual(await linkStates.allInnerTexts().then((texts) => texts.map((text) => text.replace(/\s+/g, ' ').trim())), ['Inactive Link (current)']);
  assert.equal(await page.locator('qbo-sync-summary').isVisible(), false, 'no sync summary while inactive');
}

/** Every item of the seed's "confirm the connection has been restored" list. */
export async function assertReconnectedPage(page, { company, vendorIds: expectVendorIds = true } = {}) {
  const banner = page.locator('qbo-success-banner');
  await banner.getByText('Your account has been successfully reconnected.').waitFor({ timeout: 15_000 });
  assert.ok(isGreen(await partColor(banner, 'base', 'background-color')), 'the banner is green');
  await banner.getByRole('button', { name: /Dismiss/ }).waitFor();
  assert.match(await banner.getByRole('button', { name: /Dismiss/ }).innerText(), /Dismiss\s*×/);

  const badge = headerBadge(page);
  await badge.getByText('Active', { exact: true }).waitFor();
  assert.ok(isGreen(await partColor(badge, 'label')), 'the Active badge is green');

  for (const tab of TABS) {
    await openTab(page, tab);
    const status = visiblePanel(page).locator('qbo-connection-status');
    await status.getByText('API Connection Status is Active').waitFor();
    assert.equal(await visiblePanel(page).getByRole('button', { name: 'Connect Account' }).count(), 0, `no Connect Account on ${tab}`);
  }
  assert.equal(await page.getByRole('button', { name: 'Connect Account' }).count(), 0, 'no Connect Account anywhere');

  const linkStates = page.locator('qbo-link-state-tabs');
  for (const name of ['Disabled Link', 'Inactive Link', 'Active Link']) await linkStates.getByRole('tab', { name: new RegExp(name) }).waitFor();
  assert.equal(await linkStates.getByRole('tab', { name: /Active Link/ }).getAttribute('aria-selected'), 'true');

  const summary = page.locator('qbo-sync-summary');
  await summary.getByText('Total Sync Files').waitFor();
  await summary.getByText('Most Recent Sync Date').waitFor();
  assert.match(await summary.locator('[part~="count"]').innerText(), /^\d[\d,]*$/);

  if (company) await detailView(page).locator('.meta .linked-company').getByText(company, { exact: true }).waitFor();

  await openTab(page, 'Vendors');
  if (!expectVendorIds) return;
  const vendorIds = visiblePanel(page).locator('qbo-vendor-id');
  await visiblePanel(page).locator('qbo-vendor-id[state="id"]').first().waitFor();
  assert.ok((await vendorIds.count()) > 0);
  for (const cell of await vendorIds.all()) {
    assert.equal(await cell.getAttribute('state'), 'id');
    assert.match(await cell.evaluate((el) => el.shadowRoot.textContent), /^\d+$/);
  }
}

/** The events log entries' types, newest first (the demo's own notes left out). */
export async function loggedEvents(page) {
  return page.locator('#events-list li.log-event').evaluateAll((items) => items.map((item) => item.dataset.type));
}
