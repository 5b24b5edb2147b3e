// Colour arithmetic for tests: parse computed colours, WCAG contrast ratios, and what a system colour resolves to.

/** `rgb(…)` / `rgba(…)` / `color(srgb …)` as [r, g, b, alpha] with r, g, b in 0–255. */
export function parseColor(value: string): [number, number, number, number] {
  const rgb = /rgba?\(([^)]+)\)/.exec(value);
  if (rgb) {
    const [r, g, b, a = '1'] = rgb[1]!.split(/[\s,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  }
  const srgb = /color\(srgb ([^)]+)\)/.exec(value);
  if (srgb) {
    const [r, g, b, , a = '1'] = srgb[1]!.split(/\s+/);
    return [Number(r) * 255, Number(g) * 255, Number(b) * 255, Number(a)];
  }
  throw new Error(`Cannot read the colour "${value}"`);
}

function luminance(value: string): number {
  const [r, g, b, a] = parseColor(value);
  if (a < 1) throw new Error(`"${value}" is not opaque; compare it composited onto its background`);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two opaque colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** What a CSS system colour (Canvas, CanvasText, Highlight…) computes to on this page right now. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** The colour stops of a status badge's painted dot: a filled dot is [colour, transparent], a ring starts transparent. */
export function dotOf(badge: Element): string[] {
  const image = getComputedStyle(badge).backgroundImage;
  if (!image.startsWith('radial-gradient(')) throw new Error(`No painted dot: ${image}`);
  return [...image.matchAll(/(rgba?\([^)]*\)) [\d.]+px/g)].map((match) => match[1]!);
}
