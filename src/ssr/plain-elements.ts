// What each plain element (the provider, badge, status line, Connect Account, vendor ID) shows for a server render:
// the attributes it sets on itself and its shadow root, decided by the same selectors its update() uses.
import { handoffOffer } from '../core/handoff-state.js';
import { displayState, isLive, isReconnecting, offersConnect, shownLinkState } from '../core/selectors.js';
import { QboConnectLink } from '../elements/qbo-connect-link/qbo-connect-link.js';
import { QboConnection } from '../elements/qbo-connection/qbo-connection.js';
import { QboConnectionStatus } from '../elements/qbo-connection-status/qbo-connection-status.js';
import { QboStatusBadge } from '../elements/qbo-status-badge/qbo-status-badge.js';
import { vendorIdStyles } from '../elements/qbo-vendor-id/qbo-vendor-id.styles.js';
import { liveRegionMarkup, escapeText as text, shadowTemplate, styleElement, tag } from './markup.js';
import type { RenderContext } from './render-context.js';

type Attributes = Record<string, string | boolean | null | undefined>;

/** A plain element's server render: attributes for its host element and its shadow root's content. */
export interface PlainRender {
  attributes: Attributes;
  shadow: string;
  delegatesFocus?: boolean;
}

const WARNING_PATH =
  'M8 1.5 15.2 14H.8L8 1.5Zm0 4a.8.8 0 0 0-.8.8v3.4a.8.8 0 0 0 1.6 0V6.3A.8.8 0 0 0 8 5.5Zm0 6.1a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8Z';

const bar = (x: string, y: string, height: string) => tag('rect', { x, y, width: '2', height, rx: '0.5' });
/** connectionIcon(), as markup. */
const ICON = tag(
  'svg',
  { viewBox: '0 0 16 16', focusable: 'false', 'aria-hidden': 'true', 'data-symbol': '📶' },
  tag('rect', { width: '16', height: '16', rx: '3.5', fill: 'currentColor' }),
  tag('g', { class: 'connection-icon-bars' }, bar('2.5', '10.5', '3'), bar('5.5', '8', '5.5'), bar('8.5', '5.5', '8'), bar('11.5', '2.5', '11')),
);

function badge({ state, strings }: RenderContext): PlainRender {
  const shown = displayState(state);
  const linkState = shownLinkState(state);
  const label = linkState
    ? strings.linkState[linkState]
    : shown === 'error'
      ? strings.statusUnknown
      : strings.checking;
  return { attributes: { state: shown }, shadow: styleElement(QboStatusBadge.styles) + tag('span', { part: 'label' }, text(label)) };
}

function vendorId({ state, strings }: RenderContext, attrs: ReadonlyMap<string, string>): PlainRender {
  const id = isLive(state) ? attrs.get('vendor-id')?.trim() : null;
  return {
    attributes: { state: id ? 'id' : 'placeholder' },
    shadow: styleElement([vendorIdStyles]) + tag('slot', { name: 'text' }, text(id || strings.vendorPlaceholder)),
  };
}

function connectLink({ state, strings }: RenderContext): PlainRender {
  const shown = offersConnect(state);
  const button = tag(
    'button',
    { part: 'base', type: 'button', 'aria-haspopup': 'dialog' },
    tag('span', { part: 'icon', 'aria-hidden': 'true' }, tag('slot', { name: 'icon' }, ICON)),
    tag('span', { part: 'label' }, text(strings.connectAccount)),
  );
  return {
    attributes: { state: displayState(state), hidden: !shown },
    shadow: styleElement(QboConnectLink.styles) + (shown ? button : ''),
    delegatesFocus: true,
  };
}

/** The status line's `<qbo-handoff-offer>` (a Lit element, rendered by Lit's renderer inside the line's shadow root). */
const HANDOFF_OFFER = tag('qbo-handoff-offer', {
  part: 'handoff',
  exportparts: QboConnectionStatus.handoffExportparts,
});

function connectionStatus(context: RenderContext): PlainRender {
  const { state, strings } = context;
  const linkState = shownLinkState(state);
  const checking = state.status === 'loading';
  const busy = checking || isReconnecting(state);
  const reasonKey = linkState && linkState !== 'active' ? state.snapshot?.inactiveReason : null;
  const loadError = state.status !== 'ready' ? state.loadError : null;
  const link = connectLink(context);
  const linkElement = tag(
    'qbo-connect-link',
    { part: 'link', exportparts: 'base: link-base, icon: link-icon, label: link-label', ...link.attributes },
    shadowTemplate(link.shadow, true),
  );
  const status = linkState ? tag('span', { part: 'status', tabindex: '-1' }, text(strings.statusLine(strings.linkState[linkState]))) : '';
  // "Ask an admin" after the reason; as the first choice it comes before Connect Account, which moves below it.
  const offer = handoffOffer(state, context.adapter);
  const first = offer === 'first';
  const rows = [tag('p', { class: 'row' }, status, first ? '' : linkElement)];
  if (checking) {
    rows.push(tag('p', { class: 'row' }, tag('span', { part: 'progress' }, tag('span', { part: 'spinner', 'aria-hidden': 'true' }), text(strings.checking))));
  }
  if (!checking && reasonKey) {
    rows.push(tag('p', { class: 'row' }, tag('span', { part: 'reason' }, text(strings.inactiveReason[reasonKey]))));
    rows.push(tag('p', { class: 'row' }, tag('span', { part: 'next-step' }, text(strings.reasonNextStep[reasonKey]))));
  }
  if (offer !== 'none') rows.push(context.renderNested(HANDOFF_OFFER));
  if (first) rows.push(tag('p', { class: 'row' }, linkElement));
  if (loadError) {
    rows.push(
      tag(
        'p',
        { part: 'error' },
        tag('svg', { part: 'error-icon', viewBox: '0 0 16 16', fill: 'currentColor', 'aria-hidden': 'true', focusable: 'false' }, tag('path', { d: WARNING_PATH })),
        tag('span', { part: 'error-message' }, text(strings.loadFailed)),
        ' ',
        tag('span', { part: 'error-reason' }, text(strings.loadFailure[loadError.reason])),
        ' ',
        tag('button', { part: 'retry', type: 'button' }, text(strings.retryLoad)),
      ),
    );
  }
  return {
    attributes: { state: displayState(state), busy },
    shadow: styleElement(QboConnectionStatus.styles) + tag('div', { part: 'base', 'aria-busy': busy ? 'true' : 'false' }, ...rows) + liveRegionMarkup,
  };
}

function provider(context: RenderContext, attrs: ReadonlyMap<string, string>): PlainRender {
  // The host's own locale and lang win; otherwise the render's locale is written so the browser speaks it too.
  const locale = attrs.has('locale') ? null : context.locale;
  return {
    attributes: {
      locale,
      lang: attrs.has('lang') || !locale ? null : locale,
      'server-snapshot': context.serverSnapshot,
    },
    shadow: styleElement(QboConnection.styles) + tag('slot', {}) + liveRegionMarkup,
  };
}

/** The plain elements a server render draws itself, by tag. */
export const plainRenders: Record<string, (context: RenderContext, attrs: ReadonlyMap<string, string>) => PlainRender> = {
  'qbo-connection': provider,
  'qbo-status-badge': badge,
  'qbo-connection-status': connectionStatus,
  'qbo-connect-link': connectLink,
  'qbo-vendor-id': vendorId,
};
