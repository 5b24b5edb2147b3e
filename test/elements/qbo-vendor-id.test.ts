// <qbo-vendor-id>: the "Integration Account Name" placeholder until the connection is live, then the numeric ID.
import { expect, fixture } from '@open-wc/testing';
import { emulateMediaFeatures } from '../helpers/media.js';
import { itWhere } from '../helpers/engine.js';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { QboVendorId } from '../../src/elements/qbo-vendor-id/qbo-vendor-id.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { answerLoad, mount, mountUnconfigured, renderDone, shownText } from '../helpers/elements.js';
import { ACTIVE, INACTIVE } from '../helpers/fakes.js';
import { findAllByShadowText, findByShadowText } from '../helpers/text-queries.js';

defineElement('qbo-vendor-id', QboVendorId);

const PLACEHOLDER = 'Integration Account Name';
const DISABLED: ConnectionSnapshot = { ...INACTIVE, linkState: 'disabled', inactiveReason: 'never_connected', company: null };

/** The host's own Vendors table: one ID per row, one row without an ID, one with an empty ID. */
const table = html`<table>
  <caption>Vendors</caption>
  <thead><tr><th scope="col">Vendor</th><th scope="col">Vendor ID</th></tr></thead>
  <tbody>
    <tr><td>Acme Supply</td><td><qbo-vendor-id vendor-id="1001"></qbo-vendor-id></td></tr>
    <tr><td>Birch Paper</td><td><qbo-vendor-id vendor-id="58"></qbo-vendor-id></td></tr>
    <tr><td>Cedar Freight</td><td><qbo-vendor-id></qbo-vendor-id></td></tr>
    <tr><td>Delta Tools</td><td><qbo-vendor-id vendor-id="  "></qbo-vendor-id></td></tr>
  </tbody>
</table>`;

const cells = (root: Element) => [...root.querySelectorAll<QboVendorId>('qbo-vendor-id')];
const shown = (root: Element) => cells(root).map((cell) => shownText(cell));

function expectPlaceholders(root: Element): void {
  expect(shown(root)).to.deep.equal([PLACEHOLDER, PLACEHOLDER, PLACEHOLDER, PLACEHOLDER]);
  for (const cell of cells(root)) expect(cell.getAttribute('state')).to.equal('placeholder');
}

describe('<qbo-vendor-id>', () => {
  afterEach(async () => {
    await emulateMediaFeatures({});
    document.body.style.background = '';
  });

  it('shows the muted, italic, dashed "Integration Account Name" placeholder while inactive', async () => {
    const { provider } = await mount(table, INACTIVE);
    expectPlaceholders(provider);
    const style = getComputedStyle(cells(provider)[0]!);
    expect(style.fontStyle).to.equal('italic');
    expect(style.color).to.equal('rgb(82, 96, 109)');
    expect(style.textDecorationLine).to.equal('underline');
    expect(style.textDecorationStyle).to.equal('dashed');
    await expect(provider.querySelector('table')!).to.be.accessible();
  });

  it('shows the numeric IDs when live; rows without an ID keep the placeholder', async () => {
    const { provider } = await mount(table, ACTIVE);
    expect(shown(provider)).to.deep.equal(['1001', '58', PLACEHOLDER, PLACEHOLDER]);
    expect(cells(provider).map((cell) => cell.getAttribute('state'))).to.deep.equal(['id', 'id', 'placeholder', 'placeholder']);
    expect(getComputedStyle(cells(provider)[0]!).fontStyle).to.equal('normal');
    expect(getComputedStyle(cells(provider)[0]!).textDecorationLine).to.equal('none');
    await expect(provider.querySelector('table')!).to.be.accessible();
  });

  it('is findable by text, as hosts query it in their own tests (findByText over shadow roots)', async () => {
    const inactive = await mount(table, INACTIVE);
    const placeholders = await findAllByShadowText(inactive.provider, PLACEHOLDER);
    expect(placeholders).to.have.length(4);
    // Each match is inside its own cell, so a host can go from the text to the row.
    expect(placeholders.map((match) => (match.getRootNode() as ShadowRoot).host)).to.deep.equal(cells(inactive.provider));
    const active = await mount(table, ACTIVE);
    const id = await findByShadowText(active.provider, '1001');
    expect((id.getRootNode() as ShadowRoot).host).to.equal(cells(active.provider)[0]);
    expect(await findAllByShadowText(active.provider, PLACEHOLDER)).to.have.length(2);
  });

  it('swaps placeholders for IDs when a refresh says the connection is active', async () => {
    const mounted = await mount(table, INACTIVE);
    expectPlaceholders(mounted.provider);
    void mounted.provider.refresh();
    await answerLoad(mounted, ACTIVE);
    expect(shown(mounted.provider)).to.deep.equal(['1001', '58', PLACEHOLDER, PLACEHOLDER]);
  });

  it('swaps by changing text and state in place: one slot, one text node, no rebuilt DOM', async () => {
    const mounted = await mount(table, INACTIVE);
    const cell = cells(mounted.provider)[0]!;
    const slot = cell.shadowRoot!.firstChild as HTMLSlotElement;
    expect(cell.shadowRoot!.childNodes.length).to.equal(1);
    expect(slot.localName).to.equal('slot');
    const text = slot.firstChild!;
    expect(slot.childNodes.length).to.equal(1);
    expect(text.nodeType).to.equal(Node.TEXT_NODE);
    void mounted.provider.refresh();
    await answerLoad(mounted, ACTIVE);
    await cell.updateComplete;
    expect(cell.shadowRoot!.childNodes.length).to.equal(1);
    expect(cell.shadowRoot!.firstChild).to.equal(slot);
    expect(slot.firstChild).to.equal(text);
    expect(cell.state).to.equal('id');
    expect(text.textContent).to.equal('1001');
  });

  it('shows its text even with white space or markup left inside the tag', async () => {
    const { provider } = await mount(
      html`<p><qbo-vendor-id vendor-id="58">
        </qbo-vendor-id> <qbo-vendor-id vendor-id="59"><span>host text</span></qbo-vendor-id></p>`,
      ACTIVE,
    );
    for (const [index, cell] of cells(provider).entries()) {
      const slot = cell.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedNodes()).to.deep.equal([]);
      const range = document.createRange();
      range.selectNodeContents(slot);
      expect(range.getBoundingClientRect().width, 'the ID is drawn').to.be.greaterThan(0);
      expect(shownText(cell)).to.equal(String(58 + index));
    }
  });

  it('styles every cell from one sheet adopted once by the root that holds them, which the host overrides', async () => {
    const look = (root: DocumentOrShadowRoot) =>
      root.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('qbo-vendor-id')));
    const { provider } = await mount(table, INACTIVE);
    expect(look(document)).to.have.length(1);
    // A second table in the same document reuses it.
    await mount(table, INACTIVE);
    expect(look(document)).to.have.length(1);
    for (const cell of cells(provider)) expect(cell.shadowRoot!.adoptedStyleSheets).to.deep.equal([]);

    // Cells inside a host's own shadow root get the sheet there, added to the host's own sheets.
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const own = new CSSStyleSheet();
    own.replaceSync('p { margin: 0; }');
    shadow.adoptedStyleSheets = [own];
    const inner = await mount(table, INACTIVE);
    shadow.append(inner.provider);
    expect(shadow.adoptedStyleSheets[0]).to.equal(own);
    expect(look(shadow)).to.have.length(1);
    expect(getComputedStyle(cells(inner.provider)[0]!).fontStyle).to.equal('italic');

    // Any rule of the host's wins over the default look, however plain its selector.
    const style = document.createElement('style');
    style.textContent = 'qbo-vendor-id { color: rgb(1, 2, 3); font-style: normal; }';
    document.head.append(style);
    try {
      expect(getComputedStyle(cells(provider)[0]!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(cells(provider)[0]!).fontStyle).to.equal('normal');
      expect(getComputedStyle(cells(provider)[0]!).textDecorationStyle).to.equal('dashed');
    } finally {
      style.remove();
    }
  });

  it('takes a vendorId a framework set before the tag was defined', async () => {
    const early = document.createElement('qbo-vendor-id-early') as HTMLElement & { vendorId?: string | null };
    early.vendorId = '3141';
    const { provider } = await mount(html``, ACTIVE);
    provider.append(early);
    customElements.define('qbo-vendor-id-early', class extends QboVendorId {});
    expect(shownText(early)).to.equal('3141');
    expect(early.getAttribute('state')).to.equal('id');
  });

  it('swaps IDs back for placeholders when the connection lapses', async () => {
    const mounted = await mount(table, ACTIVE);
    void mounted.provider.refresh();
    await answerLoad(mounted, INACTIVE);
    expectPlaceholders(mounted.provider);
  });

  it('shows placeholders while disabled, loading, after a failed load and without an adapter', async () => {
    expectPlaceholders((await mount(table, DISABLED)).provider);
    const loading = await mount(table, null);
    expectPlaceholders(loading.provider);
    await answerLoad(loading, new ConnectionError('network', 'offline'));
    expectPlaceholders(loading.provider);
    expectPlaceholders(await mountUnconfigured(table));
    const alone = await fixture<QboVendorId>(html`<qbo-vendor-id vendor-id="7"></qbo-vendor-id>`);
    expect(shownText(alone)).to.equal(PLACEHOLDER);
  });

  it('keeps showing IDs while a refresh of a live connection fails', async () => {
    const mounted = await mount(table, ACTIVE);
    void mounted.provider.refresh();
    await answerLoad(mounted, new ConnectionError('server', 'boom'));
    expect(shown(mounted.provider)).to.deep.equal(['1001', '58', PLACEHOLDER, PLACEHOLDER]);
  });

  it('follows its vendor-id attribute and vendorId property', async () => {
    const { provider } = await mount(table, ACTIVE);
    const cell = cells(provider)[2]!;
    cell.setAttribute('vendor-id', '904');
    await cell.updateComplete;
    expect(shownText(cell)).to.equal('904');
    cell.vendorId = null;
    await cell.updateComplete;
    expect(shownText(cell)).to.equal(PLACEHOLDER);
  });

  it('500 cells share one load, and store changes that do not affect them do not re-render them', async () => {
    const ids = Array.from({ length: 500 }, (_, index) => String(10_000 + index));
    const mounted = await mount(
      html`<table><tbody>${ids.map((id) => html`<tr><td><qbo-vendor-id vendor-id=${id}></qbo-vendor-id></td></tr>`)}</tbody></table>`,
      INACTIVE,
    );
    const all = cells(mounted.provider);
    expect(all.length).to.equal(500);
    expect(mounted.adapter.loads.length).to.equal(1);
    expect(all.every((cell) => shownText(cell) === PLACEHOLDER)).to.equal(true);

    let renders = 0;
    for (const cell of all) {
      const instance = cell as unknown as { render(): unknown };
      const original = instance.render.bind(cell);
      instance.render = () => {
        renders++;
        return original();
      };
    }
    // The dialog opening and closing changes the store but not any cell.
    mounted.provider.store!.requestReconnect();
    mounted.provider.store!.cancel();
    await renderDone(mounted.provider);
    expect(renders).to.equal(0);

    void mounted.provider.refresh();
    await answerLoad(mounted, ACTIVE);
    expect(renders).to.equal(500);
    expect(all.map((cell) => shownText(cell))).to.deep.equal(ids);
    expect(mounted.adapter.loads.length).to.equal(2);
  });

  itWhere('media-emulation', 'keeps the placeholder readable in dark mode', async () => {
    await emulateMediaFeatures({ colorScheme: 'dark' });
    document.body.style.background = '#1f2430';
    document.body.style.color = '#e4e7eb';
    try {
      const { provider } = await mount(table, INACTIVE);
      expect(getComputedStyle(cells(provider)[0]!).color).to.equal('rgb(176, 184, 193)');
      await expect(provider.querySelector('table')!).to.be.accessible();
    } finally {
      document.body.style.color = '';
    }
  });
});
