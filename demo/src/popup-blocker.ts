// Plays a popup blocker: while the "popup blocked" scenario is on, window.open returns null as a blocked popup does.
export function installPopupBlocker(isBlocking: () => boolean): void {
  const realOpen = window.open.bind(window);
  window.open = (...args: Parameters<typeof window.open>) => (isBlocking() ? null : realOpen(...args));
}
