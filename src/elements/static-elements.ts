// Every qbo- element by tag except the reconnect dialog, which the drop-in loads from its own chunk on first intent.
// registry.ts adds the dialog to make the full list; importing this file registers nothing.
import { firstElements } from './first-elements.js';
import { laterElements } from './later-elements.js';

export const staticElements = { ...firstElements, ...laterElements } as const;
