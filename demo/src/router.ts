// Hash navigation of the host page (#/integrations, #/integrations/quickbooks…): one view shown, focus on its heading.

interface View {
  element: HTMLElement;
  title: string;
}

const DEFAULT_ROUTE = '/integrations';

function currentRoute(): string {
  const hash = location.hash;
  return hash.startsWith('#/') ? hash.slice(1).replace(/\/+$/, '') : '';
}

/**
 * Routes are the `data-route` attributes of the `[data-view]` elements in `root`; anything else shows the
 * `data-view="other"` view. Navigation links anywhere on the page get `aria-current="page"` for the route shown.
 */
export function startRouter(root: HTMLElement): void {
  const views = new Map<string, View>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-view]')) {
    views.set(element.dataset.route ?? element.dataset.view ?? '', { element, title: element.dataset.title ?? '' });
  }
  const fallback = views.get('other');
  let first = true;

  const show = () => {
    let route = currentRoute();
    if (!route) {
      // Replaced, not pushed: Back should not return to an address that only redirects.
      history.replaceState(history.state, '', `#${DEFAULT_ROUTE}`);
      route = DEFAULT_ROUTE;
    }
    const view = views.get(route) ?? fallback;
    for (const { element } of views.values()) element.hidden = element !== view?.element;
    const navLink = document.querySelector<HTMLAnchorElement>(`nav a[href="#${route}"]`);
    if (view === fallback && fallback) {
      const name = navLink?.textContent?.trim() || 'This page';
      const heading = fallback.element.querySelector('h1');
      if (heading) heading.textContent = name;
      document.title = `${name} · Fintech`;
    } else if (view) {
      document.title = view.title;
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[href^="#/"]')) {
      const linkRoute = link.getAttribute('href')?.slice(1) ?? '';
      // The QuickBooks page lives under My Integrations, so that entry stays current there too.
      const current = linkRoute === route || (linkRoute === DEFAULT_ROUTE && route.startsWith(`${DEFAULT_ROUTE}/`));
      if (current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    // A new view is announced by moving focus to its heading; the first load keeps the browser's own focus.
    if (!first) view?.element.querySelector<HTMLElement>('h1')?.focus();
    first = false;
  };

  window.addEventListener('hashchange', show);
  show();
}
