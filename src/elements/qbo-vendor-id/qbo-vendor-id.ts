// <qbo-vendor-id>: one Vendor ID table cell's content: the numeric ID while live, else the placeholder.
import { ReactiveElement } from 'lit';
import type { PropertyValues } from 'lit';
import { isLive } from '../../core/selectors.js';
import type { Strings } from '../../i18n/strings.js';
import { ConnectionController } from '../shared/connection-controller.js';
import { tokens } from '../shared/tokens.styles.js';
import { scheduleInSlice } from '../shared/update-scheduler.js';
import { vendorIdStyles } from './qbo-vendor-id.styles.js';

/**
 * A vendor's QuickBooks ID for the host's own Vendors table: the ID while the connection is active, and the
 * "Integration Account Name" placeholder (muted, italic, dashed underline) otherwise — inactive, disabled, loading,
 * not configured, or no ID. Cheap by design: no requests and no timers; one span and one text node whose text and
 * `part` change in place; it re-renders only when what it shows changes, and after the first render its updates
 * share a yielding queue, so swapping 10,000 placeholders for IDs never blocks the page in one long task.
 *
 * The `state` attribute reflects `id` or `placeholder` for host styling.
 *
 * @tagname qbo-vendor-id
 * @summary The Vendor ID cell: numeric ID when live, "Integration Account Name" placeholder otherwise.
 *
 * @csspart id - The vendor ID.
 * @csspart placeholder - The "Integration Account Name" placeholder.
 *
 * @cssprop --qbo-color-text-muted - Placeholder colour.
 * @cssprop --qbo-color-text - ID colour.
 * @cssprop --qbo-font-family - Font.
 * @cssprop --qbo-font-size - Font size.
 */
export class QboVendorId extends ReactiveElement {
  static override styles = [tokens, vendorIdStyles];

  static override properties = {
    vendorId: { type: String, attribute: 'vendor-id' },
    state: { type: String, reflect: true },
  };

  /** The vendor's QuickBooks ID; null or empty when the data feed has none. */
  declare vendorId: string | null;
  /** Reflected: `id` when the ID is shown, `placeholder` otherwise. Set by the element itself. */
  declare state: 'id' | 'placeholder';

  private readonly connection = new ConnectionController(this);
  /** What the last render showed; store changes that leave it alone (flow steps, banner) skip the render. */
  private renderedLive: boolean | null = null;
  private renderedStrings: Strings | null = null;
  private readonly text = document.createTextNode('');
  private readonly span = document.createElement('span');

  constructor() {
    super();
    this.vendorId = null;
    this.state = 'placeholder';
    this.span.append(this.text);
  }

  private get shownId(): string | null {
    const id = this.vendorId?.trim();
    return id && isLive(this.connection.state) ? id : null;
  }

  /** The first render is immediate; later ones (a placeholder → ID swap across a table) share the sliced queue. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated) return super.scheduleUpdate();
    return scheduleInSlice(() => super.scheduleUpdate());
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return (
      changed.size > 0 ||
      isLive(this.connection.state) !== this.renderedLive ||
      this.connection.strings !== this.renderedStrings
    );
  }

  protected override willUpdate(): void {
    this.state = this.shownId ? 'id' : 'placeholder';
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.render();
  }

  protected override firstUpdated(): void {
    this.renderRoot.append(this.span);
  }

  /** Writes the text and the part in place: one span and one text node for the element's whole life. */
  protected render(): void {
    this.renderedLive = isLive(this.connection.state);
    this.renderedStrings = this.connection.strings;
    const id = this.shownId;
    const part = id ? 'id' : 'placeholder';
    if (this.span.getAttribute('part') !== part) this.span.setAttribute('part', part);
    const text = id ?? this.connection.strings.vendorPlaceholder;
    if (this.text.data !== text) this.text.data = text;
  }
}
