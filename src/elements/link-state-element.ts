// LinkStateElement: the base of the elements that show the connection's link state and reflect it as `state`.
import { LitElement } from 'lit';
import { displayState } from '../core/selectors.js';
import type { DisplayState } from '../core/selectors.js';
import { ConnectionController } from './shared/connection-controller.js';
import { CustomStates, DISPLAY_STATES } from './shared/custom-states.js';

/**
 * Reads the enclosing `<qbo-connection>` and reflects what it knows to the `state` attribute, so hosts can style
 * any of these elements with `[state=inactive]` and the like, or with the CSS custom state of the same name
 * (`:state(inactive)`).
 *
 * @cssstate active - The connection is active (as `[state=active]`).
 * @cssstate inactive - The connection is inactive.
 * @cssstate disabled - The connection is disabled.
 * @cssstate loading - The first status is not known yet.
 * @cssstate error - Loading failed with nothing known.
 * @cssstate unconfigured - No provider or adapter.
 */
export class LinkStateElement extends LitElement {
  static override properties = {
    state: { type: String, reflect: true },
  };

  /** Reflected: `active`, `inactive`, `disabled`, `loading`, `error` (status unknown) or `unconfigured`. Set by the element itself. */
  declare state: DisplayState;

  protected readonly connection = new ConnectionController(this);
  private readonly customStates = new CustomStates(this);

  constructor() {
    super();
    this.state = 'unconfigured';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.state = displayState(this.connection.state);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.customStates.set(DISPLAY_STATES, [this.state]);
  }
}
