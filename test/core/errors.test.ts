// toConnectionError is total: whatever a host's adapter rejects with becomes a named error, never a second throw.
import { expect } from '@open-wc/testing';
import { ConnectionError, toConnectionError } from '../../src/core/errors.js';
import { ConnectionStore } from '../../src/core/store.js';
import type { StoreEvent } from '../../src/core/store.js';
import { FakeWindow, MemoryStorage, ScriptedAdapter } from '../helpers/fakes.js';

/** Values a careless or hostile adapter has been seen to reject with. */
function hostileValues(): Array<[string, unknown]> {
  const throwingToString = { toString: () => { throw new Error('no'); } };
  const prototypeless = Object.create(null) as object;
  const throwingProxy = new Proxy(
    {},
    {
      get() { throw new Error('trap'); },
      getPrototypeOf() { throw new Error('trap'); },
    },
  );
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  return [
    ['an object without a prototype', prototypeless],
    ['an object whose toString throws', throwingToString],
    ['a Proxy whose traps throw', throwingProxy],
    ['a revoked Proxy', revoked.proxy],
    ['undefined', undefined],
    ['a Symbol', Symbol('odd')],
    ['an Error whose message is not a string', Object.assign(new Error(), { message: 42 })],
  ];
}

describe('toConnectionError', () => {
  for (const [label, value] of hostileValues()) {
    it(`names ${label} as a server error without throwing`, () => {
      const error = toConnectionError(value);
      expect(error).to.be.instanceOf(ConnectionError);
      expect(error.reason).to.equal('server');
      expect(error.message).to.be.a('string').and.not.equal('');
    });
  }

  it('keeps an object message and the fallback reason', () => {
    expect(toConnectionError({ message: 'backend down' }, 'network').message).to.equal('backend down');
    expect(toConnectionError({ message: 'backend down' }, 'network').reason).to.equal('network');
  });
});

describe('ConnectionStore with an adapter rejecting with hostile values', () => {
  for (const [label, value] of hostileValues()) {
    it(`ends a load rejected with ${label} as a named load error`, async () => {
      const adapter = new ScriptedAdapter();
      const store = new ConnectionStore({
        adapter,
        redirectUri: 'https://host.example/oauth/callback',
        environment: {
          storage: new MemoryStorage(),
          currentUrl: () => 'https://host.example/integrations',
          navigate: () => {},
          replaceUrl: () => {},
          createWindow: (uri, hooks) => new FakeWindow(uri, hooks),
        },
      });
      const events: StoreEvent[] = [];
      store.onEvent((event) => events.push(event));
      const done = store.load();
      adapter.loads[0]!.reply.reject(value);
      await done;
      expect(store.state.status).to.equal('error');
      expect(store.state.loadError?.reason).to.equal('server');
      expect(events.map((event) => event.type)).to.deep.equal(['load-error']);
    });
  }
});
