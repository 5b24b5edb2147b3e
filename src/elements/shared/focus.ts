// Focus helpers shared by the elements that move focus (the dialog and the success banner).

/** The focused element, looking inside open shadow roots (an opener usually sits in another element's shadow). */
export function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
