// <qbo-before-you-begin>: the seed's "Before You Begin" checklist, for the dialog and for hosts that place it elsewhere.
import { LitElement, html } from 'lit';
import { ConnectionController } from '../shared/connection-controller.js';
import { defineElement } from '../shared/define-element.js';
import { QboHandoffOffer } from '../qbo-handoff-offer/qbo-handoff-offer.js';
import { tokens } from '../shared/tokens.styles.js';
import { beforeYouBeginStyles } from './qbo-before-you-begin.styles.js';

/**
 * What to have at hand before reconnecting, word for word from the guide: the Intuit email or user ID, the
 * password, the two-factor method, and administrator access to the company file. Shown open, with a heading, or
 * (with `collapsible`) as a disclosure whose summary is the title — the reconnect dialog uses that form before Yes.
 * Texts come from the enclosing `<qbo-connection>`'s strings; outside one, the built-in English. Below the list,
 * `<qbo-handoff-offer>` offers "Not a QuickBooks admin? Ask one to reconnect" while a reconnect is needed and the
 * adapter can issue hand-off links (as the first choice when admin access was lost or Intuit refused a sign-in).
 *
 * @tagname qbo-before-you-begin
 * @summary The "Before You Begin" checklist of the reconnect guide.
 *
 * @csspart base - The wrapper (a `<details>` when collapsible).
 * @csspart title - The "Before You Begin" heading (not collapsible).
 * @csspart summary - The disclosure's summary (collapsible).
 * @csspart intro - "Before starting the reconnection process, ensure you have the following:".
 * @csspart list - The list.
 * @csspart item - One prerequisite.
 * @csspart handoff - The `<qbo-handoff-offer>` below the list.
 *
 * @cssprop --qbo-color-text - Text.
 * @cssprop --qbo-color-border - The disclosure's border.
 * @cssprop --qbo-spacing - Spacing.
 */
export class QboBeforeYouBegin extends LitElement {
  static override styles = [tokens, beforeYouBeginStyles];

  static override properties = {
    collapsible: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Shows the list as a disclosure (closed until `open`), titled "Before You Begin". */
  declare collapsible: boolean;
  /** With `collapsible`: whether the disclosure is open. Follows the user's toggling. */
  declare open: boolean;
  /** The level of the title heading when not collapsible (1–6). Default 3. */
  declare headingLevel: number;

  private readonly connection = new ConnectionController(this);

  /** Server-rendered: wait for the provider's store before the first (hydrating) update. */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return super.shouldUpdate(changed) && !this.connection.awaitingStore;
  }

  constructor() {
    super();
    this.collapsible = false;
    this.open = false;
    this.headingLevel = 3;
    defineElement('qbo-handoff-offer', QboHandoffOffer);
  }

  protected override render() {
    const text = this.connection.strings.beforeYouBegin;
    const body = html`<p part="intro">${text.intro}</p>
      <ul part="list">
        ${text.items.map((item) => html`<li part="item">${item}</li>`)}
      </ul>`;
    // Outside the disclosure, so a closed one still shows it.
    const offer = html`<qbo-handoff-offer part="handoff"></qbo-handoff-offer>`;
    if (this.collapsible) {
      return html`<details part="base" ?open=${this.open} @toggle=${this.onToggle}>
        <summary part="summary">${text.title}</summary>
        ${body}
      </details>
      ${offer}`;
    }
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<section part="base" aria-labelledby="title">
      <div part="title" id="title" role="heading" aria-level=${level}>${text.title}</div>
      ${body} ${offer}
    </section>`;
  }

  private onToggle(event: Event): void {
    this.open = (event.target as HTMLDetailsElement).open;
  }
}
