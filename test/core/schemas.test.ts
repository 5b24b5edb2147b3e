// Reply validation: bad replies become `invalid_response`, junk never throws anything else, good ones round-trip.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ConnectionError } from '../../src/core/errors.js';
import { INACTIVE_REASONS, LINK_STATES } from '../../src/core/model.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import {
  parseAuthorizeResult,
  parseCompany,
  parseCompleteResult,
  parseSnapshot,
  parseVendorPage,
} from '../../src/core/schemas.js';

const valid: ConnectionSnapshot = {
  linkState: 'inactive',
  everReconnected: false,
  inactiveReason: 'expired_credentials',
  company: { realmId: '9341452198765430', name: 'Harbor Street Bakery LLC' },
  sync: { totalFiles: 1284, lastSyncAt: '2026-10-30T14:05:00.000Z' },
  credentialsExpireAt: null,
  connectedAt: '2026-07-14T16:20:00.000Z',
  connectedBy: { name: 'Dana Ortiz' },
  handoff: null,
};

function rejection(run: () => unknown): ConnectionError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ConnectionError);
    return error as ConnectionError;
  }
  throw new Error('expected the parse to throw');
}

function expectInvalid(run: () => unknown, mentions?: string): void {
  const error = rejection(run);
  expect(error.reason).to.equal('invalid_response');
  if (mentions) expect(error.message).to.contain(mentions);
}

describe('schemas: bad replies', () => {
  it('accepts a valid snapshot', () => {
    expect(parseSnapshot(structuredClone(valid))).to.deep.equal(valid);
  });

  it('rejects a snapshot with a missing field, naming it', () => {
    const { everReconnected: _omitted, ...missing } = valid;
    expectInvalid(() => parseSnapshot(missing), 'everReconnected');
  });

  it('rejects an unknown link state and an unknown inactive reason', () => {
    expectInvalid(() => parseSnapshot({ ...valid, linkState: 'connected' }), 'linkState');
    expectInvalid(() => parseSnapshot({ ...valid, inactiveReason: 'tired' }), 'inactiveReason');
  });

  it('rejects a negative or fractional totalFiles', () => {
    expectInvalid(() => parseSnapshot({ ...valid, sync: { totalFiles: -1, lastSyncAt: null } }), 'sync.totalFiles');
    expectInvalid(() => parseSnapshot({ ...valid, sync: { totalFiles: 1.5, lastSyncAt: null } }), 'sync.totalFiles');
  });

  it('rejects dates that are not ISO 8601 date-times', () => {
    for (const lastSyncAt of ['yesterday', '2026-10-30', '30/10/2026 14:05', '2026-13-40T99:00:00Z', 1730297100000]) {
      expectInvalid(() => parseSnapshot({ ...valid, sync: { totalFiles: 1, lastSyncAt } }), 'sync.lastSyncAt');
    }
    expect(parseSnapshot({ ...valid, sync: { totalFiles: 1, lastSyncAt: '2026-10-30T14:05:00+02:00' } }).sync?.lastSyncAt).to.equal(
      '2026-10-30T14:05:00+02:00',
    );
  });

  it('rejects a company with an empty realmId', () => {
    expectInvalid(() => parseSnapshot({ ...valid, company: { realmId: '', name: 'X' } }), 'company.realmId');
    expectInvalid(() => parseCompany({ realmId: '1' }), 'name');
  });

  it('rejects an authorization URL that is not http(s), and an empty state', () => {
    for (const authorizationUrl of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/x', '/relative', 'not a url']) {
      expectInvalid(() => parseAuthorizeResult({ authorizationUrl, state: 's' }), 'authorizationUrl');
    }
    expectInvalid(() => parseAuthorizeResult({ authorizationUrl: 'https://appcenter.intuit.com/connect/oauth2', state: '' }), 'state');
    expect(parseAuthorizeResult({ authorizationUrl: 'https://appcenter.intuit.com/connect/oauth2?x=1', state: 's' }).state).to.equal('s');
  });

  it('rejects vendor pages with bad items or cursors', () => {
    expectInvalid(() => parseVendorPage({ items: [{ id: 42, name: 'A' }], nextCursor: null }), 'items.0.id');
    expectInvalid(() => parseVendorPage({ items: [{ id: '', name: 'A' }], nextCursor: null }), 'items.0.id');
    expectInvalid(() => parseVendorPage({ items: [], nextCursor: '' }), 'nextCursor');
    expectInvalid(() => parseVendorPage({ items: {} }));
    expect(parseVendorPage({ items: [{ id: null, name: 'A' }], nextCursor: '25' }).items[0]?.id).to.equal(null);
  });

  it('rejects a complete result of neither shape', () => {
    expectInvalid(() => parseCompleteResult({ outcome: 'connected' }));
    expectInvalid(() => parseCompleteResult({ outcome: 'company_mismatch', linked: valid.company }));
    expectInvalid(() => parseCompleteResult({ outcome: 'maybe', snapshot: valid }));
  });
});

const parsers = [parseSnapshot, parseAuthorizeResult, parseVendorPage, parseCompany, parseCompleteResult];

const isoDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

const snapshotArbitrary: fc.Arbitrary<ConnectionSnapshot> = fc.record({
  linkState: fc.constantFrom(...LINK_STATES),
  everReconnected: fc.boolean(),
  inactiveReason: fc.option(fc.constantFrom(...INACTIVE_REASONS), { nil: null }),
  company: fc.option(fc.record({ realmId: fc.string({ minLength: 1 }), name: fc.string({ minLength: 1 }) }), { nil: null }),
  sync: fc.option(fc.record({ totalFiles: fc.nat(), lastSyncAt: fc.option(isoDate, { nil: null }) }), { nil: null }),
  credentialsExpireAt: fc.option(isoDate, { nil: null }),
  connectedAt: fc.option(isoDate, { nil: null }),
  connectedBy: fc.option(fc.record({ name: fc.string({ minLength: 1 }) }), { nil: null }),
  handoff: fc.constant(null),
});

describe('schemas: properties', () => {
  it('junk never throws anything but ConnectionError("invalid_response")', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.object()), (junk) => {
        for (const parse of parsers) {
          try {
            parse(junk);
          } catch (error) {
            if (!(error instanceof ConnectionError) || error.reason !== 'invalid_response') return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('near-misses of a valid snapshot are rejected with invalid_response', () => {
    fc.assert(
      fc.property(snapshotArbitrary, fc.constantFrom('linkState', 'everReconnected', 'inactiveReason', 'company', 'sync'), fc.anything(), (snapshot, key, junk) => {
        const broken: Record<string, unknown> = { ...snapshot, [key]: junk };
        try {
          const parsed = parseSnapshot(broken);
          // A junk value that happens to be valid for the field must come back unchanged.
          return JSON.stringify(parsed) === JSON.stringify(broken);
        } catch (error) {
          return error instanceof ConnectionError && error.reason === 'invalid_response';
        }
      }),
      { numRuns: 200 },
    );
  });

  it('valid snapshots round-trip through JSON and the parser', () => {
    fc.assert(
      fc.property(snapshotArbitrary, (snapshot) => {
        expect(parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).to.deep.equal(snapshot);
      }),
      { numRuns: 200 },
    );
  });
});
