// @web/test-runner plugin: a `keys` command that presses, holds and releases keys the same way in every engine.
// The stock send-keys command names Space in a way Firefox's BiDi keyboard refuses, and cannot hold a key down
// over classic WebDriver (WebKit); this one speaks each protocol's own key names.

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

export function keysPlugin() {
  return {
    name: 'keys-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'keys') return undefined;
      const { press, down, up } = payload ?? {};
      const key = press ?? down ?? up;
      if (typeof key !== 'string') throw new Error('keys: give one of press, down or up.');
      if (session.browser.type === 'puppeteer') {
        const keyboard = session.browser.getPage(session.id).keyboard;
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
    },
  };
}
