// <qbo-link-state-tabs>: the Disabled / Inactive / Active link-state tabs below the integration page header.
import { html, nothing } from 'lit';
import type { LinkState } from '../../core/model.js';
import { shownLinkState, visibleLinkStates } from '../../core/selectors.js';
import { LinkStateElement } from '../link-state-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { tabsStyles } from './qbo-link-state-tabs.styles.js';

/**
 * The connection link states as tabs (APG tabs pattern, automatic activation). Before a reconnect has ever completed
 * only the Inactive indicator shows; afterwards all three, with the current state selected and marked "(current)".
 * Selecting a tab shows what that state means; the selection follows the connection when its state changes.
 * "Current" (the connection's state: a filled dot and the "(current)" pill) and "viewed" (the selected tab: bold,
 * underlined in the text colour) look different, so viewing another state never makes it look current.
 *
 * @tagname qbo-link-state-tabs
 * @summary Disabled Link (gray) / Inactive Link (red) / Active Link (green) tabs with what each state means.
 *
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab; the selected one also has `tab-selected`, the current state's `tab-current`.
 * @csspart tab-selected - The selected tab.
 * @csspart tab-current - The tab of the connection's current state.
 * @csspart indicator - The coloured dot of a tab: a ring, filled for the current state.
 * @csspart label - The name of a tab ("Active Link").
 * @csspart current-marker - The "(current)" pill beside the current state.
 * @csspart panel - The tab panel of the selected state.
 * @csspart meaning - The sentence that explains the selected state.
 *
 * @cssprop --qbo-color-disabled - Disabled Link indicator (gray).
 * @cssprop --qbo-color-inactive - Inactive Link indicator (red).
 * @cssprop --qbo-color-active - Active Link indicator (green).
 * @cssprop --qbo-color-border - The line under the tabs.
 * @cssprop --qbo-color-text-muted - Unselected tab text.
 */
export class QboLinkStateTabs extends LinkStateElement {
  static override styles = [tokens, tabsStyles];

  /** The tab the user is on; not a property, so it is not public API. */
  private selected: LinkState | null = null;

  /** The link state the selection last followed; a new one moves the selection to it. */
  private followed: LinkState | null = null;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const storeState = this.connection.state;
    const current = shownLinkState(storeState);
    const visible = visibleLinkStates(storeState);
    if (current !== this.followed) {
      this.followed = current;
      this.selected = current && visible.includes(current) ? current : (visible[0] ?? null);
    } else if (!this.selected || !visible.includes(this.selected)) {
      this.selected = visible[0] ?? null;
    }
  }

  protected override render() {
    const { strings } = this.connection;
    const visible = visibleLinkStates(this.connection.state);
    if (!visible.length) return nothing;
    const current = shownLinkState(this.connection.state);
    return html`<div part="tablist" role="tablist" aria-label=${strings.linkStatesLabel} @keydown=${this.onKeydown}>
        ${visible.map((linkState) => {
          const selected = linkState === this.selected;
          const isCurrent = linkState === current;
          const part = `tab${selected ? ' tab-selected' : ''}${isCurrent ? ' tab-current' : ''}`;
          return html`<button
            part=${part}
            role="tab"
            type="button"
            id="tab-${linkState}"
            data-state=${linkState}
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel-${linkState}"
            tabindex=${selected ? '0' : '-1'}
            @click=${() => this.select(linkState)}
          >
            <span part="indicator" aria-hidden="true"></span>
            <span part="label">${strings.linkStateTab[linkState]}</span>
            ${isCurrent ? html`<span part="current-marker">${strings.currentStateMarker(strings.currentState)}</span>` : nothing}
          </button>`;
        })}
      </div>
      ${visible.map(
        (linkState) => html`<div
          part="panel"
          role="tabpanel"
          id="panel-${linkState}"
          data-state=${linkState}
          aria-labelledby="tab-${linkState}"
          tabindex="0"
          ?hidden=${linkState !== this.selected}
        >
          <p part="meaning">${strings.linkStateMeaning[linkState]}</p>
        </div>`,
      )}`;
  }

  private select(linkState: LinkState): void {
    this.selected = linkState;
    this.requestUpdate();
  }

  /** Arrows wrap, Home/End jump; the tab that receives focus is selected at once (automatic activation). */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    const visible = visibleLinkStates(this.connection.state);
    const index = this.selected ? visible.indexOf(this.selected) : -1;
    const count = visible.length;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = (index + 1) % count;
        break;
      case 'ArrowLeft':
        next = (index - 1 + count) % count;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      default:
        return;
    }
    const target = visible[next];
    if (!target) return;
    event.preventDefault();
    this.select(target);
    this.renderRoot.querySelector<HTMLElement>(`#tab-${target}`)?.focus();
  };
}

// Types this element's API names, re-exported beside it so its module (and custom-elements.json) lists them.
export type { DisplayState } from '../../core/selectors.js';
