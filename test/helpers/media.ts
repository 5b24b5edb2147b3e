// Emulates forced colors, dark mode and reduced motion in the test page (see scripts/media-features-plugin.js).
import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeatures {
  forcedColors?: 'active' | 'none';
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Replaces every emulated media feature; call with `{}` to go back to the defaults. */
export async function emulateMediaFeatures(features: MediaFeatures): Promise<void> {
  await executeServerCommand('media-features', features);
  // Computed styles and matchMedia() see the change at once; no frame is waited for, since a test page behind
  // another never renders one.
}
