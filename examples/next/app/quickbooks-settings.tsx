'use client';
// The provider and the host's event handling, in the browser: qbo-reconnect/hydrate first (it must load before
// anything else from qbo-reconnect or lit), then the qbo-reconnect/react components.
import 'qbo-reconnect/hydrate';
import { useMemo, useState } from 'react';
import { createHttpAdapter } from 'qbo-reconnect/core';
import { QboConnection } from 'qbo-reconnect/react';

export interface QuickBooksSettingsProps {
  /** The integration header as qbo-reconnect/ssr rendered it, declarative shadow roots included. */
  headerHtml: string;
  /** The provider's server-snapshot attribute: `{ snapshot, renderedAt }` as JSON, or null to load in the browser. */
  serverSnapshot: string | null;
  locale: string;
  redirectUri: string;
  /** Where the sign-in page may open: the mock Intuit here; a real app leaves it out (Intuit's own page only). */
  authorizationOrigins: string;
}

export function QuickBooksSettings({ headerHtml, serverSnapshot, locale, redirectUri, authorizationOrigins }: QuickBooksSettingsProps) {
  // One adapter for the component's life: a new one would restart the status request.
  const adapter = useMemo(() => createHttpAdapter({ baseUrl: '/api/quickbooks' }), []);
  const [lastEvent, setLastEvent] = useState('none yet');
  return (
    <>
      <QboConnection
        adapter={adapter}
        locale={locale}
        lang={locale}
        redirectUri={redirectUri}
        authorizationOrigins={authorizationOrigins}
        server-snapshot={serverSnapshot ?? undefined}
        onStatusChange={(event) => setLastEvent(`status-change: ${event.detail.previous ?? 'none'} → ${event.detail.linkState}`)}
        onReconnectSuccess={(event) => setLastEvent(`reconnect-success: ${event.detail.snapshot.company?.name ?? 'no company'}`)}
        onReconnectError={(event) => setLastEvent(`reconnect-error: ${event.detail.reason}`)}
      >
        {/* React leaves this markup alone while hydrating; the elements in it take over their own shadow roots. In
            development React compares it with the page's markup, where the browser has already turned each
            <template shadowrootmode> into a shadow root: suppressHydrationWarning tells it that difference is meant. */}
        <div style={{ display: 'contents' }} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: headerHtml }} />
      </QboConnection>
      <p id="host-event">Last event: {lastEvent}</p>
    </>
  );
}
