// <qbo-vendor-id>: one Vendor ID table cell's content: the numeric ID while live, else the placeholder.
import { isLive } from '../../core/selectors.js';
import type { Strings } from '../../i18n/strings.js';
import { adoptText } from '../shared/dom.js';
import { PlainElement } from '../shared/plain-element.js';
import { scheduleInSlice } from '../shared/update-scheduler.js';
import { vendorIdStyles } from './qbo-vendor-id.styles.js';

/** The cell's shadow content, cloned for each cell: a `<span>` around one text node. */
let CELL: HTMLSpanElement | undefined;

function cellTemplate(): HTMLSpanElement {
  const span = document.createElement('span');
  span.append(document.createTextNode(''));
  return span;
}

/**
 * A vendor's QuickBooks ID for the host's own Vendors table: the ID while the connection is active, and the
 * "Integration Account Name" placeholder (muted, italic, dashed underline) otherwise — inactive, disabled, loading,
 * not configured, or no ID. Cheap by design: no requests and no timers; its shadow root is one `<span>` holding one
 * text node whose text changes in place; it re-renders only when what it shows changes, and after the
 * first render its updates share a yielding queue, so swapping 10,000 placeholders for IDs never blocks the page in
 * one long task. The span is there so that text queries find the cell: Playwright's `getByText` and Testing
 * Library's shadow-aware `findByText` match elements, and skip a text node sitting directly in a shadow root.
 *
 * The `state` attribute reflects `id` or `placeholder`: style the cell as `qbo-vendor-id[state=placeholder]` (or
 * `:state(placeholder)`). The span has no `part`: it lays out no box of its own (`display: contents`) and takes its
 * text properties from the cell, so styling the cell is all there is to style. A `part` attribute would cost each
 * cell a part-name lookup at every style computation.
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
  static override styles = [vendorIdStyles];
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

  override get updateComplete(): Promise<boolean> {
    return (this.pending ?? Promise.resolve()).then(() => true);
  }

  protected override build(root: ShadowRoot): void {
    // One clone of a prepared span (with its empty text node) costs less than making and filling one per cell.
    CELL ??= cellTemplate();
    const span = CELL.cloneNode(true) as HTMLSpanElement;
    this.text = span.firstChild as Text;
    root.append(span);
  }

  /** A server-rendered cell holds the same span; an older render without it keeps its bare text node. */
  protected override adopt(root: ShadowRoot): void {
    this.text = adoptText(root.querySelector('span') ?? root);
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

  /** Writes the text and the state in place: one span and one text node for the element's whole life. */
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
