// Emulates forced colors, dark mode and reduced motion in the test page (see scripts/media-features-plugin.js).
// Only Chromium can emulate them under test; elsewhere a request for the page's own defaults passes without
// emulation, and anything else throws: such tests are registered with itWhere('media-emulation', …).
import { executeServerCommand } from '@web/test-runner-commands';
import { engine, lacking } from './engine.js';

export interface MediaFeatures {
  forcedColors?: 'active' | 'none';
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Replaces every emulated media feature; call with `{}` to go back to the defaults. */
export async function emulateMediaFeatures(features: MediaFeatures): Promise<void> {
  const reason = lacking('media-emulation');
  if (reason) {
    // Features left out mean "the default", as in Chromium's emulation.
    const wanted = { forcedColors: 'none', colorScheme: 'light', reducedMotion: 'no-preference', ...features };
    const holds =
      matchMedia(`(forced-colors: ${wanted.forcedColors})`).matches &&
      matchMedia(`(prefers-color-scheme: ${wanted.colorScheme})`).matches &&
      matchMedia(`(prefers-reduced-motion: ${wanted.reducedMotion})`).matches;
    if (!holds) throw new Error(`${engine.label} cannot emulate ${JSON.stringify(features)}: ${reason}`);
    return;
  }
  await executeServerCommand('media-features', features);
  // Computed styles and matchMedia() see the change at once; no frame needs waiting for.
}
