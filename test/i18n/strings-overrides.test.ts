// Host text overrides of the wrong shape: ignored with one console warning, and the elements keep rendering.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { defaultStrings, mergeOverrides, mergeStrings } from '../../src/i18n/strings.js';
import { firstStrings } from '../../src/i18n/english-first.js';
import type { Strings } from '../../src/i18n/strings.js';
import { QboConnectionStatus } from '../../src/elements/qbo-connection-status/qbo-connection-status.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { ACTIVE, INACTIVE } from '../helpers/fakes.js';
import { answerLoad, mount, renderDone, shownText } from '../helpers/elements.js';

defineElement('qbo-connection-status', QboConnectionStatus);

function warningsDuring(run: () => void | Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return Promise.resolve()
    .then(run)
    .then(() => warnings)
    .finally(() => (console.warn = warn));
}

const wrong = (value: unknown) => value as Partial<Strings>;

describe('mergeStrings with overrides of the wrong shape', () => {
  it('ignores a string where the table has a function, and warns naming it', async () => {
    let merged!: Strings;
    const warnings = await warningsDuring(() => {
      merged = mergeStrings(wrong({ statusLine: 'x', checking: 'Looking…' }));
    });
    expect(merged.statusLine).to.equal(defaultStrings.statusLine);
    expect(merged.checking).to.equal('Looking…');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('statusLine');
  });

  it('checks nested records key by key, and unknown keys', async () => {
    let merged!: Strings;
    const warnings = await warningsDuring(() => {
      merged = mergeStrings(
        wrong({ linkState: { active: 42, inactive: 'Lapsed' }, failure: { timeout: 'late' }, beforeYouBegin: { items: [1] }, nonsense: 'x' }),
      );
    });
    expect(merged.linkState.active).to.equal(defaultStrings.linkState.active);
    expect(merged.linkState.inactive).to.equal('Lapsed');
    expect(merged.failure.timeout).to.deep.equal(defaultStrings.failure.timeout);
    expect(merged.beforeYouBegin.items).to.deep.equal(defaultStrings.beforeYouBegin.items);
    expect(warnings[0]).to.contain('linkState.active').and.contain('failure.timeout').and.contain('beforeYouBegin.items').and.contain('nonsense');
  });

  it('merges a partial nested text without losing its other half', () => {
    const merged = mergeStrings({ failure: { timeout: { title: 'Too slow' } } } as unknown as Partial<Strings>);
    expect(merged.failure.timeout.title).to.equal('Too slow');
    expect(merged.failure.timeout.message).to.equal(defaultStrings.failure.timeout.message);
  });

  it('survives an overrides object that throws when read', async () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    let merged!: Strings;
    const warnings = await warningsDuring(() => {
      merged = mergeStrings(wrong(hostile));
    });
    expect(merged).to.equal(defaultStrings);
    expect(warnings).to.have.length(1);
  });

  it('warns once for the same overrides object, however often it is merged', async () => {
    const overrides = wrong({ statusLine: 'x' });
    const warnings = await warningsDuring(() => {
      for (let i = 0; i < 5; i++) mergeStrings(overrides);
    });
    expect(warnings).to.have.length(1);
  });
});

describe('<qbo-connection .strings> of the wrong shape', () => {
  it('keeps rendering and updating', async () => {
    const m = await mount(html`<qbo-connection-status></qbo-connection-status>`, INACTIVE);
    await warningsDuring(async () => {
      m.provider.strings = wrong({ statusLine: 'x' });
      await renderDone(m.provider);
    });
    const status = m.provider.querySelector('qbo-connection-status')!;
    expect(shownText(status)).to.contain('Inactive');
    const again = m.provider.refresh();
    await answerLoad(m, ACTIVE);
    await again;
    await renderDone(m.provider);
    expect(shownText(status)).to.contain('Active');
  });
});

describe('mergeOverrides over a table that is not whole yet (the drop-in before its later texts arrive)', () => {
  const partial = { ...firstStrings } as Strings;

  it('keeps overrides of texts the table does not have yet, unchecked and unannounced, and checks the rest', async () => {
    let merged!: Strings;
    const overrides = wrong({ linkState: { active: 'Live' }, linkStateTab: { active: 'Live Link' }, checking: 42 });
    const warnings = await warningsDuring(() => {
      merged = mergeOverrides(overrides, partial, false);
    });
    expect(merged.linkState.active).to.equal('Live');
    expect(merged.linkStateTab).to.deep.equal({ active: 'Live Link' });
    expect(merged.checking).to.equal('Checking…');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('checking');
    expect(warnings[0]).to.not.contain('linkStateTab');
  });

  it('once the table is whole, the same overrides are checked and merged key by key', async () => {
    let merged!: Strings;
    const warnings = await warningsDuring(() => {
      merged = mergeOverrides(wrong({ linkStateTab: { active: 'Live Link' }, disconnect: 'no' }), defaultStrings, true);
    });
    expect(merged.linkStateTab).to.deep.equal({ ...defaultStrings.linkStateTab, active: 'Live Link' });
    expect(merged.disconnect).to.equal(defaultStrings.disconnect);
    expect(warnings.join()).to.contain('disconnect');
  });
});
