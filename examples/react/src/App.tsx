// The host's integration page in React: the qbo-reconnect/react components, typed event props, and the hook.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createHttpAdapter } from 'qbo-reconnect/core';
import type { ConnectionStore } from 'qbo-reconnect/core';
import type { QboConnection as QboConnectionElement } from 'qbo-reconnect';
import { QboConnection, QboIntegrationHeader, useQboConnection } from 'qbo-reconnect/react';
// React 19's JSX types for the plain tags (here <qbo-vendor-id>), generated from custom-elements.json.
import type {} from 'qbo-reconnect/types/react';

export function App() {
  const adapter = useMemo(() => createHttpAdapter({ baseUrl: '/api/quickbooks' }), []);
  const connection = useRef<QboConnectionElement>(null);
  const [store, setStore] = useState<ConnectionStore | null>(null);
  const [lastEvent, setLastEvent] = useState('none yet');
  const state = useQboConnection(store);

  // The provider builds its store on its first update after it gets the adapter.
  useEffect(() => {
    const element = connection.current;
    void element?.updateComplete.then(() => setStore(element.store));
  }, [adapter]);

  return (
    <main>
      <h1>Integrations</h1>
      <QboConnection
        ref={connection}
        adapter={adapter}
        redirectUri={new URL('/callback.html', location.href).href}
        // The stand-in sign-in page is on this origin; without this only Intuit's own page may open.
        authorizationOrigins={location.origin}
        onStatusChange={(event) => setLastEvent(`status-change: ${event.detail.previous ?? 'none'} → ${event.detail.linkState}`)}
        onReconnectSuccess={(event) => setLastEvent(`reconnect-success: ${event.detail.snapshot.company?.name ?? 'no company'}`)}
        onReconnectError={(event) => setLastEvent(`reconnect-error: ${event.detail.reason}`)}
      >
        <QboIntegrationHeader headingLevel={2} />
        <table>
          <caption>Vendors</caption>
          <tbody>
            <tr>
              <th scope="row">Harbor Street Produce</th>
              <td>
                <qbo-vendor-id vendor-id="58"></qbo-vendor-id>
              </td>
            </tr>
          </tbody>
        </table>
      </QboConnection>
      <p id="host-state">Link state seen by the app: {state?.snapshot?.linkState ?? 'unknown'}</p>
      <p id="host-event">Last event: {lastEvent}</p>
    </main>
  );
}
