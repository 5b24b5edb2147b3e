// APG tabs with automatic activation over markup already in the page: one tab in the tab order, arrows wrap, Home/End.

export interface TabsOptions {
  /** sessionStorage key that keeps the selected tab across reloads (a redirect sign-in reloads the page). */
  storageKey?: string;
}

export function setupTabs(tablist: HTMLElement, options: TabsOptions = {}): void {
  const tabs = Array.from(tablist.querySelectorAll<HTMLElement>('[role="tab"]'));
  const panelOf = (tab: HTMLElement) => document.getElementById(tab.getAttribute('aria-controls') ?? '');

  const select = (selected: HTMLElement, moveFocus: boolean) => {
    for (const tab of tabs) {
      const isSelected = tab === selected;
      tab.setAttribute('aria-selected', String(isSelected));
      tab.tabIndex = isSelected ? 0 : -1;
      const panel = panelOf(tab);
      if (panel) panel.hidden = !isSelected;
    }
    if (moveFocus) selected.focus();
    if (options.storageKey) {
      try {
        sessionStorage.setItem(options.storageKey, selected.id);
      } catch {
        // Forgetting the tab on reload is harmless.
      }
    }
  };

  tablist.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab && tabs.includes(tab)) select(tab, true);
  });

  tablist.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : -1;
    const target = tabs[next];
    if (!target) return;
    event.preventDefault();
    select(target, true);
  });

  let initial = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true') ?? tabs[0];
  if (options.storageKey) {
    try {
      initial = tabs.find((tab) => tab.id === sessionStorage.getItem(options.storageKey ?? '')) ?? initial;
    } catch {
      // No storage: start on the marked tab.
    }
  }
  if (initial) select(initial, false);
}
