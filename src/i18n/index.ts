// The string table and its merge helper.
export { defaultStrings, mergeStrings } from './strings.js';
export type { FailureText, Strings } from './strings.js';
export { esUSStrings } from './locales/es-US.js';
export { frCAStrings } from './locales/fr-CA.js';
export { localeStrings, stringsForLocale } from './locale.js';
export type { ShippedLocale } from './locale.js';
