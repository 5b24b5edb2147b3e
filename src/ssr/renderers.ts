// The element renderers a server render uses: ours for the plain elements (Lit SSR's fallback would give them no
// shadow root, and in @lit-labs/ssr 4.1.0 would also leave the next Lit element waiting on defer-hydration for
// ever), and Lit's own for the Lit elements, told the render's state first since no provider runs on the server.
import { ElementRenderer } from '@lit-labs/ssr/lib/element-renderer.js';
import type { ElementRendererConstructor } from '@lit-labs/ssr/lib/element-renderer.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { connectionControllerOf } from '../elements/shared/connection-controller.js';
import { attributes } from './markup.js';
import { plainRenders } from './plain-elements.js';
import type { PlainRender } from './plain-elements.js';
import { activeRenderContext } from './render-context.js';

class QboPlainRenderer extends ElementRenderer {
  static override matchesClass(_ceClass: typeof HTMLElement, tagName: string): boolean {
    return Object.prototype.hasOwnProperty.call(plainRenders, tagName);
  }

  /** The attributes the page gives the element, in order. */
  private readonly given = new Map<string, string>();
  private drawn: PlainRender | undefined;

  private get drawing(): PlainRender {
    this.drawn ??= plainRenders[this.tagName]!(activeRenderContext(), this.given);
    return this.drawn;
  }

  override setAttribute(name: string, value: string): void {
    this.given.set(name.toLowerCase(), String(value));
  }

  override get shadowRootOptions(): ShadowRootInit {
    return { mode: 'open', delegatesFocus: !!this.drawing.delegatesFocus };
  }

  /**
   * The page's attributes, then those the element sets on itself, which replace the page's of the same name (one it
   * has no say on, null, leaves the page's; false removes it).
   */
  override renderAttributes(): string[] {
    const own = Object.entries(this.drawing.attributes).filter(([, value]) => value != null);
    return [attributes({ ...Object.fromEntries(this.given), ...Object.fromEntries(own) })];
  }

  override renderShadow(_renderInfo: RenderInfo): string[] {
    return [this.drawing.shadow];
  }
}

class QboLitRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement, ...rest: unknown[]): boolean {
    const tagName = String(rest[0] ?? '');
    return tagName.startsWith('qbo-') && !!LitElementRenderer.matchesClass(ctor);
  }

  override connectedCallback(): void {
    const { state, strings, adapter } = activeRenderContext();
    if (this.element) connectionControllerOf(this.element)?.showState(state, strings, adapter);
    super.connectedCallback();
    // Elements that hide themselves set `hidden` in willUpdate(); Lit's server DOM keeps it a plain property, so
    // it is written as the attribute the browser would reflect (else the server shows what the browser hides).
    const element = this.element as (HTMLElement & { hidden?: unknown }) | undefined;
    if (element?.hidden === true && !element.hasAttribute('hidden')) element.setAttribute('hidden', '');
  }
}

/** In this order: ours first, then Lit's for any other Lit element on the page (the list replaces Lit's default). */
export const qboElementRenderers: ElementRendererConstructor[] = [QboPlainRenderer, QboLitRenderer, LitElementRenderer];
