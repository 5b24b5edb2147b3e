// Starts the mock backend (msw answering the REST contract in the browser), then renders the app.
import { setupWorker } from 'msw/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHandlers } from 'qbo-reconnect/mocks';
import { App } from './App.js';

// A real app talks to its own backend instead (qbo-reconnect/server, or any server with the same contract).
const worker = setupWorker(...createHandlers({ baseUrl: '/api/quickbooks', authorizationEndpoint: '/sign-in.html' }));
await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
