// <qbo-before-you-begin>: the seed's checklist on its own, open or as a disclosure; host strings replace it.
import { expect, fixture } from '@open-wc/testing';
import { press } from '../helpers/keys.js';
import { html } from 'lit';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboBeforeYouBegin } from '../../src/elements/qbo-before-you-begin/qbo-before-you-begin.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import { mount, shownText } from '../helpers/elements.js';
import { INACTIVE } from '../helpers/fakes.js';

defineElement('qbo-before-you-begin', QboBeforeYouBegin);

const SEED = [
  'Before You Begin',
  'Before starting the reconnection process, ensure you have the following:',
  'Your Intuit (QuickBooks) account email address or user ID.',
  'Your Intuit account password.',
  'Access to any two-factor authentication method configured on your Intuit account (if applicable).',
  'Administrator-level access to the QuickBooks company file you are reconnecting to.',
];

describe('<qbo-before-you-begin>', () => {
  it('shows the seed list word for word, under a heading, even outside a provider', async () => {
    const el = await fixture<QboBeforeYouBegin>(html`<qbo-before-you-begin></qbo-before-you-begin>`);
    expect(shownText(el)).to.equal(SEED.join(' '));
    const heading = el.shadowRoot!.querySelector('[role=heading]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('collapsible: a disclosure that Enter and Space open and close', async () => {
    const el = await fixture<QboBeforeYouBegin>(html`<qbo-before-you-begin collapsible heading-level="4"></qbo-before-you-begin>`);
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.checkVisibility()).to.equal(false);
    expect(el.shadowRoot!.querySelector('summary')!.textContent!.trim()).to.equal('Before You Begin');
    el.shadowRoot!.querySelector('summary')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(list.checkVisibility()).to.equal(true);
    expect(shownText(el)).to.equal(SEED.join(' '));
    await expect(el).to.be.accessible();
    await press('Space');
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(list.checkVisibility()).to.equal(false);
  });

  it("takes the provider's strings", async () => {
    const m = await mount(html`<qbo-before-you-begin></qbo-before-you-begin>`, INACTIVE);
    m.provider.strings = { beforeYouBegin: { ...defaultStrings.beforeYouBegin, title: 'Avant de commencer' } };
    await m.provider.updateComplete;
    const el = m.provider.querySelector('qbo-before-you-begin')!;
    await el.updateComplete;
    expect(shownText(el)).to.include('Avant de commencer');
  });
});
