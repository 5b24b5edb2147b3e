// The drop-in's stand-in for the reconnect run: the run comes with the reconnect dialog's chunk. Until then the flow
// can only be idle; a request, or a page back from Intuit, waits for the chunk and then goes through the real run.
import { expect } from '@open-wc/testing';
import { DISCONNECT_IDLE } from '../../src/core/disconnect-state.js';
import { IDLE } from '../../src/core/reconnect-flow.js';
import { ACTIVE, MemoryStorage, ScriptedAdapter } from '../helpers/fakes.js';
import { reconnectStandIn as standIn } from '../helpers/stand-ins.js';

describe('drop-in reconnect run stand-in', () => {
  it('before the dialog chunk is here: confirm, cancel and abort find nothing to act on', () => {
    const { run, page, adapter } = standIn();
    run.confirm('popup');
    run.confirmCompanySwitch();
    run.cancel();
    run.abort();
    // Read after the calls: the store's state object is replaced on every change.
    expect(page.state.flow).to.equal(IDLE);
    expect(page.events).to.deep.equal([]);
    expect(adapter.authorizations).to.deep.equal([]);
    expect(customElements.get('qbo-reconnect-dialog')).to.equal(undefined);
  });

  it('a request loads the dialog chunk, then asks "Are you sure to Reconnect?"', async () => {
    const subject = standIn();
    const pending = subject.run.request();
    expect(pending).to.be.an.instanceof(Promise);
    expect(subject.page.state.flow.name).to.equal('idle');
    await pending;
    expect(customElements.get('qbo-reconnect-dialog')).to.be.a('function');
    expect(subject.page.state.flow.name).to.equal('confirming');
  });

  it('once the chunk is here, a request asks at once; a disconnect on screen still stops it', () => {
    const subject = standIn();
    subject.page.state = { ...subject.page.state, disconnect: { name: 'confirming' } };
    expect(subject.run.request()).to.equal(undefined);
    expect(subject.page.state.flow.name).to.equal('idle');
    subject.page.state = { ...subject.page.state, disconnect: DISCONNECT_IDLE };
    subject.run.request();
    expect(subject.page.state.flow.name).to.equal('confirming');
    subject.run.cancel();
    expect(subject.page.state.flow.name).to.equal('cancelled');
    expect(subject.page.events.map((event) => event.type)).to.deep.equal(['reconnect-cancel']);
  });

  it('a page back from Intuit completes through the real run, and the same code is never sent twice', async () => {
    const adapter = new ScriptedAdapter();
    const storage = new MemoryStorage();
    const first = standIn(adapter, storage);
    const params = { code: 'c-1', state: 's-1', realmId: '9130357766' };
    expect(await first.run.resume({ kind: 'answer', params })).to.equal(true);
    expect(adapter.completions).to.deep.equal([params]);
    expect(first.page.state.flow.name).to.equal('succeeded');
    expect(first.page.accepted).to.deep.equal([ACTIVE]);
    expect(first.page.events.map((event) => event.type)).to.deep.equal(['reconnect-start', 'reconnect-success']);

    // A reload of the same return, on the same tab storage: refused before the backend hears of it.
    const again = standIn(adapter, storage);
    await again.run.resume({ kind: 'answer', params });
    expect(adapter.completions).to.have.length(1);
    expect(again.page.state.flow).to.include({ name: 'failed', reason: 'state_mismatch' });
  });
});
