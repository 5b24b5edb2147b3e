// <qbo-link-state-tabs>: one Inactive indicator before the first reconnect, three tabs after, operable by keyboard.
import { expect } from '@open-wc/testing';
import { press as pressKey, type KeyName } from '../helpers/keys.js';
import { html } from 'lit';
import type { ConnectionSnapshot } from '../../src/core/model.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { QboLinkStateTabs } from '../../src/elements/qbo-link-state-tabs/qbo-link-state-tabs.js';
import { defaultStrings } from '../../src/i18n/strings.js';
import { ACTIVE, INACTIVE, settle } from '../helpers/fakes.js';
import { mount, renderDone, shownText } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';

defineElement('qbo-link-state-tabs', QboLinkStateTabs);

const tabsOf = (m: Mounted) => m.provider.querySelector('qbo-link-state-tabs')!;
const root = (m: Mounted) => tabsOf(m).shadowRoot!;
const tabs = (m: Mounted) => [...root(m).querySelectorAll<HTMLElement>('[role=tab]')];
const tabLabels = (m: Mounted) => tabs(m).map((tab) => tab.querySelector('[part=label]')!.textContent);
const selectedTab = (m: Mounted) => tabs(m).find((tab) => tab.getAttribute('aria-selected') === 'true')!;
const shownPanels = (m: Mounted) => [...root(m).querySelectorAll<HTMLElement>('[role=tabpanel]')].filter((panel) => !panel.hidden);
const focusedTab = (m: Mounted) => root(m).activeElement;

const mountTabs = (snapshot: ConnectionSnapshot | null) =>
  mount(
    html`<button id="before">Before</button>
      <qbo-link-state-tabs></qbo-link-state-tabs>
      <button id="after">After</button>`,
    snapshot,
  );

/** Tab from the button before the element into the tablist. */
async function tabIn(m: Mounted): Promise<void> {
  m.provider.querySelector<HTMLButtonElement>('#before')!.focus();
  await pressKey('Tab');
}

async function press(m: Mounted, key: KeyName): Promise<void> {
  await pressKey(key);
  await renderDone(m.provider);
}

describe('<qbo-link-state-tabs>', () => {
  it('shows only the Inactive indicator before a reconnect has ever completed', async () => {
    const m = await mountTabs(INACTIVE);
    expect(tabLabels(m)).to.deep.equal(['Inactive Link']);
    expect(selectedTab(m).id).to.equal('tab-inactive');
    expect(shownText(tabsOf(m))).to.equal(`Inactive Link (current) ${defaultStrings.linkStateMeaning.inactive}`);
    expect(tabsOf(m).getAttribute('state')).to.equal('inactive');
    await expect(tabsOf(m)).to.be.accessible();
  });

  it('shows all three after a reconnect, Active selected and marked current', async () => {
    const m = await mountTabs(ACTIVE);
    expect(tabLabels(m)).to.deep.equal(['Disabled Link', 'Inactive Link', 'Active Link']);
    expect(selectedTab(m).id).to.equal('tab-active');
    expect(selectedTab(m).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Active Link (current)');
    expect(shownPanels(m)).to.have.length(1);
    expect(shownPanels(m)[0]!.textContent!.trim()).to.equal(defaultStrings.linkStateMeaning.active);
    await expect(tabsOf(m)).to.be.accessible();
  });

  it('wires tabs and panels the APG way', async () => {
    const m = await mountTabs(ACTIVE);
    const tablist = root(m).querySelector('[role=tablist]')!;
    expect(tablist.getAttribute('aria-label')).to.equal('Connection link state');
    for (const tab of tabs(m)) {
      const panel = root(m).getElementById(tab.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).to.equal('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
      expect(panel.hidden).to.equal(tab.getAttribute('aria-selected') !== 'true');
    }
    // Roving tabindex: only the selected tab is in the tab order.
    expect(tabs(m).map((tab) => tab.tabIndex)).to.deep.equal([-1, -1, 0]);
  });

  it('colours each indicator gray, red and green, next to its text', async () => {
    const m = await mountTabs(ACTIVE);
    const colours = tabs(m).map((tab) => getComputedStyle(tab.querySelector('[part=indicator]')!).borderTopColor);
    expect(colours).to.deep.equal(['rgb(75, 85, 99)', 'rgb(185, 28, 28)', 'rgb(22, 101, 52)']);
  });

  it('goes from one indicator to three tabs, Active selected, when a reconnect succeeds', async () => {
    const m = await mountTabs(INACTIVE);
    expect(tabs(m)).to.have.length(1);
    m.provider.store!.requestReconnect();
    m.provider.store!.confirm('popup');
    await settle();
    m.windows[0]!.answer.resolve({ code: 'code-1', state: 's-1', realmId: '9130357766' });
    await renderDone(m.provider);
    expect(tabLabels(m)).to.deep.equal(['Disabled Link', 'Inactive Link', 'Active Link']);
    expect(selectedTab(m).id).to.equal('tab-active');
    expect(tabsOf(m).getAttribute('state')).to.equal('active');
  });

  it('selection follows the connection when its state changes', async () => {
    const m = await mountTabs(ACTIVE);
    (tabs(m)[0] as HTMLButtonElement).click();
    await renderDone(m.provider);
    expect(selectedTab(m).id).to.equal('tab-disabled');
    const refreshed = m.provider.refresh();
    m.adapter.loads[1]!.reply.resolve({ ...ACTIVE, linkState: 'inactive', inactiveReason: 'revoked' });
    await refreshed;
    await renderDone(m.provider);
    expect(selectedTab(m).id).to.equal('tab-inactive');
    expect(selectedTab(m).textContent).to.include('(current)');
    expect(tabs(m)[2]!.textContent).to.not.include('(current)');
  });

  it('clicking a tab selects it and shows its meaning', async () => {
    const m = await mountTabs(ACTIVE);
    (tabs(m)[1] as HTMLButtonElement).click();
    await renderDone(m.provider);
    expect(selectedTab(m).id).to.equal('tab-inactive');
    expect(shownPanels(m)[0]!.textContent!.trim()).to.equal(defaultStrings.linkStateMeaning.inactive);
  });

  describe('keyboard', () => {
    it('Tab lands on the selected tab only; the next Tab goes to the panel', async () => {
      const m = await mountTabs(ACTIVE);
      await tabIn(m);
      expect(focusedTab(m)).to.equal(root(m).getElementById('tab-active'));
      await press(m, 'Tab');
      expect(focusedTab(m)).to.equal(root(m).getElementById('panel-active'));
      await press(m, 'Tab');
      expect(document.activeElement!.id).to.equal('after');
    });

    it('ArrowRight and ArrowLeft move selection and focus, wrapping at both ends', async () => {
      const m = await mountTabs(ACTIVE);
      await tabIn(m);
      await press(m, 'ArrowRight');
      expect(selectedTab(m).id).to.equal('tab-disabled');
      expect(focusedTab(m)).to.equal(selectedTab(m));
      expect(shownPanels(m)[0]!.id).to.equal('panel-disabled');
      expect(shownPanels(m)[0]!.textContent!.trim()).to.equal(defaultStrings.linkStateMeaning.disabled);
      await press(m, 'ArrowRight');
      expect(selectedTab(m).id).to.equal('tab-inactive');
      await press(m, 'ArrowLeft');
      await press(m, 'ArrowLeft');
      expect(selectedTab(m).id).to.equal('tab-active');
      expect(focusedTab(m)).to.equal(selectedTab(m));
      expect(tabs(m).map((tab) => tab.tabIndex)).to.deep.equal([-1, -1, 0]);
    });

    it('Home and End jump to the first and last tab', async () => {
      const m = await mountTabs(ACTIVE);
      await tabIn(m);
      await press(m, 'Home');
      expect(selectedTab(m).id).to.equal('tab-disabled');
      expect(focusedTab(m)).to.equal(selectedTab(m));
      expect(tabs(m).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1]);
      await press(m, 'End');
      expect(selectedTab(m).id).to.equal('tab-active');
      expect(focusedTab(m)).to.equal(selectedTab(m));
    });

    it('keeps the single Inactive indicator selected when arrowing', async () => {
      const m = await mountTabs(INACTIVE);
      await tabIn(m);
      await press(m, 'ArrowRight');
      expect(selectedTab(m).id).to.equal('tab-inactive');
      expect(focusedTab(m)).to.equal(selectedTab(m));
    });
  });

  it('renders no tablist until the connection is known', async () => {
    const m = await mountTabs(null);
    expect(root(m).querySelector('[role=tablist]')).to.equal(null);
    expect(tabsOf(m).getAttribute('state')).to.equal('loading');
  });
});
