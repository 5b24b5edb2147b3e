// The page's script: takes over what the server rendered (qbo-reconnect/hydrate first, before anything else from
// qbo-reconnect or lit), then gives the provider its adapter. The provider starts from the rendered snapshot.
import 'qbo-reconnect/hydrate';
import { createHttpAdapter } from 'qbo-reconnect/core';

const connection = document.querySelector('qbo-connection');
const hostEvent = document.getElementById('host-event');
const show = (text) => (hostEvent.textContent = `Last event: ${text}`);

connection.addEventListener('qbo-status-change', (event) => show(`status-change: ${event.detail.previous ?? 'none'} → ${event.detail.linkState}`));
connection.addEventListener('qbo-reconnect-success', (event) => show(`reconnect-success: ${event.detail.snapshot.company?.name ?? 'no company'}`));
connection.addEventListener('qbo-reconnect-error', (event) => show(`reconnect-error: ${event.detail.reason}`));
connection.adapter = createHttpAdapter({ baseUrl: '/api/quickbooks' });
