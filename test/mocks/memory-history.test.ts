// The memory backend's connection history: the events each change records, paging, and history kept in storage.
import { expect } from '@open-wc/testing';
import { ConnectionError } from '../../src/core/errors.js';
import { createMemoryAdapter } from '../../src/mocks/memory-adapter.js';
import { SAMPLE_ACTIVE_SNAPSHOT, SAMPLE_COMPANIES, SAMPLE_DISABLED_SNAPSHOT, SAMPLE_INACTIVE_SNAPSHOT } from '../../src/mocks/memory-backend.js';
import { MAX_HISTORY_ITEMS } from '../../src/mocks/backend-history.js';
import { SAMPLE_INACTIVE_HISTORY } from '../../src/mocks/sample-history.js';
import { rejectionOf } from '../helpers/assertions.js';

const REDIRECT = 'https://app.example.com/qbo/callback';
const linked = SAMPLE_COMPANIES[0]!;
const other = SAMPLE_COMPANIES[1]!;
const NOW = new Date('2026-12-04T10:00:00.000Z');

type Adapter = ReturnType<typeof createMemoryAdapter>;

async function signIn(adapter: Adapter, realmId: string, code: string, confirmCompanySwitch?: boolean) {
  const { state } = await adapter.authorize({ redirectUri: REDIRECT });
  return adapter.complete({ code, state, realmId, ...(confirmCompanySwitch === undefined ? {} : { confirmCompanySwitch }) });
}

const types = async (adapter: Adapter) => (await adapter.history({ cursor: null, limit: 100 })).items.map((item) => item.type);

describe('memory backend history', () => {
  it('records connected, company_switched, reconnected and disconnected as the link changes, newest first, stamped and attributed', async () => {
    const adapter = createMemoryAdapter({ snapshot: SAMPLE_DISABLED_SNAPSHOT, now: () => NOW });
    await signIn(adapter, linked.realmId, 'c1');
    await signIn(adapter, other.realmId, 'c2', true);
    await signIn(adapter, other.realmId, 'c3');
    await adapter.disconnect();
    expect(await types(adapter)).to.deep.equal(['disconnected', 'reconnected', 'company_switched', 'connected']);
    const [disconnected, reconnected, switched, connected] = (await adapter.history({ cursor: null, limit: 10 })).items;
    expect(connected!.company).to.deep.equal(linked);
    expect(switched!.company).to.deep.equal(other);
    expect(reconnected!.actor).to.deep.equal({ name: 'Dana Ortiz', email: null });
    expect(reconnected!.at).to.equal(NOW.toISOString());
    expect(disconnected!.reason).to.equal('manually_disabled');
    expect(new Set([disconnected!.id, reconnected!.id, switched!.id, connected!.id]).size).to.equal(4);
  });

  it('records inactive (with its reason) and recovered, with nobody acting, when the snapshot is set', async () => {
    const adapter = createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT });
    adapter.backend.setSnapshot({ ...SAMPLE_ACTIVE_SNAPSHOT, linkState: 'inactive', inactiveReason: 'subscription_inactive' });
    adapter.backend.setSnapshot({ ...SAMPLE_ACTIVE_SNAPSHOT, linkState: 'inactive', inactiveReason: 'subscription_inactive' });
    adapter.backend.setSnapshot(SAMPLE_ACTIVE_SNAPSHOT);
    const { items } = await adapter.history({ cursor: null, limit: 10 });
    expect(items.map((item) => [item.type, item.reason, item.actor])).to.deep.equal([
      ['recovered', null, null],
      ['inactive', 'subscription_inactive', null],
    ]);
  });

  it('starts from the given history, pages it, and refuses a bad limit or cursor', async () => {
    const adapter = createMemoryAdapter({ snapshot: SAMPLE_INACTIVE_SNAPSHOT, history: SAMPLE_INACTIVE_HISTORY });
    const first = await adapter.history({ cursor: null, limit: 4 });
    const second = await adapter.history({ cursor: first.nextCursor, limit: 4 });
    expect([...first.items, ...second.items]).to.deep.equal(SAMPLE_INACTIVE_HISTORY);
    expect(second.nextCursor).to.equal(null);
    for (const request of [{ cursor: null, limit: 0 }, { cursor: 'x', limit: 4 }]) {
      const error = (await rejectionOf(adapter.history(request))) as ConnectionError;
      expect(error).to.be.instanceOf(ConnectionError);
      expect(error.status).to.equal(400);
    }
  });

  it('keeps at most MAX_HISTORY_ITEMS events', async () => {
    const adapter = createMemoryAdapter({ snapshot: SAMPLE_ACTIVE_SNAPSHOT });
    for (let round = 0; round < MAX_HISTORY_ITEMS / 2 + 5; round++) {
      adapter.backend.setSnapshot({ ...SAMPLE_ACTIVE_SNAPSHOT, linkState: 'inactive', inactiveReason: 'revoked' });
      adapter.backend.setSnapshot(SAMPLE_ACTIVE_SNAPSHOT);
    }
    expect(adapter.backend.historyItems).to.have.length(MAX_HISTORY_ITEMS);
  });

  it('keeps the history in storage across a reload, and reads a state stored before there was one', async () => {
    const key = `qbo-history-test-${Math.random()}`;
    try {
      const first = createMemoryAdapter({ storage: sessionStorage, storageKey: key, snapshot: SAMPLE_ACTIVE_SNAPSHOT });
      await first.disconnect();
      const reloaded = createMemoryAdapter({ storage: sessionStorage, storageKey: key });
      expect(await types(reloaded)).to.deep.equal(['disconnected']);

      const stored = JSON.parse(sessionStorage.getItem(key)!);
      delete stored.history;
      sessionStorage.setItem(key, JSON.stringify(stored));
      const older = createMemoryAdapter({ storage: sessionStorage, storageKey: key });
      expect(await older.load()).to.deep.include({ linkState: 'disabled' });
      expect(await types(older)).to.deep.equal([]);
    } finally {
      sessionStorage.removeItem(key);
    }
  });
});
