// The hand-off offer, request line and form: axe clean in light, dark and forced colours; every text in en, fr-CA and es-US.
import { expect } from '@open-wc/testing';
import { esUSStrings } from '../../src/i18n/locales/es-US.js';
import { frCAStrings } from '../../src/i18n/locales/fr-CA.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import type { Strings } from '../../src/i18n/strings.js';
import { getScenario } from '../../src/mocks/index.js';
import { emulateMediaFeatures } from '../helpers/media.js';
import type { MediaFeatures } from '../helpers/media.js';
import { formDialog, formField, mountHandoff, offerOf, offerPart, settled, statusOf, until } from '../helpers/handoff.js';
import { itWhere } from '../helpers/engine.js';

const ADMIN_LOST = getScenario('admin-access-lost').snapshot;
const REQUESTED = getScenario('handoff-requested').snapshot;
const MODES: Array<[string, MediaFeatures]> = [
  ['light', { colorScheme: 'light' }],
  ['dark', { colorScheme: 'dark' }],
  ['forced colours', { forcedColors: 'active' }],
];
const LOCALES: Array<[string, Strings]> = [
  ['en', defaultStrings],
  ['fr-CA', frCAStrings],
  ['es-US', esUSStrings],
];

describe('hand-off: accessibility and locales', function () {
  // axe runs several times per test on a busy machine; nothing here is timed.
  this.timeout(60_000);
  // The page follows the scheme too (its canvas turns dark), as a host page that supports dark mode does.
  // The status line has no background of its own: the page's (Canvas) is painted so axe sees the scheme's.
  before(() => {
    document.documentElement.style.colorScheme = 'light dark';
    document.body.style.background = 'Canvas';
  });
  after(() => {
    document.documentElement.style.colorScheme = '';
    document.body.style.background = '';
  });
  afterEach(() => emulateMediaFeatures({}));

  for (const [mode, features] of MODES) {
    const test = mode === 'light' ? it : (title: string, fn: Mocha.AsyncFunc) => itWhere('media-emulation', title, fn);
    test(`is axe clean in ${mode}: the first-choice offer, the form with an error, the link, the request line`, async () => {
      await emulateMediaFeatures(features);
      const page = await mountHandoff(ADMIN_LOST);
      await expect(statusOf(page)).to.be.accessible();
      offerPart(page, 'ask')!.click();
      await until(() => formDialog(page).open, 'the form');
      const email = formField<HTMLInputElement>(page, '#email');
      email.value = 'not-an-address';
      email.dispatchEvent(new Event('input'));
      (formField(page, '[part~=button-primary]') as HTMLButtonElement).click();
      await until(() => !!formDialog(page).querySelector('#email-error'), 'the email error');
      await expect(formDialog(page)).to.be.accessible();
      email.value = 'ops@northwind.example';
      email.dispatchEvent(new Event('input'));
      (formField(page, '[part~=button-primary]') as HTMLButtonElement).click();
      await until(() => !!formDialog(page).querySelector('[part=link]'), 'the link');
      await settled(page.provider);
      await expect(formDialog(page)).to.be.accessible();
      formDialog(page).close();
      await until(() => offerOf(page).getAttribute('offer') === 'requested', 'the request line');
      await settled(page.provider);
      await expect(statusOf(page)).to.be.accessible();
    });
  }

  for (const [lang, table] of LOCALES) {
    it(`speaks ${lang}: the offer, the form, the request line with its date in the locale`, async () => {
      const page = await mountHandoff(REQUESTED, { lang });
      const text = table.handoff;
      const day = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric' }).format(new Date(REQUESTED.handoff!.expiresAt)).replace(/ /g, '\u00a0');
      expect(offerPart(page, 'request')!.textContent!.trim()).to.equal(text.requested('Dana Ortiz', 'ops@northwind.example', day));
      expect(offerPart(page, 'cancel-request')!.textContent!.trim()).to.equal(text.cancelRequest);
      offerPart(page, 'new-link')!.click();
      await until(() => formDialog(page).open, 'the form');
      await settled(page.provider);
      expect(formDialog(page).querySelector('h2')!.textContent).to.equal(text.title);
      expect(formDialog(page).querySelector('label[for=email]')!.textContent).to.equal(text.emailLabel);
      expect(formField(page, '#note-counter').textContent).to.equal(text.noteCounter(0, 500));
      expect(formField(page, '[part~=button-primary]').textContent!.trim()).to.equal(text.create);
      (formField(page, '[part~=button-primary]') as HTMLButtonElement).click();
      await until(() => !!formDialog(page).querySelector('[part=link]'), 'the link');
      await settled(page.provider);
      expect(formField(page, 'label[for=link]').textContent).to.equal(text.linkLabel);
      // The hosted page speaks the language the form was filled in.
      expect(page.adapter.backend.snapshot.handoff).to.not.equal(null);
      formDialog(page).close();
      await until(() => offerPart(page, 'request') !== null, 'the request line');
    });
  }
});
