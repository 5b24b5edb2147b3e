// @web/test-runner plugin: a `keys` command that presses, holds and releases keys the same way in every engine, and a
// `click-at` command for a real pointer click.
// The stock send-keys command names Space in a way Firefox's BiDi keyboard refuses, and cannot hold a key down
// over classic WebDriver (WebKit); this one speaks each protocol's own key names.
import { appendFileSync } from 'node:fs';

/** WebDriver's code points for the named keys the tests use (W3C WebDriver, "Keyboard actions"). */
const WEBDRIVER_KEYS = {
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
  Space: ' ',
  Shift: '\uE008',
  Home: '\uE011',
  End: '\uE010',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** Puppeteer's key names; Firefox's BiDi keyboard knows Space only as ' '. */
const puppeteerKey = (key) => (key === 'Space' ? ' ' : key);

/** A real left click at viewport point (x, y), the page brought to the front first where the engine needs it. */
async function clickAt({ x, y }, session) {
  if (session.browser.type === 'puppeteer') {
    const page = session.browser.getPage(session.id);
    if (page.browser().cdpSupported === false) await page.bringToFront();
    await page.mouse.click(x, y);
    return true;
  }
  if (session.browser.type === 'webdriver') {
    await session.browser.driverManager.performActions(session.id, [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', duration: 0, x, y },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
    return true;
  }
  throw new Error(`click-at: unsupported browser type ${session.browser.type}.`);
}

export function keysPlugin() {
  return {
    name: 'keys-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'click-at' && command !== 'keys') return undefined;
      // QBO_KEYS_DEBUG=<file> appends each command with its test file and how long the engine took to answer it.
      const log = process.env.QBO_KEYS_DEBUG;
      if (!log) return run(command, payload, session);
      const started = Date.now();
      appendFileSync(log, `${new Date().toISOString()} ${session.testFile} ${command} ${JSON.stringify(payload)}\n`);
      try {
        return await run(command, payload, session);
      } finally {
        appendFileSync(log, `${new Date().toISOString()} answered in ${Date.now() - started} ms\n`);
      }
    },
  };
}

async function run(command, payload, session) {
  if (command === 'click-at') return clickAt(payload, session);
  if (command !== 'keys') return undefined;
  const { press, down, up } = payload ?? {};
  const key = press ?? down ?? up;
  if (typeof key !== 'string') throw new Error('keys: give one of press, down or up.');
  if (session.browser.type === 'puppeteer') {
    const page = session.browser.getPage(session.id);
    // A popup opened by an earlier test may still have the window focus in Firefox, and keys go to the focused
    // window: bring the test page to the front first (one page at a time there, so nothing competes for it).
    if (page.browser().cdpSupported === false) await page.bringToFront();
    const keyboard = page.keyboard;
    if (press) await keyboard.press(puppeteerKey(press));
    else if (down) await keyboard.down(puppeteerKey(down));
    else await keyboard.up(puppeteerKey(up));
    return true;
  }
  if (session.browser.type === 'webdriver') {
    const value = WEBDRIVER_KEYS[key] ?? (key.length === 1 ? key : undefined);
    if (value === undefined) throw new Error(`keys: no WebDriver code for "${key}".`);
    const actions = press
      ? [{ type: 'keyDown', value }, { type: 'keyUp', value }]
      : [{ type: down ? 'keyDown' : 'keyUp', value }];
    // The driver's input state keeps a key held down between calls, as a person holding Shift does.
    await session.browser.driverManager.performActions(session.id, [{ type: 'key', id: 'keyboard', actions }]);
    return true;
  }
  throw new Error(`keys: unsupported browser type ${session.browser.type}.`);
}
