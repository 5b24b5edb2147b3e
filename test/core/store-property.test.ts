// The store's property, a quick seeded run inside `npm test`; `npm run fuzz` runs it over 10,000 outcomes.
import { expect } from '@open-wc/testing';
import { fuzzStore } from './store-property.js';

describe('ConnectionStore under arbitrary adapter outcomes and user intents', function () {
  this.timeout(60_000);

  it('never throws, never rejects unhandled, never stays stuck, never holds an invalid snapshot', async () => {
    const figures = await fuzzStore(250, 20261125);
    expect(figures.counterexample, figures.counterexample ?? '').to.equal(null);
    expect(figures.failures).to.equal(0);
    expect(figures.outcomes, 'outcomes played').to.be.at.least(300);
  });
});
