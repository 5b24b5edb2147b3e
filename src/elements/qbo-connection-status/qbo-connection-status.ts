// <qbo-connection-status>: "API Connection Status is Inactive" with the Connect Account link, reason and progress.
import { handoffOffer } from '../../core/handoff-state.js';
import { displayState, isReconnecting, shownLinkState } from '../../core/selectors.js';
import type { DisplayState } from '../../core/selectors.js';
import { QboConnectLink } from '../qbo-connect-link/qbo-connect-link.js';
import { defineElement } from '../shared/define-element.js';
import { adoptPart, adoptText, element, liveRegion, place, setAttribute, setText, svgElement } from '../shared/dom.js';
import { PlainElement } from '../shared/plain-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { connectionStatusStyles } from './qbo-connection-status.styles.js';

const WARNING_PATH =
  'M8 1.5 15.2 14H.8L8 1.5Zm0 4a.8.8 0 0 0-.8.8v3.4a.8.8 0 0 0 1.6 0V6.3A.8.8 0 0 0 8 5.5Zm0 6.1a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8Z';

/**
 * The API connection status of the seed's top-right corner: "API Connection Status is Inactive" in bold red with
 * the Connect Account link beside it, "…is Active" in green without the link, "…is Disabled" in gray with the
 * link. Below the line it says why the connection is not active and, on the next line, what fixes it ("A QuickBooks
 * admin must reconnect."; where reconnecting cannot help, as for a lapsed QuickBooks subscription, Connect Account is
 * not shown and the step names what does), "Reconnecting…" while sign-in runs, "Checking…" while the connection loads, and a named error with Retry when loading fails (the last known status stays shown).
 * While a reconnect is needed and the adapter can issue hand-off links, `<qbo-handoff-offer>` below the line offers
 * "Not a QuickBooks admin? Ask one to reconnect" (or shows the open request); when asking an admin is the first
 * choice, Connect Account moves below the offer. The offer comes with the later elements.
 *
 * The `state` attribute reflects `inactive`, `disabled`, `active`, `loading`, `error` (failed with nothing known)
 * or `unconfigured`; `busy` is set while checking or reconnecting. `focus()` focuses the Connect Account link when
 * shown, else Retry.
 *
 * @tagname qbo-connection-status
 * @summary "API Connection Status is Inactive/Active/Disabled" with the Connect Account link.
 *
 * @attr {"active" | "inactive" | "disabled" | "loading" | "error" | "unconfigured"} state - Reflects the connection; set by the element itself.
 * @attr {boolean} busy - Set by the element while the connection is checked or a reconnect runs.
 *
 * @csspart base - The whole status block.
 * @csspart status - The "API Connection Status is …" text.
 * @csspart link - The `<qbo-connect-link>` (its own parts are exported as `link-base`, `link-icon`, `link-label`).
 * @csspart reason - Why the connection is not active, in plain words.
 * @csspart next-step - What fixes it, on the line below the reason.
 * @csspart handoff - The `<qbo-handoff-offer>` (its own parts are exported as `handoff-…`).
 * @csspart progress - The "Reconnecting…" / "Checking…" row.
 * @csspart spinner - The spinner in the progress row.
 * @csspart error - The load error row.
 * @csspart error-icon - The warning icon of the error row.
 * @csspart error-reason - The named failure in the error row.
 * @csspart retry - The Retry button.
 * @csspart announcer - The visually hidden live region that speaks the result of Retry.
 *
 * @cssstate active - The connection is active (as `[state=active]`).
 * @cssstate inactive - The connection is inactive.
 * @cssstate disabled - The connection is disabled.
 * @cssstate loading - The first status is not known yet.
 * @cssstate error - Loading failed with nothing known.
 * @cssstate unconfigured - No provider or adapter.
 * @cssstate busy - The connection is checked or a reconnect runs.
 *
 * @cssprop --qbo-connection-status-align - `flex-end` (default, for a top-right corner) or `flex-start`.
 * @cssprop --qbo-connection-status-text-align - How a wrapped reason or next step aligns: `end` (default) or `start`.
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
export class QboConnectionStatus extends PlainElement {
  static override styles = [tokens, connectionStatusStyles];

  // Made once; update() rewrites their text and puts each optional part in or out of the shadow root.
  private statusText = document.createTextNode('');
  private status: HTMLElement = element('span', { part: 'status', tabindex: '-1' }, this.statusText);
  private link: HTMLElement = element('qbo-connect-link', { part: 'link', exportparts: 'base: link-base, icon: link-icon, label: link-label' });
  private statusRow: HTMLElement = element('p', { class: 'row' }, this.link);
  private progressText = document.createTextNode('');
  private progressRow: HTMLElement = element(
    'p',
    { class: 'row' },
    element('span', { part: 'progress' }, element('span', { part: 'spinner', 'aria-hidden': 'true' }), this.progressText),
  );
  private reasonText = document.createTextNode('');
  private reasonRow: HTMLElement = element('p', { class: 'row' }, element('span', { part: 'reason' }, this.reasonText));
  private nextStepText = document.createTextNode('');
  private nextStepRow: HTMLElement = element('p', { class: 'row' }, element('span', { part: 'next-step' }, this.nextStepText));
  private errorMessage = document.createTextNode('');
  private errorReason = document.createTextNode('');
  private retryLabel = document.createTextNode('');
  private retryButton = element('button', { part: 'retry', type: 'button' }, this.retryLabel);
  private errorRow: HTMLElement = element(
    'p',
    { part: 'error' },
    svgElement('svg', { part: 'error-icon', viewBox: '0 0 16 16', fill: 'currentColor', 'aria-hidden': 'true', focusable: 'false' }, svgElement('path', { d: WARNING_PATH })),
    element('span', { part: 'error-message' }, this.errorMessage),
    ' ',
    element('span', { part: 'error-reason' }, this.errorReason),
    ' ',
    this.retryButton,
  );
  /** The hand-off offer's parts, as the status line exports them (`handoff-…`). */
  static readonly handoffExportparts =
    'offer: handoff-offer, ask: handoff-ask, ask-first: handoff-ask-first, request: handoff-request, cancel-request: handoff-cancel-request, new-link: handoff-new-link';

  private handoff: HTMLElement = element('qbo-handoff-offer', { part: 'handoff', exportparts: QboConnectionStatus.handoffExportparts });
  /** Connect Account's row when asking an admin comes first. */
  private linkRow: HTMLElement = element('p', { class: 'row' });
  private base: HTMLElement = element('div', { part: 'base' }, this.statusRow);
  /** Speaks the result of Retry. */
  private readonly announcer = liveRegion();

  constructor() {
    super();
    // The link lives in this element's shadow root, so it must exist even when a host registers only this element.
    // Done here rather than on import: importing the class registers nothing.
    defineElement('qbo-connect-link', QboConnectLink);
  }

  /** What the element reflects: `active`, `inactive`, `disabled`, `loading`, `error` or `unconfigured`. */
  get state(): DisplayState {
    return displayState(this.connection.state);
  }

  /** True while the connection is checked or a reconnect runs. */
  get busy(): boolean {
    const state = this.connection.state;
    return !!state && (state.status === 'loading' || isReconnecting(state.flow));
  }

  /**
   * Focuses the Connect Account link when it is shown, else the Retry button, else the status line itself (so
   * focus can land on the status after the success banner it came from is dismissed).
   */
  override focus(options?: FocusOptions): void {
    const link = this.link as QboConnectLink;
    if (link.isConnected && !link.hidden) link.focus(options);
    else if (this.retryButton.isConnected) this.retryButton.focus(options);
    else if (this.status.isConnected) this.status.focus(options);
  }

  protected override build(root: ShadowRoot): void {
    this.retryButton.addEventListener('click', () => void this.retry());
    root.append(this.base, this.announcer.region);
  }

  /** Each row the server rendered replaces the element's own; rows it left out stay the element's, for later. */
  protected override adopt(root: ShadowRoot): void {
    this.base = adoptPart(root, 'base', this.base);
    const found = (part: string) => this.base.querySelector<HTMLElement>(`[part~="${part}"]`);
    const status = found('status');
    if (status) {
      this.status = status;
      this.statusText = adoptText(status);
    }
    const link = found('link');
    if (link) this.link = link;
    this.statusRow = (status ?? link)?.parentElement ?? this.statusRow;
    // Asking an admin as the first choice: Connect Account is in a row of its own, below the offer.
    if (link && link.parentElement !== this.statusRow) this.linkRow = link.parentElement!;
    const handoff = found('handoff');
    if (handoff) this.handoff = handoff;
    const progress = found('progress');
    if (progress) {
      this.progressRow = progress.parentElement!;
      this.progressText = adoptText(progress);
    }
    const reason = found('reason');
    if (reason) {
      this.reasonRow = reason.parentElement!;
      this.reasonText = adoptText(reason);
    }
    const nextStep = found('next-step');
    if (nextStep) {
      this.nextStepRow = nextStep.parentElement!;
      this.nextStepText = adoptText(nextStep);
    }
    const error = found('error');
    if (error) {
      this.errorRow = error;
      this.errorMessage = adoptText(adoptPart(error, 'error-message', error));
      this.errorReason = adoptText(adoptPart(error, 'error-reason', error));
      this.retryButton = adoptPart(error, 'retry', this.retryButton);
      this.retryLabel = adoptText(this.retryButton);
    }
    const announcer = root.querySelector<HTMLDivElement>('[part~="announcer"]');
    if (announcer) this.announcer.adopt(announcer);
    this.retryButton.addEventListener('click', () => void this.retry());
  }

  protected override update(): void {
    const { strings, state } = this.connection;
    const linkState = shownLinkState(state);
    const statusText = linkState ? strings.statusLine(strings.linkState[linkState]) : state ? null : strings.notConfigured;
    const reconnecting = isReconnecting(state?.flow);
    const checking = state?.status === 'loading';
    const reasonKey = linkState && linkState !== 'active' ? state?.snapshot?.inactiveReason : null;
    const loadError = state && state.status !== 'ready' ? state.loadError : null;
    const busy = this.busy;

    this.reflectState(this.state, busy);
    setAttribute(this, 'busy', busy);
    setAttribute(this.base, 'aria-busy', busy ? 'true' : 'false');
    if (statusText !== null) setText(this.statusText, statusText);
    place(this.statusRow, this.status, statusText !== null, [this.status, this.link]);

    // "Ask an admin" below the line, kept while its form is in use; as the first choice it comes before Connect Account.
    const offer = reconnecting ? 'none' : handoffOffer(state, this.connection.store?.adapter);
    const first = offer === 'first';
    const rows = [this.statusRow, this.progressRow, this.reasonRow, this.nextStepRow, this.handoff, this.linkRow, this.errorRow];
    place(first ? this.linkRow : this.statusRow, this.link, true, [this.status, this.link]);
    place(this.base, this.handoff, offer !== 'none' || (state?.handoff.name ?? 'idle') !== 'idle' || this.handoff.hasAttribute('form-open'), rows);
    place(this.base, this.linkRow, first, rows);
    place(this.base, this.progressRow, reconnecting || checking, rows);
    if (reconnecting || checking) setText(this.progressText, reconnecting ? strings.reconnecting : strings.checking);
    place(this.base, this.reasonRow, !reconnecting && !checking && !!reasonKey, rows);
    place(this.base, this.nextStepRow, !reconnecting && !checking && !!reasonKey, rows);
    if (reasonKey) {
      setText(this.reasonText, strings.inactiveReason[reasonKey]);
      setText(this.nextStepText, strings.reasonNextStep[reasonKey]);
    }
    place(this.base, this.errorRow, !!loadError, rows);
    if (loadError) {
      setText(this.errorMessage, strings.loadFailed);
      setText(this.errorReason, strings.loadFailure[loadError.reason]);
      setText(this.retryLabel, strings.retryLoad);
      setAttribute(this.retryButton, 'aria-disabled', checking && 'true');
    }
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
    this.announcer.say(text);
  }
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
