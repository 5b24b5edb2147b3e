// @web/test-runner plugin: a `media-features` command that emulates forced colors, colour scheme and reduced motion.
// The stock emulate-media command cannot emulate forced-colors (Puppeteer refuses the feature), so this one speaks
// the DevTools protocol directly; each call replaces every emulated feature at once.

const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('media-features needs a Chromium launched through Puppeteer.');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const names = { forcedColors: 'forced-colors', colorScheme: 'prefers-color-scheme', reducedMotion: 'prefers-reduced-motion' };
      const features = Object.entries(names)
        .filter(([key]) => typeof payload?.[key] === 'string')
        .map(([key, name]) => ({ name, value: payload[key] }));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
