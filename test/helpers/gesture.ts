// Runs code inside a click, so it has user activation: WebKit, like Safari, opens a window only from inside a real
// user gesture. Where the run allows the runner's mouse (every engine today: scripts/wtr-engines.js) it is a real
// pointer click; otherwise the button's own click() stands in.
import { executeServerCommand } from '@web/test-runner-commands';
import { engine } from './engine.js';

/** Clicks a button placed for the purpose and runs `fn` in its click handler; returns or throws what `fn` did. */
export async function inClick<T>(fn: () => T): Promise<T> {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Run in a click';
  button.style.cssText = 'position:fixed;left:0;top:0;width:120px;height:40px;z-index:2147483647;margin:0';
  let outcome: { value: T } | { error: unknown } | null = null;
  button.addEventListener(
    'click',
    () => {
      try {
        outcome = { value: fn() };
      } catch (error) {
        outcome = { error };
      }
    },
    { once: true },
  );
  document.body.append(button);
  try {
    if (engine.pointer) {
      // A real click (scripts/keys-plugin.js), with the page brought to the front where a popup may have taken it.
      await executeServerCommand('click-at', { x: 60, y: 20 });
    } else {
      button.click();
    }
  } finally {
    button.remove();
  }
  const done = outcome as { value: T } | { error: unknown } | null;
  if (!done) throw new Error('The click never reached the button.');
  if ('error' in done) throw done.error;
  return done.value;
}
