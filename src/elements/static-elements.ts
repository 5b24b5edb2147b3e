// Every qbo- element by tag except the reconnect dialog: the first-status elements and the later ones (which the
// drop-in registers in two steps). registry.ts adds the dialog to make the full list; importing this registers nothing.
import { firstElements } from './first-elements.js';
import { laterElements } from './later-elements.js';

export const staticElements = { ...firstElements, ...laterElements } as const;
