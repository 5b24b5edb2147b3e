// Shared by the e2e files: one Chromium per file, a fresh context per test, console errors collected, screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.js';
import { after, before } from 'node:test';

export const DEMO_URL = process.env.DEMO_URL ?? 'http://127.0.0.1:4173';
const ARTIFACTS = 'test-artifacts';
export const SAMPLE_ACCOUNT = 'dana@harborstreet.example';
export const LINKED_COMPANY = 'Harbor Street Bakery LLC';
export const OTHER_COMPANY = 'Cedar & Pine Landscaping';
/** The sign-in page: the mock Intuit server's (full-stack demo) or the demo's own (msw mode). */
export const SIGN_IN_URL = /\/connect\/oauth2|\/mock-intuit\//;

/** One browser for the tests of a describe block: launched before them, closed after them. */
export function useBrowser() {
  const shared = { browser: undefined };
  before(async () => {
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
  });
  return shared;
}

export function launch() {
  // playwright adds its own headless flag.
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless=new') });
}

/**
 * A new browser context on the demo, every page of it (popups included) watched for console errors and uncaught
 * exceptions. `route` is the hash route; the scenario goes in `?scenario=`; `backend: 'msw'` plays it in the browser
 * instead of through the demo's server and the mock Intuit.
 */
export async function openDemo(browser, { scenario = 'inactive', route = '/integrations/quickbooks', backend, contextOptions = {} } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, ...contextOptions });
  const errors = [];
  const watched = new WeakSet();
  const watch = (page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // Chromium's "Failed to load resource" names the page; the resource is the message's location.
      const source = message.location()?.url;
      errors.push(`${page.url()}: ${message.text()}${source && source !== page.url() ? ` (${source})` : ''}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  const page = await context.newPage();
  watch(page);
  const backendParam = backend === 'msw' ? '&backend=msw' : '';
  await page.goto(`${DEMO_URL}/?scenario=${scenario}${backendParam}#${route}`);
  return { context, page, errors };
}

/** What the full-stack demo's database holds for this page's session (tokens left out), and the mock Intuit's counts. */
export async function connectionRow(page) {
  return page.evaluate(async () => (await fetch('/api/demo/connection-row', { headers: { accept: 'application/json' } })).json());
}

/**
 * Fails on any console error or uncaught exception, except Chromium's own "Failed to load resource" line for an HTTP
 * status the scenario answers on purpose (a 503 load, a 500 complete, the contract's 409 company mismatch).
 */
export function assertNoConsoleErrors(errors, { expectedStatuses = [] } = {}) {
  const unexpected = errors.filter((line) => {
    const status = /Failed to load resource: the server responded with a status of (\d{3})/.exec(line)?.[1];
    return !(status && expectedStatuses.includes(Number(status)));
  });
  if (unexpected.length) throw new Error(`Console errors:\n${unexpected.join('\n')}`);
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The visible tab panel of the detail page (each panel has its own <qbo-connection-status>). */
export function visiblePanel(page) {
  return page.locator('[role="tabpanel"]:not([hidden])');
}

export function detailView(page) {
  return page.locator('[data-view="quickbooks"]');
}

export function dialog(page) {
  return page.locator('qbo-reconnect-dialog dialog');
}

/** Connect Account → "Are you sure to Reconnect?" */
export async function openReconnectDialog(page) {
  await visiblePanel(page).getByRole('button', { name: 'Connect Account' }).click();
  await dialog(page).getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor();
}

/** Says Yes and returns the sign-in popup once it shows the mock Intuit page. */
export async function confirmAndGetPopup(page) {
  const popupOpened = page.waitForEvent('popup');
  await dialog(page).getByRole('button', { name: 'Yes', exact: true }).click();
  const popup = await popupOpened;
  await popup.waitForURL(SIGN_IN_URL);
  return popup;
}

/** Steps 1 and 2 of the mock sign-in: identifier, then password. */
export async function enterCredentials(signIn, identifier = SAMPLE_ACCOUNT) {
  await signIn.getByLabel('Email, phone number, or user ID').fill(identifier);
  await signIn.getByRole('button', { name: 'Continue' }).click();
  await signIn.getByLabel('Password', { exact: true }).fill('correct horse battery staple');
  await signIn.getByRole('button', { name: 'Sign in' }).click();
}

/** The company step: picks `company` (or keeps the preselected one) and connects. */
export async function chooseCompany(signIn, company) {
  await signIn.getByRole('heading', { name: 'Connect Fintech to QuickBooks' }).waitFor();
  if (company) await signIn.getByRole('radio', { name: new RegExp(company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
  await signIn.getByRole('button', { name: 'Connect', exact: true }).click();
}

/** The whole popup round trip: Connect Account, Yes, sign in, choose the company; resolves when the popup closed. */
export async function reconnectThroughPopup(page, { identifier, company } = {}) {
  await openReconnectDialog(page);
  const popup = await confirmAndGetPopup(page);
  await enterCredentials(popup, identifier);
  const closed = popup.waitForEvent('close');
  await chooseCompany(popup, company);
  await closed;
}

/** Opens a detail tab by its name. */
export async function openTab(page, name) {
  await page.getByRole('tab', { name, exact: true }).click();
}
