// A page back from Intuit's full-page sign-in, in the drop-in, before the reconnect dialog's chunk is here: the
// return waits for the chunk, and a Connect Account pressed meanwhile does not get in its way.
import { expect } from '@open-wc/testing';
import { ACTIVE, ScriptedAdapter } from '../helpers/fakes.js';
import { reconnectStandIn as standIn } from '../helpers/stand-ins.js';

describe('drop-in reconnect run stand-in, on a page back from Intuit', () => {
  it('completes the return once the chunk is here, though Connect Account was pressed while it loaded', async () => {
    const adapter = new ScriptedAdapter();
    const subject = standIn(adapter);
    expect(customElements.get('qbo-reconnect-dialog')).to.equal(undefined);
    const params = { code: 'c-1', state: 's-1', realmId: '9130357766' };
    const resumed = subject.run.resume({ kind: 'answer', params });
    const requested = subject.run.request();
    expect(await resumed).to.equal(true);
    await requested;
    expect(adapter.completions).to.deep.equal([params]);
    expect(subject.page.state.flow.name).to.equal('succeeded');
    expect(subject.page.accepted).to.deep.equal([ACTIVE]);
    expect(subject.page.events.map((event) => event.type)).to.deep.equal(['reconnect-start', 'reconnect-success']);
  });
});
