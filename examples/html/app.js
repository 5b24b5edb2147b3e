// The plain HTML example's script: register the tags, hand <qbo-connection> an adapter, listen to its events.
import { createMemoryAdapter } from 'qbo-reconnect/mocks/memory';
import 'qbo-reconnect/define';

const connection = document.querySelector('qbo-connection');
const hostState = document.getElementById('host-state');
const hostEvent = document.getElementById('host-event');

connection.addEventListener('qbo-status-change', (event) => {
  hostState.textContent = `Link state seen by the page: ${event.detail.linkState}`;
  hostEvent.textContent = `Last event: status-change: ${event.detail.previous ?? 'none'} → ${event.detail.linkState}`;
});
connection.addEventListener('qbo-reconnect-success', (event) => {
  hostEvent.textContent = `Last event: reconnect-success: ${event.detail.snapshot.company?.name ?? 'no company'}`;
});
connection.addEventListener('qbo-reconnect-error', (event) => {
  hostEvent.textContent = `Last event: reconnect-error: ${event.detail.reason}`;
});

// An in-memory backend whose sign-in is this folder's stand-in page; a real page uses createHttpAdapter({ baseUrl }).
connection.redirectUri = new URL('./callback.html', location.href).href;
// The stand-in sign-in page is on this origin; without this only Intuit's own page may open.
connection.authorizationOrigins = location.origin;
connection.adapter = createMemoryAdapter({ authorizationEndpoint: new URL('./sign-in.html', location.href).href });
