// The integration page, a server component: it reads the tenant's snapshot and renders the integration header with
// qbo-reconnect/ssr (declarative shadow roots), so the status shows before any script. The client component around
// it (the qbo-reconnect/react provider) takes over in the browser.
import { renderQboHtml } from 'qbo-reconnect/ssr';
import type { ConnectionSnapshot } from 'qbo-reconnect/core';
import { backend, ORIGIN, TENANT } from './backend';
import { QuickBooksSettings } from './quickbooks-settings';

// Rendered per request: the snapshot is the tenant's status now, never one from build time.
export const dynamic = 'force-dynamic';

const LOCALE = 'en';

export default async function Page() {
  const { qbo, intuitOrigin } = await backend();
  // A failed read still renders the page: the header shows the named failure with Retry, and the browser retries.
  const snapshot: ConnectionSnapshot | null = await qbo.connections.snapshot(TENANT).catch(() => null);
  const headerHtml = renderQboHtml(
    '<qbo-integration-header heading-level="2"></qbo-integration-header>',
    snapshot ? { snapshot, locale: LOCALE } : { loadError: 'network', locale: LOCALE },
  );
  return (
    <main>
      <h1>Integrations</h1>
      <QuickBooksSettings
        headerHtml={headerHtml}
        // What renderQboHtml writes onto a <qbo-connection> it renders; here React renders the provider.
        serverSnapshot={snapshot ? JSON.stringify({ snapshot, renderedAt: Date.now() }) : null}
        locale={LOCALE}
        redirectUri={`${ORIGIN}/callback`}
        authorizationOrigins={intuitOrigin}
      />
    </main>
  );
}
