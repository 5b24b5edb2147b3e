// Makes docs/demo.png from the real demo: builds and serves it, reconnects through the mock sign-in, shoots the page.
import { mkdirSync } from 'node:fs';
import { buildDemo, startPreview } from './demo-server.js';

if (!buildDemo()) process.exit(1);
const preview = await startPreview();
process.env.DEMO_URL = preview.baseUrl;
// Imported after DEMO_URL is set: the helpers read it once.
const { chooseCompany, confirmAndGetPopup, enterCredentials, launch, openDemo, openReconnectDialog, openTab } = await import(
  '../test/e2e/helpers.js'
);

const browser = await launch();
try {
  const { page } = await openDemo(browser);
  await openTab(page, 'Vendors');
  await openReconnectDialog(page);
  const popup = await confirmAndGetPopup(page);
  await enterCredentials(popup);
  await chooseCompany(popup);
  await page.locator('qbo-success-banner').getByText('Your account has been successfully reconnected.').waitFor();
  await page.locator('#panel-vendors qbo-vendor-id[state="id"]').first().waitFor();
  await page.setViewportSize({ width: 1440, height: 1040 });
  // No caret or focus ring in the picture.
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/demo.png' });
  console.log('wrote docs/demo.png');
} finally {
  await browser.close();
  preview.stop();
}
