// Registration: the package entry registers nothing, the define entry registers every tag, and both are idempotent.
import { expect } from '@open-wc/testing';

const TAGS = [
  'qbo-connection',
  'qbo-status-badge',
  'qbo-connection-status',
  'qbo-connect-link',
  'qbo-reconnect-dialog',
  'qbo-link-state-tabs',
  'qbo-success-banner',
  'qbo-sync-summary',
  'qbo-vendor-id',
  'qbo-integration-header',
  'qbo-before-you-begin',
  'qbo-disconnect',
  'qbo-expiry-warning',
  'qbo-connection-history',
  'qbo-handoff-offer',
  'qbo-handoff-dialog',
];

describe('registration', () => {
  it('importing the package registers nothing; importing define registers every tag, once', async () => {
    const library = await import('../src/index.js');
    expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    // A tag someone else defined first is left alone rather than throwing.
    class Foreign extends HTMLElement {}
    customElements.define('qbo-vendor-id', Foreign);
    await import('../src/define.js');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
    expect(customElements.get('qbo-vendor-id')).to.equal(Foreign);
    expect(customElements.get('qbo-connection')).to.equal(library.QboConnection);
    expect(() => library.defineAll()).not.to.throw();
    expect(Object.keys(library.elements).sort()).to.deep.equal([...TAGS].sort());
  });
});
