// The @lit/context key through which <qbo-connection> hands its store and strings to every element inside it.
import { createContext } from '@lit/context';
import type { ConnectionStore } from './core/store.js';
import type { Strings } from './i18n/strings.js';

export interface ConnectionContextValue {
  /** Null when the provider has no adapter: elements render a neutral "not configured" state. */
  store: ConnectionStore | null;
  strings: Strings;
}

export const connectionContext = createContext<ConnectionContextValue>(Symbol('qbo-connection'));
