// The flags every headless Chromium of this project starts with: no sandbox (root in CI), and nothing that
// reaches for the network on its own (the network is closed).
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--mute-audio',
  // Test pages run side by side and open popups: a page that is not in front must not have its timers and
  // animation frames throttled, or waits for a rendered frame stall.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
