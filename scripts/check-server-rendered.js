// The server-rendered examples (hono, Next.js) in scripts/check-examples.js: each is started with its own start
// command on a free port, its HTML is read as served (the status must be in it, inside declarative shadow roots),
// then Chromium loads it without and with JavaScript: it must hydrate with a clean console, make no status request
// (the rendered snapshot is fresh), and reconnect through the mock Intuit's sign-in page.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const STATUS_TEXT = 'API Connection Status is Inactive';
/** The mock Intuit's first company, which both examples seed as the tenant's inactive link. */
const COMPANY = 'Harbor Street Bakery LLC';

/** A port nothing listens on right now (the example binds it a moment later). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `command args` in `cwd` with PORT set and waits until the page answers; resolves to its URL and a stop()
 * that ends that process (by its own pid) and waits for it.
 */
export async function startServerExample(name, command, args, cwd, env = {}) {
  const port = await freePort();
  const child = spawn(command, args.map((arg) => arg.replace('{port}', String(port))), {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before answering:\n${output}`);
    const answered = await fetch(url).then((response) => response.status === 200, () => false);
    if (answered) return { url, stop, output: () => output };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer ${url} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** In the page: how many <qbo-connect-link> elements the document and its shadow roots hold. */
const COUNT_CONNECT_LINKS = `(() => {
  const count = (root) => [...root.querySelectorAll('*')].reduce((sum, el) => sum + (el.localName === 'qbo-connect-link') + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
  return count(document);
})()`;

/** Console errors and warnings, failed loads and page errors, as one list for the assertion at the end. */
function watchConsole(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is reported by URL below (a browser's own /favicon.ico probe is not the app's).
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

export async function checkServerRendered(browser, name, url, seconds) {
  // As served: the status is in the HTML itself, inside a declarative shadow root.
  const served = await (await fetch(url)).text();
  if (!served.includes(STATUS_TEXT)) throw new Error(`${name}: the served HTML lacks "${STATUS_TEXT}"`);
  if (!served.includes('shadowrootmode="open"')) throw new Error(`${name}: the served HTML has no declarative shadow root`);

  // With JavaScript off, the browser shows it from the HTML alone: badge, status line, Connect Account.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  let servedLinks = 0;
  try {
    const page = await noScript.newPage();
    await page.goto(url);
    const header = page.locator('qbo-integration-header');
    await header.getByText(STATUS_TEXT).waitFor({ timeout: 5_000 });
    await header.locator('qbo-status-badge').getByText('Inactive').waitFor({ timeout: 5_000 });
    await header.getByRole('button', { name: 'Connect Account' }).first().waitFor({ timeout: 5_000 });
    servedLinks = await page.evaluate(COUNT_CONNECT_LINKS);
    if (!servedLinks) throw new Error(`${name}: no Connect Account element in the served page`);
  } finally {
    await noScript.close();
  }

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const statusRequests = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/api/quickbooks/connection')) statusRequests.push(request.method());
    });
    await page.goto(url);
    // Hydrated: the provider took the rendered snapshot as its first load and told the host.
    await page.locator('#host-event').getByText('status-change: none → inactive').waitFor({ timeout: 30_000 });
    // Hydration adopts what the server drew: every element the HTML carried is there once, none drawn a second time.
    const drawn = await page.evaluate(COUNT_CONNECT_LINKS);
    if (drawn !== servedLinks) throw new Error(`${name}: ${drawn} Connect Account elements after hydration, ${servedLinks} in the served page (drawn again instead of hydrated)`);
    if (statusRequests.length) throw new Error(`${name}: the page asked for the status again (${statusRequests.join(', ')}) despite the fresh rendered snapshot`);

    await page.locator('qbo-integration-header').getByRole('button', { name: 'Connect Account' }).first().click();
    const dialog = page.locator('qbo-reconnect-dialog dialog');
    await dialog.getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor({ timeout: 15_000 });
    const popupOpened = page.waitForEvent('popup');
    await dialog.getByRole('button', { name: 'Yes', exact: true }).click();
    // The mock Intuit's sign-in page: account, password, then the company the link belongs to.
    const popup = await popupOpened;
    await popup.getByLabel('Email, phone number, or user ID').fill('dana@harborstreet.example');
    await popup.getByRole('button', { name: 'Continue' }).click();
    await popup.getByLabel('Password', { exact: true }).fill('any password works');
    await popup.getByRole('button', { name: 'Sign in' }).click();
    await popup.getByRole('radio', { name: new RegExp(COMPANY) }).check();
    await popup.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByText('Your account has been successfully reconnected.').waitFor({ timeout: 30_000 });
    await page.locator('#host-event').getByText(`reconnect-success: ${COMPANY}`).waitFor();
    await page.locator('qbo-integration-header').getByText('API Connection Status is Active').waitFor();
    if (problems.length) throw new Error(`${name}: ${problems.join(' | ')}`);
    console.log(`✓ ${name}: status in the served HTML, hydrated with a clean console and no status request, reconnected in Chromium (${seconds()})`);
  } finally {
    await context.close();
  }
}
