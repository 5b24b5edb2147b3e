// The dialog's question and outcome screens: first connection vs reconnect, company switch, failures, "nothing changed".
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ConnectionSnapshot } from '../../core/model.js';
import type { FlowState } from '../../core/reconnect-flow.js';
import type { Strings } from '../../i18n/strings.js';

export interface DialogScreen {
  title: string;
  message?: TemplateResult | string;
  progress?: boolean;
  actions: TemplateResult;
}

export interface ScreenActions {
  yes(): void;
  /** No, Cancel, Close: the store's cancel path. */
  cancel(): void;
  confirmCompanySwitch(): void;
}

const warningBox = (strings: Strings, text: string) =>
  html`<p part="message warning"><span part="icon" role="img" aria-label=${strings.warningIcon}>⚠️</span><span>${text}</span></p>`;

/**
 * "Are you sure to Reconnect?" names the linked company and warns, word for word, that another company removes
 * the data. With nothing linked yet no data can be lost: "Connect QuickBooks?" without the warning.
 */
export function confirmScreen(strings: Strings, snapshot: ConnectionSnapshot | null, actions: ScreenActions, adminFirst = false): DialogScreen {
  const company = snapshot?.company ?? null;
  const checklist = html`<qbo-before-you-begin part="before-you-begin" collapsible></qbo-before-you-begin>`;
  // When asking a QuickBooks admin is the first choice (its offer sits in Before You Begin), Yes steps back.
  const buttons = html`<button part=${adminFirst ? 'button button-secondary' : 'button button-primary'} @click=${actions.yes}>${strings.yes}</button>
    <button part="button button-secondary" data-initial-focus @click=${actions.cancel}>${strings.no}</button>`;
  if (!company) {
    return {
      title: strings.firstConnectTitle,
      message: html`<p part="message">${strings.firstConnectMessage}</p>${checklist}`,
      actions: buttons,
    };
  }
  return {
    title: strings.confirmTitle,
    message: html`<p part="message company">${strings.reconnectingCompany(company)}</p>
      ${warningBox(strings, strings.confirmWarning)}${checklist}`,
    actions: buttons,
  };
}

/** The second question: the safe choice comes first and stays strong; linking the other company looks destructive. */
export function companySwitchScreen(
  strings: Strings,
  flow: Extract<FlowState, { name: 'confirming-company-switch' }>,
  actions: ScreenActions,
): DialogScreen {
  return {
    title: strings.companySwitchTitle,
    message: warningBox(strings, strings.companySwitchMessage(flow.linked, flow.incoming)),
    actions: html`<button part="button button-safe" data-initial-focus @click=${actions.cancel}>
        ${strings.companySwitchNo(flow.linked)}
      </button>
      <button part="button button-danger" @click=${actions.confirmCompanySwitch}>${strings.companySwitchYes(flow.incoming)}</button>`,
  };
}

/** After No to a company switch: what stayed, said plainly, until the user closes it. */
export function keptScreen(strings: Strings, flow: Extract<FlowState, { name: 'cancelled' }>, actions: ScreenActions): DialogScreen | null {
  if (!flow.kept) return null;
  return {
    title: strings.companyKept(flow.kept),
    actions: html`<button part="button button-primary" data-initial-focus @click=${actions.cancel}>${strings.close}</button>`,
  };
}

/**
 * The text of a failure: what went wrong, Intuit's own reason and the administrator prerequisite when access was
 * refused, and that nothing changed (the link is still as it was).
 */
export function failureText(strings: Strings, flow: Extract<FlowState, { name: 'failed' }>, snapshot: ConnectionSnapshot | null): string[] {
  const lines = [strings.failure[flow.reason].message];
  if (flow.reason === 'access_denied') {
    if (flow.description) lines.push(strings.intuitReason(flow.description));
    lines.push(strings.adminPrerequisite);
  }
  if (snapshot) lines.push(strings.nothingChanged[snapshot.linkState]);
  return lines;
}

/** Intuit refused access: asking a QuickBooks admin is offered right there, as the first choice. */
export function failureMessage(lines: string[], offerHandoff = false): TemplateResult {
  return html`${lines.map((line, index) => html`<p part=${index === 0 ? 'message' : 'message detail'}>${line}</p>`)}${offerHandoff
    ? html`<qbo-handoff-offer part="handoff"></qbo-handoff-offer>`
    : ''}`;
}

export { screenStyles } from './screens.styles.js';
