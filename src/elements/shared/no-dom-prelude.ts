// Where there is no DOM (server rendering in Node), lit's browser build still needs an `HTMLElement` to extend and a
// `document` to make its tree walker (and the chunk loader to probe a link) while the drop-in loads. This lends inert stand-ins for that moment only: the
// drop-in's own body returns them right after, so no other code in the process ever sees them.
const scope = globalThis as Record<string, unknown>;
const lent: string[] = [];

if (typeof scope['HTMLElement'] === 'undefined') {
  scope['HTMLElement'] = class {};
  lent.push('HTMLElement');
}
if (typeof scope['document'] === 'undefined') {
  scope['document'] = { createTreeWalker: () => ({}), createElement: () => ({}) };
  lent.push('document');
}

/** True when the page has a real DOM (nothing was lent). */
export const hasDom = lent.length === 0;

export function returnStandIns(): void {
  for (const name of lent.splice(0)) delete scope[name];
}
