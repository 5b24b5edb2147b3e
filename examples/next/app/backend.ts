// The app's QuickBooks backend: qbo-reconnect/server on its default embedded database (PGlite, in memory), talking
// to the mock Intuit from qbo-reconnect/server/testing so the example runs without an Intuit developer account.
// One per server process, made on first use.
import type { QboServer } from 'qbo-reconnect/server';

export const TENANT = 'acme'; // a real app takes it from the signed-in session
export const ORIGIN = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export interface Backend {
  qbo: QboServer;
  /** The mock Intuit's origin, where its sign-in page opens. */
  intuitOrigin: string;
}

async function createBackend(): Promise<Backend> {
  // Node loads the server half itself, unbundled: it reads its SQL migrations from files beside its modules.
  const [{ createQboServer }, { seedConnection, startMockIntuit }] = await Promise.all([
    import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'qbo-reconnect/server') as Promise<typeof import('qbo-reconnect/server')>,
    import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'qbo-reconnect/server/testing') as Promise<typeof import('qbo-reconnect/server/testing')>,
  ]);
  const intuit = await startMockIntuit();
  const qbo = await createQboServer({
    clientId: intuit.clientId,
    clientSecret: intuit.clientSecret,
    intuit: intuit.endpoints,
    redirectUris: [`${ORIGIN}/callback`],
    allowedOrigins: [ORIGIN],
    // A fixed key keeps the example short; a real app reads a secret 32-byte key from its environment.
    encryptionKey: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
    basePath: '/api/quickbooks', // qbo.app answers /api/quickbooks/*, as the route handler receives it
    tenant: () => ({ tenantId: TENANT, user: { name: 'Dana Ortiz' } }),
  });
  const [company] = intuit.companies;
  await seedConnection(qbo, TENANT, { linkState: 'inactive', inactiveReason: 'expired_credentials', company: { realmId: company.realmId, name: company.name } });
  return { qbo, intuitOrigin: intuit.origin };
}

// Kept on globalThis: Next may load this module more than once in one process (route handlers and pages).
const holder = globalThis as typeof globalThis & { qboExampleBackend?: Promise<Backend> };

export function backend(): Promise<Backend> {
  holder.qboExampleBackend ??= createBackend();
  return holder.qboExampleBackend;
}
