// axe on the whole integration header in every state and dialog step, in light, dark and forced colors.
import { expect } from '@open-wc/testing';
import { QboIntegrationHeader } from '../../src/elements/qbo-integration-header/qbo-integration-header.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import type { Mounted } from '../helpers/elements.js';
import { emulateMediaFeatures } from '../helpers/media.js';
import type { MediaFeatures } from '../helpers/media.js';
import { headerStates } from '../helpers/states.js';
import { itWhere } from '../helpers/engine.js';

defineElement('qbo-integration-header', QboIntegrationHeader);

const header = (m: Mounted) => m.provider.querySelector('qbo-integration-header')!;
/** Every state of the header: load, link states, each dialog step, the banner, Disconnect's steps. */
const states = headerStates();

const schemes: Record<string, MediaFeatures> = {
  light: {},
  dark: { colorScheme: 'dark' },
  'forced colors': { forcedColors: 'active' },
};

describe('accessibility: axe per state, light, dark and forced colors', () => {
  before(() => {
    // The page follows the scheme too, as a host page in dark mode would; the tokens assume that.
    document.documentElement.style.colorScheme = 'light dark';
  });
  after(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMediaFeatures({});
  });

  for (const [schemeName, features] of Object.entries(schemes)) {
    for (const [stateName, build] of Object.entries(states)) {
      // Light needs no emulation; dark and forced colors do.
      const test = schemeName === 'light' ? it : (title: string, fn: Mocha.AsyncFunc) => itWhere('media-emulation', title, fn);
      test(`${stateName}, ${schemeName}`, async () => {
        await emulateMediaFeatures(features);
        const m = await build();
        await expect(header(m)).to.be.accessible();
      });
    }
  }
});
