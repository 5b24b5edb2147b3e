// One @web/test-runner launcher per engine, and what each engine lacks: Chromium through puppeteer-core over the
// DevTools protocol, Firefox ESR through puppeteer-core over WebDriver BiDi, WebKitGTK's MiniBrowser through
// WebKitWebDriver over classic WebDriver on a virtual display.
import { appendFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_FLAGS } from './chromium-flags.js';
import { CHROMIUM_PATH, ENGINES, FIREFOX_PATH } from './ensure-browsers.js';
import { WEBKIT_CAPABILITIES, startWebKitDriver } from './webkit-driver.js';

/**
 * What an engine cannot do under test, by name; a test needing one of these is reported as excluded in that engine,
 * with the reason, instead of running (test/helpers/engine.ts). The README's "Browser support" lists the same.
 */
export const LACKS = {
  chromium: {},
  firefox: {
    'media-emulation':
      'WebDriver BiDi in Firefox ESR has no way to emulate forced-colors, prefers-color-scheme or prefers-reduced-motion in a running page',
    'trusted-types': "Firefox ESR 140 does not enforce Trusted Types (the require-trusted-types-for CSP directive is ignored)",
  },
  webkit: {
    'media-emulation': 'classic WebDriver has no way to emulate forced-colors, prefers-color-scheme or prefers-reduced-motion',
  },
};

/**
 * Test files of logic that touches no browser API (the store's rules, schemas, selectors, error names, the locale
 * tables, the template minifier): they run in Chromium only, since no engine difference can reach them. Every file
 * that renders, focuses, opens a window, fetches, stores or broadcasts runs in every engine.
 */
export const ENGINE_INDEPENDENT_FILES = [
  'test/build/minify-templates.test.ts',
  'test/core/errors.test.ts',
  'test/core/freshness.test.ts',
  'test/core/reconnect-flow.test.ts',
  'test/core/schemas.test.ts',
  'test/core/selectors.test.ts',
  'test/core/store-deadlines.test.ts',
  'test/core/store-handoff.test.ts',
  'test/core/store-property.test.ts',
  'test/i18n/locale-tables.test.ts',
  'test/i18n/strings-overrides.test.ts',
];

/**
 * A Chromium test page in a window of its own. Two pages run at once, and as tabs of one window the one behind is
 * hidden: it renders no frame, so anything that waits for one (a fixture of a plain element, a mouse event) waits
 * until the runner gives up on the whole file. Each in its own window, both are visible, as two windows side by side.
 */
function chromiumPage({ context }) {
  return context.newPage({ type: 'window' });
}

/**
 * A Firefox page whose setViewport tolerates ESR 140's missing `emulation.setScreenOrientationOverride`: puppeteer
 * sends it beside `browsingContext.setViewport` (which Firefox does apply) every time the runner sizes the page.
 */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = (viewport) =>
    setViewport(viewport).catch((error) => {
      if (!String(error?.message).includes('unknown command emulation.setScreenOrientationOverride')) throw error;
    });
  return page;
}

/** `{ launcher, concurrency, page, files }` for one engine; WebKit also starts its driver unless QBO_WEBKIT_DRIVER_PORT names one. */
export async function engineSetup(name) {
  if (!ENGINES[name]) throw new Error(`Unknown QBO_ENGINE "${name}": use chromium, firefox or webkit.`);
  // `pointer`: whether a test may click with the runner's mouse (test/helpers/gesture.ts): in every engine, since
  // each Chromium test page has a window of its own (chromiumPage) and the others run one page at a time.
  const page = { name, label: ENGINES[name].label, lacks: LACKS[name], pointer: true };
  const files = ['test/**/*.test.ts', '!test/server/**', '!test/node/**', ...(name === 'chromium' ? [] : ENGINE_INDEPENDENT_FILES.map((file) => `!${file}`))];
  if (name === 'chromium') {
    return {
      page,
      files,
      concurrency: 2,
      launcher: chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS }, createPage: chromiumPage }),
    };
  }
  if (name === 'firefox') {
    return {
      page,
      files,
      // One page at a time: key presses reach only the tab in front, and a second test page would take it away.
      concurrency: 1,
      // puppeteer-core only: the full puppeteer package would try to download a browser of its own.
      launcher: chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
        createPage: firefoxPage,
      }),
    };
  }
  let port = Number(process.env.QBO_WEBKIT_DRIVER_PORT);
  if (!port) port = (await startWebKitDriver()).port;
  // One page at a time: the driver's pointer and key actions go to the one window in front.
  return {
    page,
    files,
    concurrency: 1,
    launcher: loggedSessions(webdriverLauncher({ hostname: '127.0.0.1', port, logLevel: 'error', capabilities: WEBKIT_CAPABILITIES })),
  };
}

/** With QBO_KEYS_DEBUG=<file>, each test page's start and stop is logged there too, with the driver's answer time. */
function loggedSessions(launcher) {
  const log = process.env.QBO_KEYS_DEBUG;
  if (!log) return launcher;
  for (const name of ['startSession', 'stopSession']) {
    const original = launcher[name].bind(launcher);
    launcher[name] = async (id, ...rest) => {
      const started = Date.now();
      appendFileSync(log, `${new Date().toISOString()} ${name} ${id} ${rest.join(' ')}\n`);
      try {
        return await original(id, ...rest);
      } finally {
        appendFileSync(log, `${new Date().toISOString()} ${name} answered in ${Date.now() - started} ms\n`);
      }
    };
  }
  return launcher;
}
