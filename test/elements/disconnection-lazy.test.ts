// The drop-in's stand-in for the disconnect run: the run comes with the later elements' chunk. Until then the
// disconnect can only be idle; a request waits for the chunk and then goes through the real run.
import { expect } from '@open-wc/testing';
import type { DisconnectState } from '../../src/core/disconnect-state.js';
import { DISCONNECT_IDLE } from '../../src/core/disconnect-state.js';
import type { DisconnectionHost } from '../../src/core/disconnection.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { Disconnection } from '../../src/elements/shared/disconnection.lazy.js';
import { ACTIVE, DISCONNECTED, ScriptedAdapter } from '../helpers/fakes.js';

/** A stand-in disconnect as a store would hold it, with what it tells the store laid open. */
function standIn(adapter: ScriptedAdapter | null = new ScriptedAdapter()) {
  let state: DisconnectState = DISCONNECT_IDLE;
  const told: string[] = [];
  let snapshot: ConnectionSnapshot = ACTIVE;
  const host: DisconnectionHost = {
    adapter,
    get disconnectState() {
      return state;
    },
    reconnectRunning: false,
    setDisconnectState: (next) => (state = next),
    accept: (next) => (snapshot = next),
    refresh: async () => {},
    currentSnapshot: () => snapshot,
    emitDone: () => told.push('disconnect'),
    emitCancel: () => told.push('disconnect-cancel'),
    emitError: (error) => told.push(`disconnect-error ${error.reason}`),
    call: (_what, run) => Promise.resolve(run(new AbortController().signal)),
  };
  return {
    run: new Disconnection(host),
    told,
    get state() {
      return state;
    },
    get snapshot() {
      return snapshot;
    },
  };
}

describe('drop-in disconnect run stand-in', () => {
  it('before the later chunk is here: confirm, cancel, forget and dispose find nothing to act on', async () => {
    const subject = standIn();
    expect(subject.run.supported).to.equal(true);
    await subject.run.confirm();
    subject.run.cancel();
    subject.run.forget();
    subject.run.dispose();
    expect(subject.state).to.equal(DISCONNECT_IDLE);
    expect(subject.told).to.deep.equal([]);
    expect(customElements.get('qbo-disconnect')).to.equal(undefined);
    // An adapter without disconnect() offers nothing, and asks for no chunk.
    const unable = standIn({ ...new ScriptedAdapter(), disconnect: undefined } as unknown as ScriptedAdapter);
    expect(unable.run.supported).to.equal(false);
    expect(unable.run.request()).to.equal(undefined);
  });

  it('a request loads the later chunk, then asks "Disconnect QuickBooks?"', async () => {
    const subject = standIn();
    const pending = subject.run.request();
    expect(pending).to.be.an.instanceof(Promise);
    expect(subject.state.name).to.equal('idle');
    await pending;
    expect(customElements.get('qbo-disconnect')).to.be.a('function');
    expect(subject.state.name).to.equal('confirming');
  });

  it('once the chunk is here, the real run asks at once and ends the link', async () => {
    const adapter = new ScriptedAdapter();
    adapter.disconnectReply = async () => DISCONNECTED;
    const subject = standIn(adapter);
    expect(subject.run.request()).to.equal(undefined);
    expect(subject.state.name).to.equal('confirming');
    await subject.run.confirm();
    expect(adapter.disconnects).to.have.length(1);
    expect(subject.state.name).to.equal('done');
    expect(subject.snapshot).to.deep.equal(DISCONNECTED);
    expect(subject.told).to.deep.equal(['disconnect']);
  });
});
