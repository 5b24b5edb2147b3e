// The keep-alive over real HTTP against the mock Intuit, on PGlite and PostgreSQL: idle grants refreshed, every
// reason from its Intuit fault (through runMaintenance and through qboFetch), transient faults changing nothing,
// recovery, the 429 wait, expiring thresholds, lapsed claims taken over, and the timer stopping cleanly.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it, mock as mocking } from 'node:test';
import { ConnectionInactiveError, IntuitUnavailableError } from '../../src/server/index.js';
import { internals } from '../../src/server/internals.js';
import { seedConnection, type RealmFaultKind } from '../../src/server/testing/index.js';
import { startStack, type Stack } from './helpers.js';
import { eventsOf, freshPostgres, KEEP_ALIVE_DATABASES, manyCompanies, sqlOf } from './keep-alive-helpers.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const companies = manyCompanies(6);
const realm = (i: number) => companies[2 + i]!;
const KEPT: RealmFaultKind[] = ['admin_access_lost', 'subscription_inactive', 'app_not_authorized'];

for (const database of KEEP_ALIVE_DATABASES) {
  describe(`keep-alive on ${database.name}`, () => {
    // One stack per database (starting PGlite is slow on a busy machine); each test starts from empty tables and a
    // reset mock, on a clock that only moves forward.
    let shared: Stack;
    let stack: Stack;
    let drop = async () => {};
    let failures: unknown[] = [];
    const onError = (error: unknown) => failures.push(error);
    before(async () => {
      const db = await database.open();
      drop = db.drop;
      shared = await startStack({ mock: { companies }, server: { database: db.option, onError } });
    });
    after(async () => {
      await shared.close();
      await drop();
    });
    beforeEach(async () => {
      stack = shared;
      failures = [];
      stack.mock.reset();
      await sqlOf(stack.server).exec('delete from qbo_events; delete from qbo_connections;');
    });

    async function linked(tenant: string, i: number, lifetimes: { accessTokenLifetimeSec?: number; refreshTokenHardLifetimeSec?: number } = {}) {
      const company = realm(i);
      const grant = await stack.mock.issueGrant({ realmId: company.realmId, ...lifetimes });
      await seedConnection(stack.server, tenant, { linkState: 'active', company: { realmId: company.realmId, name: company.name }, grant });
      return grant;
    }
    const run = () => stack.server.connections.runMaintenance();
    const snapshot = async (tenant: string) => (await stack.api(tenant, 'GET', '/connection')).body;
    const types = async (tenant: string) => (await eventsOf(stack.server, tenant)).map((e) => (e.reason ? `${e.type}:${e.reason}` : e.type));

    it('refreshes a grant last renewed refreshAfter ago, once, and stores the rotation', async () => {
      // An access token good for 30 days: the daily probes need no refresh, so only refreshAfter causes one.
      const grant = await linked('idle', 0, { accessTokenLifetimeSec: 30 * 86_400 });
      let report = await run();
      assert.deepEqual([report.claimed, report.probed, report.refreshed], [1, 1, 0], 'first cycle: never probed, token fresh');
      for (let day = 1; day < 7; day++) {
        stack.clock.advance(DAY);
        report = await run();
        assert.deepEqual([report.claimed, report.probed, report.refreshed], [1, 1, 0], `day ${day}: a probe, no refresh`);
      }
      stack.clock.advance(DAY - MINUTE);
      assert.equal((await run()).claimed, 0, 'not due before 7 days');
      stack.clock.advance(2 * MINUTE);
      report = await run();
      assert.deepEqual([report.claimed, report.refreshed], [1, 1]);
      assert.deepEqual(stack.mock.grantRefreshes(grant.refresh_token), { accepted: 1, refused: 0 });
      assert.equal((await run()).claimed, 0, 'handled: not due again');
      assert.equal((await snapshot('idle')).credentialsExpireAt, new Date(stack.clock.now().getTime() + 100 * DAY).toISOString());
      // The rotated refresh token was stored: the next refresh (a host's) is accepted.
      stack.clock.advance(2 * 60 * MINUTE);
      await stack.server.connections.getAccessToken('idle');
      assert.deepEqual(stack.mock.grantRefreshes(grant.refresh_token), { accepted: 2, refused: 0 });
      assert.deepEqual(await types('idle'), []);
    });

    it("a host's refresh racing the keep-alive's refresh of the same grant spends the refresh token once", async () => {
      const grant = await linked('racing', 0);
      stack.clock.advance(7 * DAY + MINUTE); // the grant is due, and its access token long expired
      // The first refresh to reach the mock waits there, so the other starts while it is in flight.
      stack.mock.fault({ endpoint: 'token', kind: 'slow', delayMs: 800, times: 1 });
      const cycle = run();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [report, token] = await Promise.all([cycle, stack.server.connections.getAccessToken('racing')]);
      assert.equal(report.refreshed + report.probed >= 1, true);
      assert.deepEqual(stack.mock.grantRefreshes(grant.refresh_token), { accepted: 1, refused: 0 }, 'one refresh at Intuit');
      assert.equal((await snapshot('racing')).linkState, 'active');
      assert.deepEqual(await types('racing'), []);
      // The token the host got is the one stored: a QuickBooks call with it works.
      const company = await stack.server.connections.qboFetch('racing', `/companyinfo/${realm(0).realmId}`);
      assert.equal(company.status, 200);
      assert.ok(token.length > 0);
      assert.deepEqual(failures, []);
    });

    it('a probe names each reason from its fault, keeps the grant, and a later probe recovers the link', async () => {
      for (const [i, kind] of KEPT.entries()) {
        await linked(kind, i);
        stack.mock.setRealmFault(realm(i).realmId, kind);
      }
      const report = await run();
      assert.deepEqual(report.inactive, { admin_access_lost: 1, subscription_inactive: 1, app_not_authorized: 1 });
      for (const kind of KEPT) {
        const body = await snapshot(kind);
        assert.equal(body.linkState, 'inactive');
        assert.equal(body.inactiveReason, kind);
        assert.notEqual(body.credentialsExpireAt, null, 'the grant is kept');
        assert.deepEqual(await types(kind), [`inactive:${kind}`]);
        await assert.rejects(stack.server.connections.getAccessToken(kind), (error) => error instanceof ConnectionInactiveError && error.reason === kind);
      }
      // Still failing a day later: probed again (the kept grant refreshed on the way), nothing new to report.
      stack.clock.advance(DAY);
      const still = await run();
      assert.deepEqual([still.claimed, still.recovered, still.probed], [3, 0, 3]);
      assert.deepEqual(still.inactive, {});
      assert.ok(stack.mock.calls.token.refresh_token >= 3, 'kept grants are refreshed while inactive');
      for (const [i] of KEPT.entries()) stack.mock.setRealmFault(realm(i).realmId, null);
      stack.clock.advance(DAY);
      assert.equal((await run()).recovered, 3);
      for (const kind of KEPT) {
        assert.equal((await snapshot(kind)).linkState, 'active');
        assert.deepEqual(await types(kind), [`inactive:${kind}`, 'recovered']);
        assert.ok(await stack.server.connections.getAccessToken(kind));
      }
    });

    it("a host's qboFetch meeting fault 120 / 6190 / 3100 turns the link inactive with that reason", async () => {
      for (const [i, kind] of KEPT.entries()) {
        await linked(kind, i);
        stack.mock.setRealmFault(realm(i).realmId, kind);
        await assert.rejects(
          stack.server.connections.qboFetch(kind, '/query?query=select Id from Vendor'),
          (error) => error instanceof ConnectionInactiveError && error.reason === kind,
        );
        assert.equal((await snapshot(kind)).inactiveReason, kind);
        assert.deepEqual(await types(kind), [`inactive:${kind}`]);
        stack.mock.setRealmFault(realm(i).realmId, null);
      }
      assert.equal((await run()).recovered, 3, 'the next probe finds them working');
    });

    it('transient faults (503, 429, token endpoint 5xx) change nothing, through qboFetch and runMaintenance', async () => {
      await linked('busy', 0);
      await linked('down', 1);
      stack.mock.setRealmFault(realm(0).realmId, 'throttled');
      stack.mock.setRealmFault(realm(1).realmId, 'unavailable');
      await assert.rejects(stack.server.connections.qboFetch('busy', '/query?query=select Id from Vendor'), IntuitUnavailableError);
      await assert.rejects(stack.server.connections.qboFetch('down', '/query?query=select Id from Vendor'), IntuitUnavailableError);
      stack.clock.advance(2 * 60 * MINUTE);
      stack.mock.fault({ endpoint: 'token', kind: '5xx' });
      const report = await run();
      assert.deepEqual([report.claimed, report.transientFailures, report.probed, report.refreshed], [2, 2, 0, 0]);
      assert.deepEqual(report.inactive, {});
      stack.mock.clearFaults();
      stack.clock.advance(30_000);
      assert.equal((await run()).claimed, 0, 'a failed link waits before its next try');
      stack.mock.setRealmFault(realm(0).realmId, null);
      stack.mock.setRealmFault(realm(1).realmId, null);
      stack.clock.advance(31_000);
      const retried = await run();
      assert.deepEqual([retried.probed, retried.refreshed, retried.transientFailures], [2, 2, 0]);
      for (const tenant of ['busy', 'down']) {
        assert.equal((await snapshot(tenant)).linkState, 'active');
        assert.deepEqual(await types(tenant), []);
      }
    });

    it('a 429 holds the whole realm back for 60 s, without retries and without counting its other links', async () => {
      await linked('first', 0);
      const company = realm(0);
      const grant = await stack.mock.issueGrant({ realmId: company.realmId });
      await seedConnection(stack.server, 'second', { linkState: 'active', company: { realmId: company.realmId, name: company.name }, grant });
      stack.mock.setRealmFault(company.realmId, 'throttled');
      const calls = () => stack.mock.calls.log.filter((entry) => entry.path.includes(company.realmId)).length;
      const report = await run();
      assert.deepEqual([report.claimed, report.transientFailures, report.probed], [2, 1, 0]);
      assert.equal(calls(), 1, 'one call met the 429; the realm was then left alone');
      stack.mock.setRealmFault(company.realmId, null);
      stack.clock.advance(59_000);
      assert.equal((await run()).claimed, 0);
      assert.equal(calls(), 1);
      stack.clock.advance(2_000);
      assert.equal((await run()).probed, 2);
      assert.equal(calls(), 3);
    });

    it('expiring once each at 30, 14, 7 and 1 days before credentialsExpireAt, then expired_credentials', async () => {
      await linked('ending', 0, { refreshTokenHardLifetimeSec: 40 * 86_400 });
      assert.equal((await run()).expiring, 0);
      const daysLeft = async () => (await eventsOf(stack.server, 'ending')).filter((e) => e.type === 'expiring').map((e) => e.days_left);
      for (const [advance, expected] of [[10, [30]], [16, [30, 14]], [7, [30, 14, 7]], [6, [30, 14, 7, 1]]] as const) {
        stack.clock.advance(advance * DAY);
        assert.equal((await run()).expiring, 1, `${expected.at(-1)} days left`);
        assert.equal((await run()).expiring, 0, 'once');
        assert.deepEqual(await daysLeft(), expected);
      }
      stack.clock.advance(DAY + MINUTE);
      const report = await run();
      assert.deepEqual(report.inactive, { expired_credentials: 1 });
      assert.equal((await types('ending')).at(-1), 'inactive:expired_credentials');
    });

    it('a revoked grant found by the refresh → revoked, its event, and no tokens kept', async () => {
      await linked('gone', 0);
      stack.mock.revokeGrant(realm(0).realmId);
      stack.clock.advance(8 * DAY);
      assert.deepEqual((await run()).inactive, { revoked: 1 });
      const body = await snapshot('gone');
      assert.deepEqual([body.linkState, body.inactiveReason, body.credentialsExpireAt], ['inactive', 'revoked', null]);
      assert.deepEqual(await types('gone'), ['inactive:revoked']);
      assert.equal((await run()).claimed, 0, 'nothing left to maintain');
    });

    it('a claim whose lease lapsed is taken over; a refresh it had sent is reported by the new holder', async () => {
      await linked('orphan', 0);
      await linked('untouched', 1);
      stack.clock.advance(8 * DAY);
      const { repository } = stack.server[internals];
      const now = stack.clock.now();
      const taken = await repository.upkeep.claimDue({
        owner: 'a-process-that-died',
        now,
        leaseUntil: new Date(now.getTime() + 5 * MINUTE),
        refreshBefore: new Date(now.getTime() - 7 * DAY),
        probeBefore: new Date(now.getTime() - DAY),
        keptReasons: [],
        expiringDays: [],
        limit: 10,
      });
      assert.equal(taken.length, 2);
      // It died after sending the refresh of one of them, before its answer was stored.
      assert.equal(await repository.upkeep.markRefreshSent('orphan', 'a-process-that-died', now, new Date(now.getTime() + 5 * MINUTE)), true);
      assert.equal((await run()).claimed, 0, 'held by its lease');
      stack.clock.advance(5 * MINUTE);
      const report = await run();
      assert.deepEqual([report.claimed, report.reclaimed, report.refreshed], [2, 2, 2]);
      assert.deepEqual(await types('orphan'), ['recovered'], 'the lost refresh did not rotate: a working token, reported');
      assert.deepEqual(await types('untouched'), [], 'no refresh had been sent: nothing to report');
      assert.equal((await snapshot('orphan')).linkState, 'active');
      assert.equal((await run()).claimed, 0);
    });

    it('the timer runs cycles by itself, and close() waits for the cycle in flight', async () => {
      const db = await database.open();
      const own = await startStack({
        mockIntuit: stack.mock,
        clock: stack.clock,
        server: { database: db.option, onError, keepAlive: { interval: 25 } },
      });
      try {
        stack = own;
        await linked('timed', 0);
        while (stack.mock.calls.companyInfo === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        await linked('late', 1);
        stack.mock.fault({ endpoint: 'companyinfo', kind: 'slow', delayMs: 300 });
        const probes = stack.mock.calls.companyInfo;
        while (stack.mock.calls.companyInfo === probes) await new Promise((resolve) => setTimeout(resolve, 10));
      } finally {
        await own.close();
        await db.drop();
      }
      // The cycle in flight finished before the database closed: had close() not waited, its writes after the slow
      // probe would have met a closed database and reached onError.
      assert.deepEqual(failures.map(String), []);
      assert.equal(stack.mock.calls.log.filter((entry) => entry.endpoint === 'companyinfo' && entry.status === 200).length, 2);
    });
  });
}

describe('Intuit errors in the log', () => {
  it("carry Intuit's intuit_tid and never a token (the default onError: console.error)", async () => {
    const db = await freshPostgres();
    const stack = await startStack({ mock: { companies }, server: { database: { databaseUrl: db.url, poolSize: 2 } } });
    const logged: string[] = [];
    const spy = mocking.method(console, 'error', (...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    try {
      const grants = [];
      for (const [i, kind] of ['admin_access_lost', 'unavailable'].entries()) {
        const company = realm(i);
        const grant = await stack.mock.issueGrant({ realmId: company.realmId, accessTokenLifetimeSec: 60 });
        grants.push(grant);
        await seedConnection(stack.server, `logged-${i}`, { linkState: 'active', company: { realmId: company.realmId, name: company.name }, grant });
        stack.mock.setRealmFault(company.realmId, kind as RealmFaultKind);
      }
      stack.mock.revokeGrant(realm(1).realmId);
      await stack.server.connections.runMaintenance();
      const tids = stack.mock.calls.log.filter((entry) => entry.status >= 400).map((entry) => entry.intuitTid);
      assert.ok(tids.length >= 2 && tids.every(Boolean), 'the mock sent a tid with each error');
      for (const tid of tids) assert.ok(logged.some((line) => line.includes(`intuit_tid ${tid}`)), `${tid} is logged`);
      assert.ok(logged.some((line) => /CompanyInfo probe for tenant logged-0: HTTP 401 fault 120 → admin_access_lost/.test(line)), logged.join('\n'));
      assert.ok(logged.some((line) => /token refresh for tenant logged-1: HTTP 400 invalid_grant → revoked/.test(line)), logged.join('\n'));
      const secrets = grants.flatMap((grant) => [grant.access_token, grant.refresh_token]);
      for (const line of logged) {
        for (const secret of secrets) assert.ok(!line.includes(secret), 'no token in the log');
        assert.doesNotMatch(line, /eyJmock\.|RT1-/, 'no token of any rotation either');
      }
    } finally {
      spy.mock.restore();
      await stack.close();
      await db.drop();
    }
  });
});
