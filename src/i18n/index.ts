// The string table and its merge helper.
export { defaultStrings, mergeStrings } from './strings.js';
export type { FailureText, Strings } from './strings.js';
