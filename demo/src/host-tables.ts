// The Locations, Accounts and Product Assignments tables: Fintech's own rows, gone once a different company is linked.
import { html, render } from 'lit';
import type { TemplateResult } from 'lit';
import { ACCOUNTS, LOCATIONS, PRODUCT_ASSIGNMENTS } from './sample-data.js';

function table(caption: string, headings: string[], rows: TemplateResult[], empty: string): TemplateResult {
  return html`<table class="data-table">
    <caption class="visually-hidden">${caption}</caption>
    <thead>
      <tr>${headings.map((heading) => html`<th scope="col">${heading}</th>`)}</tr>
    </thead>
    <tbody>
      ${rows.length
        ? rows
        : html`<tr><td class="empty" colspan=${headings.length}>${empty}</td></tr>`}
    </tbody>
  </table>`;
}

export interface HostTablesTargets {
  locations: HTMLElement;
  accounts: HTMLElement;
  productAssignments: HTMLElement;
}

/** Why the tables are empty: the old company's data was removed, or no company was ever linked. */
export type EmptyReason = { removedFor: string } | { neverConnected: true };

/** Shows the sample rows, or, with `emptyReason`, empty tables that say why. */
export function renderHostTables(targets: HostTablesTargets, emptyReason: EmptyReason | null): void {
  const emptyTables = emptyReason !== null;
  const empty = (what: string) =>
    emptyReason && 'removedFor' in emptyReason
      ? `No ${what} yet. The previous company's ${what} were removed when ${emptyReason.removedFor} was linked.`
      : `No ${what} yet. Connect QuickBooks to sync them.`;
  render(
    table(
      'Locations',
      ['Location', 'Address', 'QuickBooks Class', 'Last Synced'],
      emptyTables
        ? []
        : LOCATIONS.map(
            (row) => html`<tr><th scope="row">${row.name}</th><td>${row.address}</td><td>${row.quickBooksClass}</td><td>${row.lastSynced}</td></tr>`,
          ),
      empty('locations'),
    ),
    targets.locations,
  );
  render(
    table(
      'Accounts',
      ['Fintech Account', 'QuickBooks Account', 'Type', 'Last Synced'],
      emptyTables
        ? []
        : ACCOUNTS.map(
            (row) =>
              html`<tr><th scope="row">${row.fintechAccount}</th><td>${row.quickBooksAccount}</td><td>${row.type}</td><td>${row.lastSynced}</td></tr>`,
          ),
      empty('accounts'),
    ),
    targets.accounts,
  );
  render(
    table(
      'Product Assignments',
      ['Product', 'SKU', 'Income Account', 'Expense Account'],
      emptyTables
        ? []
        : PRODUCT_ASSIGNMENTS.map(
            (row) => html`<tr><th scope="row">${row.product}</th><td>${row.sku}</td><td>${row.incomeAccount}</td><td>${row.expenseAccount}</td></tr>`,
          ),
      empty('product assignments'),
    ),
    targets.productAssignments,
  );
}
