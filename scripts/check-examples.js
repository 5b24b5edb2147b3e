// The example apps as a new user meets them: copied to a temp folder, installed from the packed tarball (one npm
// install for all), built with strict types (tsc, vue-tsc, next build; Preact and Svelte types too), then driven in
// headless Chromium through one reconnect each; the server-rendered ones (hono, Next.js) are started with their own
// start commands and checked as served and as hydrated (scripts/check-server-rendered.js). `node scripts/check-examples.js [dir-with-tarball]` packs when none is there.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../examples/serve.js';
import { pack } from './check-pack.js';
import { CHROMIUM_FLAGS } from './chromium-flags.js';
import { checkServerRendered, startServerExample } from './check-server-rendered.js';

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const SKIPPED = new Set(['node_modules', 'dist', '.next', 'next-env.d.ts', 'mockServiceWorker.js', 'qbo-reconnect.tgz']);

function run(label, cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    throw new Error(`${label} failed (exit ${result.status})`);
  }
  console.log(`✓ ${label} (${seconds()})`);
}

/** Like run(), without waiting: the type checks are independent, so they share the cores. */
function runAsync(label, cmd, args, cwd) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      if (status === 0) return done(console.log(`✓ ${label} (${seconds()})`));
      process.stdout.write(output);
      fail(new Error(`${label} failed (exit ${status})`));
    });
  });
}

/** The examples folder without anything installed or built, with the tarball where their package.json expects it. */
function prepare(tarballDir) {
  const work = mkdtempSync(join(tmpdir(), 'qbo-examples-'));
  const examples = join(work, 'examples');
  cpSync('examples', examples, { recursive: true, filter: (source) => !SKIPPED.has(source.split('/').pop() ?? '') });
  const packed = readdirSync(tarballDir).find((name) => /^qbo-reconnect-.*\.tgz$/.test(name));
  cpSync(packed ? join(tarballDir, packed) : pack(tarballDir), join(examples, 'qbo-reconnect.tgz'));
  // The lock pins every registry package; the package itself is read afresh from this tarball, not npm's cache.
  const lockFile = join(examples, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  delete lock.packages['node_modules/qbo-reconnect'];
  writeFileSync(lockFile, JSON.stringify(lock, null, 2));
  return { work, examples };
}

/** Connect Account → Yes → the stand-in sign-in page → back: the page shows the success banner and heard the event. */
async function reconnect(browser, name, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A failed load is reported by URL below (a browser's own /favicon.ico probe is not the app's).
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`${response.status()} ${response.url()}`);
  });
  try {
    await page.goto(url);
    await page.locator('#host-event').getByText('status-change: none → inactive').waitFor({ timeout: 15_000 });
    await page.locator('qbo-integration-header').getByRole('button', { name: 'Connect Account' }).first().click();
    const dialog = page.locator('qbo-reconnect-dialog dialog');
    await dialog.getByRole('heading', { name: 'Are you sure to Reconnect?' }).waitFor();
    const popupOpened = page.waitForEvent('popup');
    await dialog.getByRole('button', { name: 'Yes', exact: true }).click();
    const popup = await popupOpened;
    await popup.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Your account has been successfully reconnected.').waitFor({ timeout: 15_000 });
    await page.locator('#host-event').getByText('reconnect-success: Harbor Street Bakery LLC').waitFor();
    await page.locator('#host-state').getByText('active').waitFor();
    await page.locator('qbo-vendor-id', { hasText: '58' }).waitFor();
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
    console.log(`✓ ${name}: reconnected in Chromium (${seconds()})`);
  } finally {
    await page.close();
  }
}

async function main() {
  const tarballDir = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'qbo-pack-')));
  const { work, examples } = prepare(tarballDir);
  const servers = [];
  let browser;
  try {
    run('npm install of the examples from the tarball', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], examples);
    for (const app of ['react', 'vue']) run(`msw init ${app}/public`, join(examples, 'node_modules/.bin/msw'), ['init', 'public', '--no-save'], join(examples, app));
    await Promise.all([
      runAsync('React example: tsc (strict) + vite build', 'npm', ['run', 'build', '-w', 'react'], examples),
      runAsync('Vue example: vue-tsc (strictTemplates) + vite build', 'npm', ['run', 'build', '-w', 'vue'], examples),
      runAsync('Preact JSX and Svelte markup types: tsc (strict)', 'npm', ['run', 'build', '-w', 'preact-svelte-types'], examples),
      runAsync('hono server-rendered example: vite build of its page scripts', 'npm', ['run', 'build', '-w', 'hono-ssr'], examples),
    ]);
    // Alone: next build type-checks and compiles with every core it finds.
    run('Next.js example: next build (TypeScript strict)', 'npm', ['run', 'build', '-w', 'next'], examples);

    const origin = async (root) => {
      const server = await serve(root);
      servers.push(server);
      return `http://127.0.0.1:${server.address().port}`;
    };
    const pages = {
      'React + Vite': `${await origin(join(examples, 'react/dist'))}/`,
      'Vue + Vite': `${await origin(join(examples, 'vue/dist'))}/`,
      'plain HTML (import map)': `${await origin(examples)}/html/`,
    };
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    for (const [name, url] of Object.entries(pages)) await reconnect(browser, name, url);

    const rendered = {
      'hono, server-rendered': () => startServerExample('hono', process.execPath, ['server.js'], join(examples, 'hono-ssr')),
      'Next.js App Router': () =>
        startServerExample('next start', join(examples, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', '{port}'], join(examples, 'next')),
    };
    for (const [name, start] of Object.entries(rendered)) {
      const server = await start();
      try {
        await checkServerRendered(browser, name, server.url, seconds);
      } catch (error) {
        process.stdout.write(server.output());
        throw error;
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser?.close();
    for (const server of servers) server.close();
    if (!process.env.QBO_KEEP_EXAMPLES) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
  console.log(`examples: 5 apps built and reconnected from the packed tarball in ${seconds()}`);
}

// Next.js would otherwise report anonymous usage data (and try the network) on every build and start.
process.env.NEXT_TELEMETRY_DISABLED = '1';

if (!existsSync('/usr/bin/chromium')) {
  console.error('/usr/bin/chromium is missing (npm test installs it).');
  process.exit(1);
}
await main().catch((error) => {
  console.error(`✗ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
