// Every element, dialogs included, on a page that enforces Trusted Types with only lit-html's policy allowed.
import { expect } from '@open-wc/testing';
import { itWhere } from '../helpers/engine.js';

interface FixtureReport {
  trustedTypesEnforced: boolean | null;
  problems: string[];
  badge: string;
  reconnectOpen: boolean;
  disconnectOpen: boolean;
}

describe("Trusted Types: require-trusted-types-for 'script'; trusted-types lit-html", function () {
  this.timeout(20_000);

  itWhere('trusted-types', 'renders every element and opens both dialogs without a single violation', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<FixtureReport>((resolve) => {
      window.addEventListener('message', function listen(event: MessageEvent) {
        if (event.source !== frame.contentWindow || event.data?.source !== 'trusted-types-fixture') return;
        window.removeEventListener('message', listen);
        resolve(event.data as FixtureReport);
      });
    });
    frame.src = '/test/fixtures/trusted-types.html';
    document.body.append(frame);
    try {
      const result = await report;
      expect(result.problems).to.deep.equal([]);
      expect(result.trustedTypesEnforced, 'the page enforces Trusted Types').to.equal(true);
      expect(result.badge).to.contain('Active');
      expect(result.reconnectOpen, 'reconnect dialog').to.equal(true);
      expect(result.disconnectOpen, 'disconnect dialog').to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
