// The Vendors tab's table: rows from the provider's store, the Vendor ID cell a <qbo-vendor-id> (placeholder until live).
import { html, render } from 'lit';
import type { TemplateResult } from 'lit';
import type { Vendor } from '../../src/core/model.js';
import type { ConnectionStore } from '../../src/core/store.js';
import { vendorExpenseAccount, vendorTerms } from './sample-data.js';

type VendorsView =
  | { kind: 'loading' }
  | { kind: 'loaded'; vendors: Vendor[]; more: boolean; refreshing: boolean }
  | { kind: 'failed'; message: string };

const HEADINGS = ['Vendor', 'Vendor ID', 'Payment Terms', 'Default Expense Account'];

function bodyRows(view: VendorsView): TemplateResult | TemplateResult[] {
  const note = (text: string, cls = 'empty') => html`<tr><td class=${cls} colspan=${HEADINGS.length}>${text}</td></tr>`;
  if (view.kind === 'loading') return note('Loading vendors…', 'empty busy');
  if (view.kind === 'failed') return note(`Could not load vendors: ${view.message}`, 'empty error');
  if (!view.vendors.length) return note('No vendors yet. Vendors appear here after the first sync with the linked company.');
  return view.vendors.map(
    (vendor, index) => html`<tr>
      <th scope="row">${vendor.name}</th>
      <td class="vendor-id"><qbo-vendor-id vendor-id=${vendor.id ?? ''}></qbo-vendor-id></td>
      <td>${vendorTerms(index)}</td>
      <td>${vendorExpenseAccount(index)}</td>
    </tr>`,
  );
}

function renderView(target: HTMLElement, view: VendorsView): void {
  render(
    html`<table class="data-table" aria-busy=${view.kind === 'loading' || (view.kind === 'loaded' && view.refreshing) ? 'true' : 'false'}>
        <caption class="visually-hidden">Vendors</caption>
        <thead>
          <tr>${HEADINGS.map((heading) => html`<th scope="col">${heading}</th>`)}</tr>
        </thead>
        <tbody>${bodyRows(view)}</tbody>
      </table>
      ${view.kind === 'loaded' && view.more ? html`<p class="table-note">Showing the first ${view.vendors.length} vendors.</p>` : ''}`,
    target,
  );
}

/**
 * Fetches and shows the first page of vendors; only the latest call's answer is shown. Rows already on screen stay
 * while a new page loads, so the table does not flash empty after a reconnect.
 */
export function createVendorsTable(target: HTMLElement): (store: ConnectionStore | null) => Promise<void> {
  let latest = 0;
  let shown: VendorsView = { kind: 'loading' };
  const show = (view: VendorsView) => {
    shown = view;
    renderView(target, view);
  };
  show(shown);
  return async (store) => {
    const call = ++latest;
    if (!store) return;
    if (shown.kind !== 'loaded') show({ kind: 'loading' });
    else show({ ...shown, refreshing: true });
    try {
      const page = await store.vendors({ cursor: null, limit: 50 });
      if (call === latest) show({ kind: 'loaded', vendors: page.items, more: page.nextCursor !== null, refreshing: false });
    } catch (error) {
      if (call === latest) show({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
