// Starts the mock backend (msw answering the REST contract in the browser), then mounts the app.
import { setupWorker } from 'msw/browser';
import { createApp } from 'vue';
import { createHandlers } from 'qbo-reconnect/mocks';
import 'qbo-reconnect/define';
import App from './App.vue';

// A real app talks to its own backend instead (qbo-reconnect/server, or any server with the same contract).
const worker = setupWorker(...createHandlers({ baseUrl: '/api/quickbooks', authorizationEndpoint: '/sign-in.html' }));
await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });

createApp(App).mount('#app');
