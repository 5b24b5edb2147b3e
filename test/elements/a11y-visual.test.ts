// What a person sees under forced colors, reduced motion and dark mode: states, selection, motion, button edges.
import { expect } from '@open-wc/testing';
import { press } from '../helpers/keys.js';
import { html } from 'lit';
import { ConnectionError } from '../../src/core/errors.js';
import { QboConnectionStatus } from '../../src/elements/qbo-connection-status/qbo-connection-status.js';
import { QboLinkStateTabs } from '../../src/elements/qbo-link-state-tabs/qbo-link-state-tabs.js';
import { QboReconnectDialog } from '../../src/elements/qbo-reconnect-dialog/qbo-reconnect-dialog.js';
import { QboStatusBadge } from '../../src/elements/qbo-status-badge/qbo-status-badge.js';
import { defineElement } from '../../src/elements/shared/define-element.js';
import { ACTIVE, INACTIVE, settle } from '../helpers/fakes.js';
import { answerLoad, mount, renderDone } from '../helpers/elements.js';
import type { Mounted } from '../helpers/elements.js';
import { contrast, dotOf, parseColor, systemColor } from '../helpers/colors.js';
import { emulateMediaFeatures } from '../helpers/media.js';
import { describeWhere, itWhere } from '../helpers/engine.js';

defineElement('qbo-connection-status', QboConnectionStatus);
defineElement('qbo-link-state-tabs', QboLinkStateTabs);
defineElement('qbo-reconnect-dialog', QboReconnectDialog);
defineElement('qbo-status-badge', QboStatusBadge);

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`)!;
const style = (el: Element) => getComputedStyle(el);
const tabsOf = (m: Mounted) => m.provider.querySelector('qbo-link-state-tabs')!;
const tab = (m: Mounted, state: string) => tabsOf(m).shadowRoot!.querySelector<HTMLElement>(`#tab-${state}`)!;
const indicator = (m: Mounted, state: string) => tab(m, state).querySelector<HTMLElement>('[part=indicator]')!;
const isTransparent = (color: string) => parseColor(color)[3] === 0;

afterEach(async () => {
  await emulateMediaFeatures({});
});

describeWhere('media-emulation', 'accessibility: forced colors keep state and selection visible', () => {
  it('emulates forced colors in this page', async () => {
    await emulateMediaFeatures({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('draws the tab dots and the selected underline in system colours', async () => {
    const m = await mount(html`<qbo-link-state-tabs></qbo-link-state-tabs>`, ACTIVE);
    await emulateMediaFeatures({ forcedColors: 'active' });
    const canvas = systemColor('Canvas');
    const canvasText = systemColor('CanvasText');
    const highlight = systemColor('Highlight');
    // The current state's dot is filled with CanvasText; the others are CanvasText rings on Canvas.
    expect(style(indicator(m, 'active')).backgroundColor).to.equal(canvasText);
    for (const state of ['disabled', 'inactive']) {
      expect(style(indicator(m, state)).borderTopColor).to.equal(canvasText);
      expect(style(indicator(m, state)).backgroundColor).to.equal(canvas);
    }
    expect(style(indicator(m, 'inactive')).borderTopWidth).to.equal('2px');
    // The selected tab's underline is Highlight; unselected tabs have none.
    expect(style(tab(m, 'active')).borderBottomColor).to.equal(highlight);
    const unselected = style(tab(m, 'inactive')).borderBottomColor;
    expect(isTransparent(unselected) || unselected === canvas).to.equal(true);
  });

  it('keeps the status badge dot, filled for Active and a ring otherwise', async () => {
    const active = await mount(html`<qbo-status-badge></qbo-status-badge>`, ACTIVE);
    const inactive = await mount(html`<qbo-status-badge></qbo-status-badge>`, INACTIVE);
    await emulateMediaFeatures({ forcedColors: 'active' });
    const badge = (m: Mounted) => m.provider.querySelector('qbo-status-badge')!;
    const canvasText = systemColor('CanvasText');
    const transparent = 'rgba(0, 0, 0, 0)';
    for (const m of [active, inactive]) {
      expect(style(badge(m)).backgroundColor).to.equal(systemColor('Canvas'));
      expect(style(badge(m)).color).to.equal(canvasText);
    }
    expect(dotOf(badge(active))).to.deep.equal([canvasText, transparent]);
    expect(dotOf(badge(inactive))).to.deep.equal([transparent, canvasText, canvasText, transparent]);
  });
});

/** The connection status and the reconnect dialog, both showing progress: the sign-in window is open. */
async function signingInWithProgress(): Promise<Mounted> {
  const m = await mount(html`<qbo-connection-status></qbo-connection-status><qbo-reconnect-dialog></qbo-reconnect-dialog>`, INACTIVE);
  m.provider.store!.requestReconnect();
  await renderDone(m.provider);
  m.provider.store!.confirm('popup');
  await settle();
  await renderDone(m.provider);
  return m;
}

describeWhere('media-emulation', 'accessibility: progress stays readable in forced colors', () => {
  it('leaves a Canvas gap in the dialog ring and the status spinner', async () => {
    const m = await signingInWithProgress();
    await emulateMediaFeatures({ forcedColors: 'active' });
    const ring = style(part(m.provider.querySelector('qbo-reconnect-dialog')!, 'progress'));
    const spinner = style(part(m.provider.querySelector('qbo-connection-status')!, 'spinner'));
    expect(ring.borderTopColor).to.equal(systemColor('Canvas'));
    expect(ring.borderBottomColor).to.equal(systemColor('CanvasText'));
    expect(spinner.borderRightColor).to.equal(systemColor('Canvas'));
    expect(spinner.borderLeftColor).to.not.equal(systemColor('Canvas'));
  });
});

describe('accessibility: link-state tabs keep "current" and "viewed" apart', () => {
  it('viewing Inactive Link while Active is current does not make Inactive look current', async () => {
    const m = await mount(html`<qbo-link-state-tabs></qbo-link-state-tabs>`, ACTIVE);
    const underlineWhenActiveViewed = style(tab(m, 'active')).borderBottomColor;
    tab(m, 'active').focus();
    await press('ArrowLeft');
    await renderDone(m.provider);
    expect(tab(m, 'inactive').getAttribute('aria-selected')).to.equal('true');

    // "Viewed" is the same neutral underline whichever tab it is on, never the state's colour.
    const underline = style(tab(m, 'inactive')).borderBottomColor;
    expect(underline).to.equal(underlineWhenActiveViewed);
    expect(underline).to.not.equal(style(indicator(m, 'inactive')).borderTopColor);

    // "Current" stays with Active: a filled dot and the "(current)" pill; the viewed Inactive tab has neither.
    expect(isTransparent(style(indicator(m, 'active')).backgroundColor)).to.equal(false);
    expect(isTransparent(style(indicator(m, 'inactive')).backgroundColor)).to.equal(true);
    const marker = tab(m, 'active').querySelector<HTMLElement>('[part=current-marker]')!;
    expect(marker.textContent).to.equal('(current)');
    expect(style(marker).borderTopStyle).to.equal('solid');
    expect(tab(m, 'inactive').querySelector('[part=current-marker]')).to.equal(null);
    expect(tab(m, 'inactive').getAttribute('part')).to.equal('tab tab-selected');
    expect(tab(m, 'active').getAttribute('part')).to.equal('tab tab-current');
  });
});

describe('accessibility: reduced motion', () => {
  itWhere('media-emulation', 'stops the dialog’s progress ring and the status spinner', async () => {
    const m = await signingInWithProgress();
    const ring = part(m.provider.querySelector('qbo-reconnect-dialog')!, 'progress');
    const spinner = part(m.provider.querySelector('qbo-connection-status')!, 'spinner');
    expect(style(ring).animationName).to.equal('qbo-spin');
    await emulateMediaFeatures({ reducedMotion: 'reduce' });
    expect(style(ring).animationName).to.equal('none');
    expect(style(spinner).animationName).to.equal('none');
    expect(ring.getAnimations()).to.have.length(0);
  });
});

describe('accessibility: secondary buttons are outlined at 3:1 or more', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const test = colorScheme === 'light' ? it : (title: string, fn: Mocha.AsyncFunc) => itWhere('media-emulation', title, fn);
    test(`No in the dialog and Retry in the status, ${colorScheme}`, async () => {
      await emulateMediaFeatures({ colorScheme });
      const failed = await mount(html`<qbo-connection-status></qbo-connection-status>`, null);
      await answerLoad(failed, new ConnectionError('network', 'offline'));
      const retry = part(failed.provider.querySelector('qbo-connection-status')!, 'retry');

      const confirming = await mount(html`<qbo-reconnect-dialog></qbo-reconnect-dialog>`, INACTIVE);
      confirming.provider.store!.requestReconnect();
      await renderDone(confirming.provider);
      const dialog = part(confirming.provider.querySelector('qbo-reconnect-dialog')!, 'dialog');
      const no = [...dialog.querySelectorAll<HTMLElement>('[part~=button-secondary]')].find((b) => b.textContent!.trim() === 'No')!;

      for (const { name, button, around } of [
        { name: 'No', button: no, around: style(dialog).backgroundColor },
        // The status sits on the host page; the tokens assume a page of the surface colour.
        { name: 'Retry', button: retry, around: style(retry).backgroundColor },
      ]) {
        const border = style(button).borderTopColor;
        expect(contrast(border, style(button).backgroundColor), `${name} border against the button`).to.be.at.least(3);
        expect(contrast(border, around), `${name} border against its surroundings`).to.be.at.least(3);
      }
    });
  }
});
