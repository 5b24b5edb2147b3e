// <qbo-vendor-id>: one Vendor ID table cell's content: the numeric ID while live, else the placeholder.
import { LitElement, html } from 'lit';
import type { PropertyValues } from 'lit';
import { isLive } from '../../core/selectors.js';
import type { Strings } from '../../i18n/strings.js';
import { ConnectionController } from '../shared/connection-controller.js';
import { tokens } from '../shared/tokens.styles.js';
import { vendorIdStyles } from './qbo-vendor-id.styles.js';

/**
 * A vendor's QuickBooks ID for the host's own Vendors table: the ID while the connection is active, and the
 * "Integration Account Name" placeholder (muted, italic, dashed underline) otherwise — inactive, disabled, loading,
 * not configured, or no ID. Cheap by design: no requests and no timers, and it re-renders only when what it shows
 * changes, so a table of hundreds of rows costs one store subscription per cell and nothing more.
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
export class QboVendorId extends LitElement {
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

  constructor() {
    super();
    this.vendorId = null;
    this.state = 'placeholder';
  }

  private get shownId(): string | null {
    const id = this.vendorId?.trim();
    return id && isLive(this.connection.state) ? id : null;
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

  protected override render() {
    this.renderedLive = isLive(this.connection.state);
    this.renderedStrings = this.connection.strings;
    const id = this.shownId;
    return id
      ? html`<span part="id">${id}</span>`
      : html`<span part="placeholder">${this.connection.strings.vendorPlaceholder}</span>`;
  }
}
