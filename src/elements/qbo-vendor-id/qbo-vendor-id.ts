// <qbo-vendor-id>: one Vendor ID table cell's content: the numeric ID while live, else the placeholder.
import { isLive } from '../../core/selectors.js';
import type { Strings } from '../../i18n/strings.js';
import { adoptIntoRoot, adoptText } from '../shared/dom.js';
import { PlainElement } from '../shared/plain-element.js';
import { scheduleInSlice } from '../shared/update-scheduler.js';
import { vendorIdPageStyles } from './qbo-vendor-id.styles.js';

/**
 * The cell's shadow content, cloned for each cell: one `<slot>` whose fallback content is the text. A slot is
 * `display: contents` by the browser's own stylesheet, so the cell needs no sheet in its shadow root (its look is
 * one sheet shared by the page, see the styles); it is named so that nothing a host leaves inside the tag (a line
 * break, a space) is assigned to it and hides the text.
 */
let CELL: HTMLSlotElement | undefined;

function cellTemplate(): HTMLSlotElement {
  const slot = document.createElement('slot');
  slot.name = 'text';
  slot.append(document.createTextNode(''));
  return slot;
}

/**
 * A vendor's QuickBooks ID for the host's own Vendors table: the ID while the connection is active, and the
 * "Integration Account Name" placeholder (muted, italic, dashed underline) otherwise — inactive, disabled, loading,
 * not configured, or no ID. Cheap by design: no requests and no timers; its shadow root is one `<slot>` holding one
 * text node whose text changes in place; it re-renders only when what it shows changes, and after the
 * first render its updates share a yielding queue, so swapping 10,000 placeholders for IDs never blocks the page in
 * one long task. The text sits in an element of its own so that text queries find the cell: Playwright's
 * `getByText` and Testing Library's shadow-aware `findByText` match elements, and skip a text node sitting directly
 * in a shadow root.
 *
 * The `state` attribute reflects `id` or `placeholder`: style the cell as `qbo-vendor-id[state=placeholder]` (or
 * `:state(placeholder)`); the text inherits the cell's text properties. Its default look is one sheet adopted by the
 * document (or the shadow root) that holds the cells, in the `qbo-reconnect` cascade layer, so a host's own rules win.
 *
 * @tagname qbo-vendor-id
 * @summary The Vendor ID cell: numeric ID when live, "Integration Account Name" placeholder otherwise.
 *
 * @attr {"id" | "placeholder"} state - Reflects what the cell shows; set by the element itself.
 *
 * @cssstate id - The ID is shown (as `[state=id]`).
 * @cssstate placeholder - The placeholder is shown.
 *
 * @cssprop --qbo-color-text-muted - Placeholder colour.
 * @cssprop --qbo-color-text - ID colour.
 * @cssprop --qbo-font-family - Font.
 * @cssprop --qbo-font-size - Font size.
 */
export class QboVendorId extends PlainElement {
  static observedAttributes = ['vendor-id'];
  static override upgradedProperties = ['vendorId'];
  static override customStates = ['id', 'placeholder'];

  private value: string | null = null;
  /** What the last render showed; store changes that leave it alone (flow steps, banner) skip the render. */
  private renderedLive: boolean | null = null;
  private renderedStrings: Strings | null = null;
  private renderedId: string | null = null;
  private text!: Text;
  /** The sliced update waiting to run, if any. */
  private pending: Promise<void> | undefined;

  /**
   * The vendor's QuickBooks ID; null or empty when the data feed has none.
   * @attr vendor-id
   */
  get vendorId(): string | null {
    return this.value;
  }

  set vendorId(value: string | null) {
    this.value = value ?? null;
    this.requestUpdate();
  }

  /** What the cell shows: `id` or `placeholder`. */
  get state(): 'id' | 'placeholder' {
    return this.shownState === 'id' ? 'id' : 'placeholder';
  }

  attributeChangedCallback(_name: string, _old: string | null, value: string | null): void {
    this.vendorId = value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptIntoRoot(this, vendorIdPageStyles);
  }

  override get updateComplete(): Promise<boolean> {
    return (this.pending ?? Promise.resolve()).then(() => true);
  }

  protected override build(root: ShadowRoot): void {
    // One clone of a prepared slot (with its empty text node) costs less than making and filling one per cell.
    CELL ??= cellTemplate();
    const slot = CELL.cloneNode(true) as HTMLSlotElement;
    this.text = slot.firstChild as Text;
    root.append(slot);
  }

  /** A server-rendered cell holds the same slot (and its own `<style>`); an older render's span or bare text is kept. */
  protected override adopt(root: ShadowRoot): void {
    this.text = adoptText(root.querySelector('slot, span') ?? root);
  }

  /** The first render is immediate; later ones (a placeholder → ID swap across a table) share the sliced queue. */
  protected override update(): void {
    const live = isLive(this.connection.state);
    if (live === this.renderedLive && this.connection.strings === this.renderedStrings && this.value === this.renderedId) return;
    if (this.renderedLive === null) {
      this.render();
      return;
    }
    if (this.pending) return; // the queued render reads the state it runs in
    const pending = scheduleInSlice(() => {
      this.pending = undefined;
      this.render();
    });
    if (pending) this.pending = pending;
  }

  /** Writes the text and the state in place: one slot and one text node for the element's whole life. */
  protected render(): void {
    const live = isLive(this.connection.state);
    this.renderedLive = live;
    this.renderedStrings = this.connection.strings;
    this.renderedId = this.value;
    const id = live ? this.value?.trim() : null;
    const state = id ? 'id' : 'placeholder';
    this.reflectState(state);
    const text = id || this.connection.strings.vendorPlaceholder;
    if (this.text.data !== text) this.text.data = text;
  }
}
