// The hosted hand-off page's script (served beside the drop-in): binds <qbo-connection> to the link's session API,
// starts the reconnect on Reconnect, and shows "Done" once the connection is restored. No token is ever read here:
// the link's HttpOnly cookie travels with the same-origin requests by itself.
import { ConnectionError, loadQboReconnectDialog } from './qbo-reconnect.bundle.js';

const main = /** @type {HTMLElement} */ (document.getElementById('handoff'));
const session = main.dataset.session ?? '';
const provider = /** @type {any} */ (main.querySelector('qbo-connection'));
const button = /** @type {HTMLButtonElement} */ (document.getElementById('handoff-reconnect'));
const steps = /** @type {HTMLElement} */ (document.getElementById('handoff-steps'));
const done = /** @type {HTMLElement} */ (document.getElementById('handoff-done'));

/** The page never sees the company's realm id: the widget only shows the name, so a fixed stand-in fills the field. */
let company = { realmId: 'handoff', name: main.dataset.company ?? '' };

/** What the widget needs to offer a reconnect; nothing of the tenant's snapshot is read through the link. */
const snapshot = (/** @type {'inactive' | 'active'} */ linkState) => ({
  linkState,
  everReconnected: true,
  inactiveReason: linkState === 'active' ? null : 'unknown',
  company,
  sync: null,
  credentialsExpireAt: null,
  connectedAt: null,
  connectedBy: null,
  handoff: null,
});

async function call(/** @type {string} */ method, /** @type {string} */ path, /** @type {unknown} */ body) {
  /** @type {Response} */
  let response;
  try {
    response = await fetch(`${session}${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ConnectionError('network', 'Could not reach the server.', { cause: error });
  }
  const json = await response.json().catch(() => null);
  return { status: response.status, ok: response.ok, json };
}

function failure(/** @type {{ status: number, json: any }} */ reply) {
  const code = typeof reply.json?.error === 'string' ? reply.json.error : undefined;
  const message = typeof reply.json?.message === 'string' ? reply.json.message : `The server answered ${reply.status}.`;
  return new ConnectionError('server', message, { status: reply.status, code });
}

/** Once reconnected, the link is used up (and its cookie gone): the page's later status checks stay here. */
let finished = false;
/** A completion in flight: a status check racing it (the page regains focus as the popup closes) waits for it. */
let completing = Promise.resolve();

const adapter = {
  async load() {
    if (finished) return snapshot('active');
    const reply = await call('GET', '', undefined);
    await completing;
    if (finished) return snapshot('active');
    // The link stopped working while the page was open (used in another window, cancelled, expired): the server's
    // own page says which, so load it again. That page has no script, so this cannot loop.
    if (reply.status === 401 || reply.status === 404 || reply.status === 410) location.reload();
    if (!reply.ok) throw failure(reply);
    company = { realmId: 'handoff', name: String(reply.json?.company?.name ?? company.name) };
    return snapshot('inactive');
  },
  async authorize(/** @type {{ redirectUri: string }} */ request) {
    const reply = await call('POST', '/authorize', { redirectUri: request.redirectUri });
    if (!reply.ok) throw failure(reply);
    return reply.json;
  },
  async complete(/** @type {Record<string, unknown>} */ request) {
    const pending = call('POST', '/complete', request);
    completing = pending.then(() => undefined, () => undefined);
    const reply = await pending;
    if (reply.status === 409 && reply.json?.error === 'company_mismatch') {
      return { outcome: 'company_mismatch', linked: reply.json.linked, incoming: reply.json.incoming };
    }
    if (!reply.ok) throw failure(reply);
    finished = true;
    return { outcome: 'connected', snapshot: snapshot('active') };
  },
  async vendors() {
    return { items: [], nextCursor: null };
  },
};

provider.adapter = adapter;
// The dialog comes from its own chunk; fetched now so Yes can open the popup synchronously inside its click.
void loadQboReconnectDialog();

button.hidden = false;
button.addEventListener('click', () => provider.store?.requestReconnect());

provider.addEventListener('qbo-reconnect-success', () => {
  steps.hidden = true;
  button.hidden = true;
  done.hidden = false;
  // The dialog gives the focus back to Reconnect as it closes; once it has, "Done" takes it (Reconnect is gone).
  const focusDone = () => {
    const dialog = document.querySelector('qbo-reconnect-dialog')?.shadowRoot?.querySelector('dialog[open]');
    if (dialog) requestAnimationFrame(focusDone);
    else done.focus();
  };
  requestAnimationFrame(focusDone);
});
