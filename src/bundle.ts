// The one-file drop-in (`dist/qbo-reconnect.bundle.js`): everything, lit included, with every tag registered.
import { defineAll } from './elements/registry.js';

export * from './index.js';

defineAll();
