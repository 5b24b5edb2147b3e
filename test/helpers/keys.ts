// Key presses that behave the same in Chromium, Firefox and WebKit (see scripts/keys-plugin.js).
import { executeServerCommand } from '@web/test-runner-commands';

export type KeyName = 'Enter' | 'Escape' | 'Tab' | 'Space' | 'Shift' | 'Home' | 'End' | 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** Presses and releases one key in the focused element, as a person would. */
export async function press(key: KeyName): Promise<void> {
  await executeServerCommand('keys', { press: key });
}

/** Holds a key down until keyUp (e.g. Shift for Shift+Tab). */
export async function keyDown(key: KeyName): Promise<void> {
  await executeServerCommand('keys', { down: key });
}

export async function keyUp(key: KeyName): Promise<void> {
  await executeServerCommand('keys', { up: key });
}
