// The mock Intuit's sign-in page: a server-rendered multi-step form (no script, so it runs under a strict CSP).
import { randomBytes } from 'node:crypto';
import type { MockCompany } from './mock-intuit-data.js';
import { checkCode, checkIdentifier, checkPassword, masked } from './mock-intuit-validation.js';
import { deniedRedirect, grantRedirect } from './mock-intuit-authorization.js';
import type { AuthorizationRequest } from './mock-intuit-authorization.js';

/** How sign-ins end: which company is preselected (and the only one of single-company accounts), or a refusal. */
export interface SignInBehaviour {
  realmId?: string | null;
  deny?: boolean;
  denyDescription?: string;
}

type Step = 'identifier' | 'password' | 'code' | 'company' | 'denied';

interface Flow {
  request: AuthorizationRequest;
  step: Step;
  account: string;
  askCode: boolean;
  startedAt: number;
}

export interface PageContext {
  appName: string;
  companies: readonly MockCompany[];
  behaviourFor(request: AuthorizationRequest): SignInBehaviour;
  formAction: string;
  stylesheet: string;
}

/** A rendered page, or an answer to send the browser back to the app with. */
export type SignInResult = { status: number; html: string } | { redirect: string; code?: string; realmId?: string };

const FLOW_LIFETIME_MS = 30 * 60 * 1000;
const MAX_FLOWS = 500;
export const CANCEL_DESCRIPTION = 'The user cancelled the sign-in.';
export const NOT_ADMIN_DESCRIPTION = 'The Intuit account is not an administrator of a QuickBooks company.';

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

export class SignInPages {
  readonly #flows = new Map<string, Flow>();

  constructor(
    private readonly context: () => PageContext,
    private readonly issueCode: (request: AuthorizationRequest, realmId: string, account: string) => string,
  ) {}

  start(request: AuthorizationRequest): SignInResult {
    this.#prune();
    const id = randomBytes(18).toString('base64url');
    const flow: Flow = { request, step: 'identifier', account: '', askCode: false, startedAt: Date.now() };
    this.#flows.set(id, flow);
    return { status: 200, html: this.#render(id, flow, {}) };
  }

  invalid(problems: string[]): SignInResult {
    const items = problems.map((problem) => `<li>${escape(problem)}</li>`).join('');
    const body = `<section class="step"><h1>This sign-in link is incomplete</h1>
<p>The app that sent you here did not send a valid authorization request:</p><ul id="invalid-problems">${items}</ul>
<p>Close this window and start again from the app.</p></section>`;
    return { status: 400, html: this.#page('Invalid request', body) };
  }

  /** One posted step of the form. */
  post(form: URLSearchParams): SignInResult {
    const id = form.get('flow') ?? '';
    const flow = this.#flows.get(id);
    if (!flow || Date.now() - flow.startedAt > FLOW_LIFETIME_MS) {
      this.#flows.delete(id);
      return this.invalid(['This sign-in has expired. Start again from the app.']);
    }
    const action = form.get('action') ?? 'continue';
    if (action === 'cancel') return this.#finish(id, deniedRedirect(flow.request, CANCEL_DESCRIPTION));
    const behaviour = this.context().behaviourFor(flow.request);
    if (action === 'deny' && flow.step === 'denied') return this.#finish(id, deniedRedirect(flow.request, behaviour.denyDescription ?? NOT_ADMIN_DESCRIPTION));
    if (action === 'back') {
      flow.step = 'identifier';
      return { status: 200, html: this.#render(id, flow, { identifier: flow.account }) };
    }
    const afterVerification = (): Step => (behaviour.deny ? 'denied' : 'company');
    switch (flow.step) {
      case 'identifier': {
        const identifier = (form.get('identifier') ?? '').trim();
        const error = checkIdentifier(identifier);
        if (error) return { status: 200, html: this.#render(id, flow, { identifier, error }) };
        flow.account = identifier;
        flow.step = 'password';
        flow.askCode = form.has('ask-code');
        return { status: 200, html: this.#render(id, flow, {}) };
      }
      case 'password': {
        const error = checkPassword(form.get('password') ?? '');
        if (error) return { status: 200, html: this.#render(id, flow, { error }) };
        const askCode = flow.askCode || /2fa/i.test(flow.account);
        flow.step = askCode ? 'code' : afterVerification();
        return { status: 200, html: this.#render(id, flow, {}) };
      }
      case 'code': {
        const error = checkCode(form.get('code') ?? '');
        if (error) return { status: 200, html: this.#render(id, flow, { error }) };
        flow.step = afterVerification();
        return { status: 200, html: this.#render(id, flow, {}) };
      }
      case 'company': {
        const offered = this.#companiesOf(flow);
        const chosen = offered.length === 1 ? offered[0]?.realmId : form.get('realmId');
        if (!chosen || !offered.some((company) => company.realmId === chosen)) {
          return { status: 200, html: this.#render(id, flow, { error: 'Choose a company to connect.' }) };
        }
        const code = this.issueCode(flow.request, chosen, flow.account);
        return { ...this.#finish(id, grantRedirect(flow.request, code, chosen)), code, realmId: chosen };
      }
      case 'denied':
        return { status: 200, html: this.#render(id, flow, {}) };
    }
  }

  #finish(id: string, redirect: string): { redirect: string } {
    this.#flows.delete(id);
    return { redirect };
  }

  #prune(): void {
    const now = Date.now();
    for (const [id, flow] of this.#flows) if (now - flow.startedAt > FLOW_LIFETIME_MS) this.#flows.delete(id);
    while (this.#flows.size >= MAX_FLOWS) {
      const oldest = this.#flows.keys().next().value;
      if (oldest === undefined) break;
      this.#flows.delete(oldest);
    }
  }

  redirectOriginOf(id: string): string | undefined {
    const flow = this.#flows.get(id);
    return flow ? new URL(flow.request.redirectUri).origin : undefined;
  }

  /** The company preselected on the picker: the one the behaviour names, else the first. */
  preferredCompany(request: AuthorizationRequest): MockCompany | undefined {
    const { companies, behaviourFor } = this.context();
    const { realmId } = behaviourFor(request);
    return companies.find((company) => company.realmId === realmId) ?? companies[0];
  }

  /** Accounts with "books" in them have one company; everyone else chooses among all of them. */
  #companiesOf(flow: Flow): readonly MockCompany[] {
    const preferred = this.preferredCompany(flow.request);
    if (/books/i.test(flow.account) && preferred) return [preferred];
    return this.context().companies;
  }

  #render(id: string, flow: Flow, input: { identifier?: string; error?: string }): string {
    const { appName } = this.context();
    const app = `<strong class="client-name">${escape(appName)}</strong>`;
    const hidden = `<input type="hidden" name="flow" value="${escape(id)}" />`;
    const cancel = `<button type="submit" name="action" value="cancel" class="secondary" formnovalidate>Cancel</button>`;
    const error = (errorId: string) =>
      input.error ? `<p id="${errorId}" class="field-error">${escape(input.error)}</p>` : `<p id="${errorId}" class="field-error" hidden></p>`;
    const invalid = input.error ? ' aria-invalid="true" autofocus' : '';
    const form = (stepId: string, inner: string) =>
      `<form id="${stepId}" class="step" method="post" action="${escape(this.context().formAction)}" novalidate>${hidden}${inner}</form>`;
    switch (flow.step) {
      case 'identifier':
        return this.#page(
          'Sign in',
          form(
            'step-identifier',
            `<h1>Sign in</h1>
<p class="sub">One account for QuickBooks and other Intuit products. ${app} is asking to connect to QuickBooks Online.</p>
<div class="field"><label for="identifier">Email, phone number, or user ID</label>
<input id="identifier" name="identifier" type="text" autocomplete="username" autocapitalize="off" spellcheck="false" aria-describedby="identifier-error" value="${escape(input.identifier ?? '')}"${invalid || ' autofocus'} />
${error('identifier-error')}</div>
<label class="check"><input type="checkbox" id="ask-code" name="ask-code" /> Ask me for a verification code (two-step verification)</label>
<div class="actions"><button type="submit" name="action" value="continue" class="primary">Continue</button>${cancel}</div>
<details class="samples"><summary>Sample accounts for this mock</summary><ul>
<li><code>dana@harborstreet.example</code> — several companies: you choose one</li>
<li><code>dana+2fa@harborstreet.example</code> — asks for a verification code first</li>
<li><code>books@harborstreet.example</code> — one company only: no choice to make</li>
<li><code>(207) 555-0142</code> or a user ID like <code>dana.ortiz</code> work too</li></ul>
<p>Any password works; any 6 digits work as a verification code.</p></details>`,
          ),
        );
      case 'password':
        // "Use a different account" gets a form of its own: as the first submit button of the password form it
        // would be the one Enter presses.
        return this.#page(
          'Enter your password',
          `<h1>Enter your password</h1>
<form class="who" method="post" action="${escape(this.context().formAction)}">${hidden}<span id="who">${escape(flow.account)}</span> <button type="submit" name="action" value="back" class="link">Use a different account</button></form>` +
          form(
            'step-password',
            `<div class="field"><label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" aria-describedby="password-error"${invalid || ' autofocus'} />
${error('password-error')}</div>
<div class="actions"><button type="submit" name="action" value="continue" class="primary">Sign in</button>${cancel}</div>`,
          ),
        );
      case 'code':
        return this.#page(
          "Let's make sure it's you",
          form(
            'step-code',
            `<h1>Let's make sure it's you</h1>
<p class="sub">Enter the 6-digit code we sent to <strong id="code-destination">${escape(masked(flow.account))}</strong>.</p>
<div class="field"><label for="code">Verification code</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="7" aria-describedby="code-hint code-error"${invalid || ' autofocus'} />
<p id="code-hint" class="hint">Mock: any 6 digits work, like 123456.</p>
${error('code-error')}</div>
<div class="actions"><button type="submit" name="action" value="continue" class="primary">Continue</button>${cancel}</div>`,
          ),
        );
      case 'company': {
        const offered = this.#companiesOf(flow);
        const preferred = this.preferredCompany(flow.request)?.realmId;
        const choice =
          offered.length === 1
            ? `<p id="company-single" class="single-company">Company: ${escape(offered[0]?.name ?? '')}</p>`
            : `<fieldset id="company-choice" class="companies" aria-describedby="company-error"${input.error ? ' aria-invalid="true"' : ''}>
<legend>Choose the company to connect</legend><div id="company-options">${offered
                .map(
                  (company) =>
                    `<label class="company"><input type="radio" name="realmId" value="${escape(company.realmId)}"${company.realmId === preferred ? ' checked' : ''} />` +
                    `<span class="company-name">${escape(company.name)}</span><span class="company-realm">Company ID ${escape(company.realmId)}</span></label>`,
                )
                .join('')}</div></fieldset>`;
        return this.#page(
          `Connect ${appName} to QuickBooks`,
          form(
            'step-company',
            `<h1>Connect ${escape(appName)} to QuickBooks</h1>
<p class="sub">${app} wants to read and update the accounting data of a QuickBooks Online company: accounts, vendors, locations (classes) and products.</p>
${choice}${error('company-error')}
<div class="actions"><button type="submit" name="action" value="continue" class="primary">Connect</button>${cancel}</div>`,
          ),
        );
      }
      case 'denied':
        return this.#page(
          "You don't have access",
          form(
            'step-denied',
            `<h1>You don't have access</h1>
<p>Your Intuit account is not an administrator of a QuickBooks company, so it cannot connect ${escape(appName)}. Ask your company's primary admin to connect it, or sign in with an admin account.</p>
<div class="actions"><button type="submit" name="action" value="deny" class="primary" autofocus>Return to ${escape(appName)}</button></div>`,
          ),
        );
    }
  }

  #page(title: string, body: string): string {
    const { stylesheet } = this.context();
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light" /><title>${escape(title)} · Mock Intuit (for testing only)</title>
<link rel="stylesheet" href="${escape(stylesheet)}" /></head>
<body><div class="mock-banner" role="note"><strong>Mock Intuit sign-in — for testing only.</strong> No real Intuit account is used and nothing leaves this machine.</div>
<main class="signin"><div class="card"><p class="wordmark"><span>intuit</span> <span class="mock-tag">mock</span></p>
${body}</div>
<p class="legal">This page stands in for Intuit's OAuth 2.0 sign-in. It sends <code>code</code>, <code>state</code> and <code>realmId</code> (or <code>error=access_denied</code>) back to the app's redirect URI, as Intuit does.</p>
</main></body></html>`;
  }
}
