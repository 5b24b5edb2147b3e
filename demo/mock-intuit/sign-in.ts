// The mock Intuit sign-in: identifier, password, optional verification code, company choice; answers redirect_uri.
import { SAMPLE_COMPANIES } from '../../src/mocks/memory-backend.js';
import type { Company } from '../../src/core/model.js';
import { DEFAULT_DEMO_SCENARIO, findDemoScenario } from '../src/scenarios.js';
import { deniedUrl, grantUrl, readAuthorizationRequest } from './request.js';
import type { AuthorizationRequest } from './request.js';
import { checkCode, checkIdentifier, checkPassword, masked } from './validation.js';

type StepId = 'step-invalid' | 'step-identifier' | 'step-password' | 'step-code' | 'step-company' | 'step-denied';

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}

const STEPS: StepId[] = ['step-invalid', 'step-identifier', 'step-password', 'step-code', 'step-company', 'step-denied'];

function show(step: StepId, focusHeading = true): void {
  for (const id of STEPS) byId(id).hidden = id !== step;
  const heading = byId(step).querySelector<HTMLElement>('h1');
  if (focusHeading) heading?.focus();
  byId('sign-in-status').textContent = heading?.textContent ?? '';
}

/** Shows or clears a field's error; an error moves focus to the field, whose description then reads it. */
function report(input: HTMLInputElement | HTMLFieldSetElement, errorId: string, message: string | null): boolean {
  const error = byId(errorId);
  error.textContent = message ?? '';
  error.hidden = message === null;
  if (message) {
    input.setAttribute('aria-invalid', 'true');
    const target = input instanceof HTMLFieldSetElement ? input.querySelector<HTMLInputElement>('input') : input;
    target?.focus();
  } else {
    input.removeAttribute('aria-invalid');
  }
  return message === null;
}

function startSignIn(request: AuthorizationRequest): void {
  const scenario = findDemoScenario(request.demoScenario) ?? DEFAULT_DEMO_SCENARIO;
  const identifier = byId<HTMLInputElement>('identifier');
  const askCode = byId<HTMLInputElement>('ask-code');
  const password = byId<HTMLInputElement>('password');
  const code = byId<HTMLInputElement>('code');
  const companyChoice = byId<HTMLFieldSetElement>('company-choice');
  let account = '';

  const leave = (url: string) => {
    // replace(): Back must not return to a sign-in that already answered.
    location.replace(url);
  };
  for (const cancel of document.querySelectorAll<HTMLButtonElement>('[data-cancel]')) {
    cancel.addEventListener('click', () => leave(deniedUrl(request, 'The user cancelled the sign-in.')));
  }
  byId('denied-return').addEventListener('click', () =>
    leave(deniedUrl(request, 'The Intuit account is not an administrator of a QuickBooks company.')),
  );

  /** Accounts with "books" in them have one company; everyone else chooses among the sample companies. */
  const companiesOf = (who: string): readonly Company[] => (/books/i.test(who) ? [scenario.signInCompany] : SAMPLE_COMPANIES);

  const showCompanies = () => {
    const companies = companiesOf(account);
    const options = byId('company-options');
    const single = byId('company-single');
    companyChoice.hidden = companies.length === 1;
    single.hidden = companies.length !== 1;
    if (companies.length === 1) {
      single.textContent = `Company: ${companies[0]?.name ?? ''}`;
    } else {
      options.replaceChildren(
        ...companies.map((company) => {
          const label = document.createElement('label');
          label.className = 'company';
          const radio = document.createElement('input');
          radio.type = 'radio';
          radio.name = 'realmId';
          radio.value = company.realmId;
          // The scenario decides where a sign-in lands unless the user picks another company.
          radio.checked = company.realmId === scenario.signInCompany.realmId;
          const name = document.createElement('span');
          name.className = 'company-name';
          name.textContent = company.name;
          const realm = document.createElement('span');
          realm.className = 'company-realm';
          realm.textContent = `Company ID ${company.realmId}`;
          label.append(radio, name, realm);
          return label;
        }),
      );
    }
    show('step-company');
  };

  const afterVerification = () => (scenario.deniesSignIn ? show('step-denied') : showCompanies());

  byId<HTMLFormElement>('step-identifier').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!report(identifier, 'identifier-error', checkIdentifier(identifier.value))) return;
    account = identifier.value.trim();
    byId('who').textContent = account;
    password.value = '';
    report(password, 'password-error', null);
    show('step-password');
  });

  byId('not-you').addEventListener('click', () => {
    show('step-identifier', false);
    identifier.focus();
    identifier.select();
  });

  const toggle = byId<HTMLButtonElement>('show-password');
  toggle.addEventListener('click', () => {
    const visible = password.type === 'password';
    password.type = visible ? 'text' : 'password';
    toggle.setAttribute('aria-pressed', String(visible));
  });

  byId<HTMLFormElement>('step-password').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!report(password, 'password-error', checkPassword(password.value))) return;
    if (askCode.checked || /2fa/i.test(account)) {
      byId('code-destination').textContent = masked(account);
      code.value = '';
      report(code, 'code-error', null);
      show('step-code');
      return;
    }
    afterVerification();
  });

  byId<HTMLFormElement>('step-code').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!report(code, 'code-error', checkCode(code.value))) return;
    afterVerification();
  });

  byId<HTMLFormElement>('step-company').addEventListener('submit', (event) => {
    event.preventDefault();
    const companies = companiesOf(account);
    const chosen =
      companies.length === 1
        ? companies[0]?.realmId
        : companyChoice.querySelector<HTMLInputElement>('input[name="realmId"]:checked')?.value;
    if (!report(companyChoice, 'company-error', chosen ? null : 'Choose a company to connect.') || !chosen) return;
    leave(grantUrl(request, chosen));
  });

  show('step-identifier', false);
  identifier.focus();
}

const parsed = readAuthorizationRequest(location.href);
if (parsed.ok) {
  startSignIn(parsed.request);
} else {
  byId('invalid-problems').replaceChildren(
    ...parsed.problems.map((problem) => {
      const item = document.createElement('li');
      item.textContent = problem;
      return item;
    }),
  );
  show('step-invalid');
}
