// <qbo-expiry-warning>: "Reconnect by <date> to keep QuickBooks syncing" while active credentials are about to lapse.
import { html, nothing, svg } from 'lit';
import { isRunning } from '../../core/reconnect-flow.js';
import { shownLinkState } from '../../core/selectors.js';
import { LinkStateElement } from '../link-state-element.js';
import { connectionIconStyles } from '../shared/connection-icon.js';
import { formatDay } from '../shared/dates.js';
import { tokens } from '../shared/tokens.styles.js';
import { expiryWarningStyles } from './qbo-expiry-warning.styles.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_EXPIRY_THRESHOLD_DAYS = 14;

/** connectionIcon() as a template, so a server render (no DOM) can draw it too. */
const bar = (x: string, y: string, height: string) => svg`<rect x=${x} y=${y} width="2" height=${height} rx="0.5"></rect>`;
const ICON = html`<svg viewBox="0 0 16 16" focusable="false" aria-hidden="true" data-symbol="📶"><rect width="16" height="16" rx="3.5" fill="currentColor"></rect><g class="connection-icon-bars">${bar('2.5', '10.5', '3')}${bar('5.5', '8', '5.5')}${bar('8.5', '5.5', '8')}${bar('11.5', '2.5', '11')}</g></svg>`;

/**
 * Warns ahead of a lapse: while the connection is active and its credentials expire (`credentialsExpireAt`) within
 * `threshold-days` (default 14), it reads "Reconnect by Dec 4, 2026 to keep QuickBooks syncing" with the
 * 📶 Connect Account link, which opens the reconnect confirmation (reconnecting the same company keeps the data).
 * Otherwise it renders nothing and sets `hidden`.
 *
 * @tagname qbo-expiry-warning
 * @summary "Reconnect by <date> to keep QuickBooks syncing", with Connect Account, before credentials lapse.
 *
 * @csspart base - The notice.
 * @csspart message - "Reconnect by … to keep QuickBooks syncing".
 * @csspart link - The Connect Account button (styled as a link).
 * @csspart link-icon - The 📶 icon.
 * @csspart link-label - "Connect Account".
 *
 * @cssprop --qbo-color-warning - Text and border.
 * @cssprop --qbo-color-warning-bg - Background.
 * @cssprop --qbo-color-link - The Connect Account link.
 */
export class QboExpiryWarning extends LinkStateElement {
  static override styles = [tokens, expiryWarningStyles, connectionIconStyles];

  static override properties = {
    ...LinkStateElement.properties,
    thresholdDays: { type: Number, attribute: 'threshold-days' },
  };

  /** How many days ahead of the lapse the warning appears. Default 14. */
  declare thresholdDays: number;

  constructor() {
    super();
    this.thresholdDays = DEFAULT_EXPIRY_THRESHOLD_DAYS;
  }

  /** The lapse date when it falls inside the threshold of an active connection; else null. */
  private get expiresAt(): string | null {
    const state = this.connection.state;
    const iso = state?.snapshot?.credentialsExpireAt ?? null;
    if (shownLinkState(state) !== 'active' || !iso) return null;
    const at = Date.parse(iso);
    const days = Number.isFinite(this.thresholdDays) && this.thresholdDays >= 0 ? this.thresholdDays : DEFAULT_EXPIRY_THRESHOLD_DAYS;
    return Number.isFinite(at) && at - Date.now() <= days * DAY_MS ? iso : null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.hidden = this.expiresAt === null;
  }

  protected override render() {
    const iso = this.expiresAt;
    const day = formatDay(this, iso);
    if (!iso || !day) return nothing;
    const { strings, state } = this.connection;
    const busy = !state || isRunning(state.flow);
    return html`<p part="base">
      <span part="message">${strings.expiryWarning(day)}</span>
      <button part="link" type="button" aria-haspopup="dialog" aria-disabled=${busy ? 'true' : nothing} @click=${this.reconnect}>
        <span part="link-icon" aria-hidden="true">${ICON}</span><span part="link-label">${strings.connectAccount}</span>
      </button>
    </p>`;
  }

  private readonly reconnect = (): void => {
    const state = this.connection.state;
    if (!state || isRunning(state.flow)) return;
    this.connection.store?.requestReconnect();
  };
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
