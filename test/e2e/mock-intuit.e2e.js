// The demo's own mock Intuit sign-in page (the one msw mode uses) on its own: visible field errors, the
// verification-code step, one-company accounts, Cancel, a keyboard-only sign-in, and an incomplete request.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_URL, assertNoConsoleErrors, screenshot, useBrowser } from './helpers.js';

const CALLBACK = `${DEMO_URL}/callback.html`;
/** The sign-in's own URL names the callback in its query, so match the path. */
const atCallback = (url) => url.pathname === '/callback.html';

function signInUrl(scenario = 'inactive') {
  const url = new URL('/mock-intuit/index.html', DEMO_URL);
  url.searchParams.set('demo_scenario', scenario);
  url.searchParams.set('client_id', 'mock-qbo-client-id');
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', 'com.intuit.quickbooks.accounting');
  url.searchParams.set('redirect_uri', CALLBACK);
  url.searchParams.set('state', 'state-123');
  return url.href;
}

describe('mock Intuit sign-in', () => {
  const shared = useBrowser();
  let context;
  let page;
  let errors;

  /** A fresh page on the sign-in; the callback page it answers to is caught before it loads. */
  async function open(url = signInUrl()) {
    context = await shared.browser.newContext({ viewport: { width: 520, height: 760 } });
    page = await context.newPage();
    errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(`${CALLBACK}*`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>callback</title>' }));
    await page.goto(url);
  }
  const answer = () => Object.fromEntries(new URL(page.url()).searchParams);
  const field = (label) => page.getByLabel(label, { exact: true });

  test('shows visible errors for empty and malformed fields, tied to the fields', async () => {
    await open();
    try {
      await page.getByText('Mock Intuit sign-in — demo only.').waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      const identifier = field('Email, phone number, or user ID');
      await page.getByText('Enter your email, phone number, or user ID.').waitFor();
      assert.equal(await identifier.getAttribute('aria-invalid'), 'true');
      assert.equal(await identifier.evaluate((input) => input === document.activeElement), true);
      await identifier.fill('dana@harborstreet');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('Enter a valid email address, like name@example.com.').waitFor();
      await identifier.fill('555-01');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('Enter a phone number with its area code', { exact: false }).waitFor();
      await screenshot(page, '15-mock-intuit-error');
      await identifier.fill('(207) 555-0142');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Enter your password' }).waitFor();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Enter your password.').waitFor();
      assert.equal(await field('Password').getAttribute('aria-invalid'), 'true');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('a "2fa" account asks for a 6-digit code, then the chosen company goes back with code and state', async () => {
    await open();
    try {
      await field('Email, phone number, or user ID').fill('dana+2fa@harborstreet.example');
      await page.getByRole('button', { name: 'Continue' }).click();
      await field('Password').fill('pass');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: "Let's make sure it's you" }).waitFor();
      await page.getByText('d•••@harborstreet.example').waitFor();
      await field('Verification code').fill('12ab');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('The verification code is 6 digits.').waitFor();
      await field('Verification code').fill('123456');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('radio', { name: /Northwind Outdoor Supply Co\./ }).check();
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await page.waitForURL(atCallback);
      const reply = answer();
      assert.equal(reply.state, 'state-123');
      assert.equal(reply.realmId, '4620816365204112');
      assert.match(reply.code, /^AB11[0-9a-f]{40}$/);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('a one-company account skips the choice and returns the company the scenario names', async () => {
    await open(signInUrl('different-company'));
    try {
      await field('Email, phone number, or user ID').fill('books@harborstreet.example');
      await page.getByRole('button', { name: 'Continue' }).click();
      await field('Password').fill('pass');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Company: Cedar & Pine Landscaping').waitFor();
      assert.equal(await page.getByRole('radio').count(), 0);
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await page.waitForURL(atCallback);
      assert.equal(answer().realmId, '9341452233108812');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('Cancel answers error=access_denied with the state', async () => {
    await open();
    try {
      await field('Email, phone number, or user ID').fill('dana.ortiz');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.waitForURL(atCallback);
      const reply = answer();
      assert.equal(reply.error, 'access_denied');
      assert.equal(reply.state, 'state-123');
      assert.equal(reply.code, undefined);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('can be completed with the keyboard alone', async () => {
    await open();
    try {
      // Focus starts in the first field; Enter submits each step.
      await page.keyboard.type('dana@harborstreet.example');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Enter your password' }).waitFor();
      await page.keyboard.press('Tab'); // "Use a different account"
      await page.keyboard.press('Tab'); // password
      await page.keyboard.type('pass');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Connect Fintech to QuickBooks' }).waitFor();
      await page.keyboard.press('Tab'); // the checked radio of the group
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByRole('radio', { name: /Cedar & Pine Landscaping/ }).isChecked(), true);
      await page.keyboard.press('Enter');
      await page.waitForURL(atCallback);
      assert.equal(answer().realmId, '9341452233108812');
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });

  test('an incomplete authorization request shows what is missing and no form', async () => {
    await open(`${DEMO_URL}/mock-intuit/index.html?client_id=x`);
    try {
      await page.getByRole('heading', { name: 'This sign-in link is incomplete' }).waitFor();
      await page.getByText('redirect_uri is missing.').waitFor();
      await page.getByText('state is missing.').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Continue' }).count(), 0);
      assertNoConsoleErrors(errors);
    } finally {
      await context.close();
    }
  });
});
