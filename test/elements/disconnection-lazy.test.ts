// The drop-in's stand-in for the disconnect run: the run comes with the later elements' chunk. Until then the
// disconnect can only be idle; a request waits for the chunk and then goes through the real run.
import { expect } from '@open-wc/testing';
import { DISCONNECT_IDLE } from '../../src/core/disconnect-state.js';
import { ACTIVE, DISCONNECTED, ScriptedAdapter } from '../helpers/fakes.js';
import { disconnectionStandIn } from '../helpers/stand-ins.js';

describe('drop-in disconnect run stand-in', () => {
  it('before the later chunk is here: confirm, cancel, forget and dispose find nothing to act on', async () => {
    const { run, page } = disconnectionStandIn(new ScriptedAdapter(), ACTIVE);
    expect(run.supported).to.equal(true);
    await run.confirm();
    run.cancel();
    run.forget();
    run.dispose();
    expect(page.state.disconnect).to.equal(DISCONNECT_IDLE);
    expect(page.events).to.deep.equal([]);
    expect(customElements.get('qbo-disconnect')).to.equal(undefined);
    // An adapter without disconnect() offers nothing, and asks for no chunk.
    const unable = disconnectionStandIn({ ...new ScriptedAdapter(), disconnect: undefined } as unknown as ScriptedAdapter, ACTIVE);
    expect(unable.run.supported).to.equal(false);
    expect(unable.run.request()).to.equal(undefined);
  });

  it('a request loads the later chunk, then asks "Disconnect QuickBooks?"', async () => {
    const { run, page } = disconnectionStandIn(new ScriptedAdapter(), ACTIVE);
    const pending = run.request();
    expect(pending).to.be.an.instanceof(Promise);
    expect(page.state.disconnect.name).to.equal('idle');
    await pending;
    expect(customElements.get('qbo-disconnect')).to.be.a('function');
    expect(page.state.disconnect.name).to.equal('confirming');
  });

  it('once the chunk is here, the real run asks at once and ends the link', async () => {
    const adapter = new ScriptedAdapter();
    adapter.disconnectReply = async () => DISCONNECTED;
    const { run, page } = disconnectionStandIn(adapter, ACTIVE);
    expect(run.request()).to.equal(undefined);
    expect(page.state.disconnect.name).to.equal('confirming');
    await run.confirm();
    expect(adapter.disconnects).to.have.length(1);
    expect(page.state.disconnect.name).to.equal('done');
    expect(page.state.snapshot).to.deep.equal(DISCONNECTED);
    expect(page.events.map((event) => event.type)).to.deep.equal(['disconnect']);
  });
});
