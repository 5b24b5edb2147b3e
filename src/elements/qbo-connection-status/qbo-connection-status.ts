// <qbo-connection-status>: "API Connection Status is Inactive" with the Connect Account link, reason and progress.
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { isReconnecting, shownLinkState } from '../../core/selectors.js';
import { QboConnectLink } from '../qbo-connect-link/qbo-connect-link.js';
import { LinkStateElement } from '../link-state-element.js';
import { defineElement } from '../shared/define-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { connectionStatusStyles } from './qbo-connection-status.styles.js';

const warningIcon = svg`<svg part="error-icon" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" focusable="false">
  <path d="M8 1.5 15.2 14H.8L8 1.5Zm0 4a.8.8 0 0 0-.8.8v3.4a.8.8 0 0 0 1.6 0V6.3A.8.8 0 0 0 8 5.5Zm0 6.1a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8Z"></path>
</svg>`;

/**
 * The API connection status of the seed's top-right corner: "API Connection Status is Inactive" in bold red with
 * the Connect Account link beside it, "…is Active" in green without the link, "…is Disabled" in gray with the
 * link. Below the line it says why the connection is not active, "Reconnecting…" while sign-in runs, "Checking…"
 * while the connection loads, and a named error with Retry when loading fails (the last known status stays shown).
 *
 * The `state` attribute reflects `inactive`, `disabled`, `active`, `loading`, `error` (failed with nothing known)
 * or `unconfigured`; `busy` is set while checking or reconnecting. `focus()` focuses the Connect Account link when
 * shown, else Retry.
 *
 * @tagname qbo-connection-status
 * @summary "API Connection Status is Inactive/Active/Disabled" with the Connect Account link.
 *
 * @csspart base - The whole status block.
 * @csspart status - The "API Connection Status is …" text.
 * @csspart link - The `<qbo-connect-link>` (its own parts are exported as `link-base`, `link-icon`, `link-label`).
 * @csspart reason - Why the connection is not active, in plain words.
 * @csspart progress - The "Reconnecting…" / "Checking…" row.
 * @csspart spinner - The spinner in the progress row.
 * @csspart error - The load error row.
 * @csspart error-icon - The warning icon of the error row.
 * @csspart error-reason - The named failure in the error row.
 * @csspart retry - The Retry button.
 * @csspart announcer - The visually hidden live region that speaks the result of Retry.
 *
 * @cssprop --qbo-connection-status-align - `flex-end` (default, for a top-right corner) or `flex-start`.
 * @cssprop --qbo-color-inactive - Inactive status text (bold red).
 * @cssprop --qbo-color-active - Active status text (green).
 * @cssprop --qbo-color-disabled - Disabled status text (gray).
 * @cssprop --qbo-color-text-muted - Reason, progress and "Not configured" text.
 * @cssprop --qbo-color-danger - Load error text.
 * @cssprop --qbo-color-link - The Connect Account link.
 * @cssprop --qbo-color-text - Retry button text.
 * @cssprop --qbo-color-surface - Retry button background.
 * @cssprop --qbo-color-control-border - Retry button border (3:1 against the surface).
 * @cssprop --qbo-color-focus - Focus ring.
 * @cssprop --qbo-radius - Retry button corners.
 */
export class QboConnectionStatus extends LinkStateElement {
  static override styles = [tokens, connectionStatusStyles];

  static override properties = {
    ...LinkStateElement.properties,
    busy: { type: Boolean, reflect: true },
  };

  /** Reflected: true while the connection is checked or a reconnect runs. Set by the element itself. */
  declare busy: boolean;

  constructor() {
    super();
    this.busy = false;
    // The link lives in this element's shadow root, so it must exist even when a host registers only this element.
    // Done here rather than on import: importing the class registers nothing.
    defineElement('qbo-connect-link', QboConnectLink);
  }

  /** What the Retry live region says: "Checking…", then the result of that check. */
  private retryAnnouncement = '';

  /**
   * Focuses the Connect Account link when it is shown, else the Retry button, else the status line itself (so
   * focus can land on the status after the success banner it came from is dismissed).
   */
  override focus(options?: FocusOptions): void {
    const link = this.renderRoot?.querySelector<QboConnectLink>('qbo-connect-link');
    if (link && !link.hidden) {
      link.focus(options);
      return;
    }
    const target = this.renderRoot?.querySelector<HTMLElement>('[part=retry]') ?? this.renderRoot?.querySelector<HTMLElement>('[part=status]');
    target?.focus(options);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const state = this.connection.state;
    this.busy = !!state && (state.status === 'loading' || isReconnecting(state.flow));
  }

  protected override render() {
    const { strings, state } = this.connection;
    const linkState = shownLinkState(state);
    const statusText = linkState ? strings.statusLine(strings.linkState[linkState]) : state ? null : strings.notConfigured;
    const reconnecting = isReconnecting(state?.flow);
    const checking = state?.status === 'loading';
    const reasonKey = linkState && linkState !== 'active' ? state?.snapshot?.inactiveReason : null;
    const loadError = state && state.status !== 'ready' ? state.loadError : null;

    let secondRow: TemplateResult | typeof nothing = nothing;
    if (reconnecting || checking) {
      secondRow = html`<p class="row"><span part="progress"
          ><span part="spinner" aria-hidden="true"></span>${reconnecting ? strings.reconnecting : strings.checking}</span
        ></p>`;
    } else if (reasonKey) {
      secondRow = html`<p class="row"><span part="reason">${strings.inactiveReason[reasonKey]}</span></p>`;
    }

    return html`<div part="base" aria-busy=${this.busy ? 'true' : 'false'}>
      <p class="row">${statusText ? html`<span part="status" tabindex="-1">${statusText}</span>` : nothing}<qbo-connect-link
          part="link"
          exportparts="base: link-base, icon: link-icon, label: link-label"
        ></qbo-connect-link></p>
      ${secondRow}
      ${loadError
        ? html`<p part="error">
            ${warningIcon}<span part="error-message">${strings.loadFailed}</span>
            <span part="error-reason">${strings.loadFailure[loadError.reason]}</span>
            <button part="retry" type="button" aria-disabled=${checking ? 'true' : nothing} @click=${this.retry}>
              ${strings.retryLoad}
            </button>
          </p>`
        : nothing}
    </div>
    <div part="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.retryAnnouncement}</div>`;
  }

  /**
   * Retry says what happened (WCAG 4.1.3): "Checking…", then the status, or the failure again. The region sits
   * outside the aria-busy block, which screen readers may keep quiet while busy.
   */
  private async retry(): Promise<void> {
    const { store, state, strings } = this.connection;
    if (!store || !state || state.status === 'loading') return; // one request at a time; the press already counted
    const before = shownLinkState(state);
    this.say(strings.checking);
    await store.refresh();
    const after = store.state;
    if (after.status === 'error' && after.loadError) {
      this.say(`${strings.loadFailed} ${strings.loadFailure[after.loadError.reason]}`);
    } else if (after.status === 'ready') {
      const now = shownLinkState(after);
      // A changed link state is spoken by the provider already; say it once.
      if (now && (before === null || before === now)) this.say(strings.statusLine(strings.linkState[now]));
      else this.say('');
    }
  }

  private say(text: string): void {
    this.retryAnnouncement = text;
    this.requestUpdate();
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
