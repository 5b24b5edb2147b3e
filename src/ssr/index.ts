// `qbo-reconnect/ssr`: the qbo- elements rendered to HTML on the server, with declarative shadow roots, so a page
// shows the true status at its first paint, before any script; the browser then takes them over (`qbo-reconnect/hydrate`).
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { elements } from '../elements/registry.js';
import { renderContext, withRenderContext } from './render-context.js';
import type { QboRenderOptions } from './render-context.js';
import { qboElementRenderers } from './renderers.js';

export type { QboRenderOptions } from './render-context.js';

/** Lit's server registry (lit sets it up in Node) learns the qbo- tags once; the browser's is never touched here. */
function registerForServer(): void {
  for (const [tag, constructor] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, constructor as unknown as CustomElementConstructor);
  }
}

/**
 * Renders a Lit template holding qbo- elements to HTML: each element with its declarative shadow root
 * (`<template shadowrootmode="open">`, its styles inside) showing `options.snapshot` in `options.locale`, and the
 * `<qbo-connection>` carrying that snapshot (`server-snapshot`) so the browser shows it without asking again.
 *
 * ```js
 * import { html } from 'lit';
 * import { renderQboToString } from 'qbo-reconnect/ssr';
 *
 * const markup = renderQboToString(
 *   html`<qbo-connection><qbo-status-badge></qbo-status-badge><qbo-connection-status></qbo-connection-status></qbo-connection>`,
 *   { snapshot, locale: 'fr-CA' },
 * );
 * ```
 *
 * An invalid snapshot throws a ConnectionError (reason `invalid_response`). Synchronous; one render at a time.
 */
export function renderQboToString(template: TemplateResult, options: QboRenderOptions = {}): string {
  const context = renderContext(options);
  registerForServer();
  const renderWith = (value: TemplateResult) => collectResultSync(render(value, { elementRenderers: qboElementRenderers }));
  context.renderNested = (markup) => renderWith(templateOf(markup));
  return withRenderContext(context, () => renderWith(template));
}

/** A fragment of HTML as a Lit template with no holes. */
function templateOf(markup: string): TemplateResult {
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return html(strings);
}

/**
 * renderQboToString for servers without Lit templates: `markup` is a fragment of the host's own HTML holding qbo-
 * elements (`<qbo-connection>…</qbo-connection>`). It is rendered as HTML, so it must not hold unescaped user input.
 *
 * ```js
 * import { renderQboHtml } from 'qbo-reconnect/ssr';
 *
 * const header = renderQboHtml('<qbo-connection><qbo-status-badge></qbo-status-badge></qbo-connection>', { snapshot, locale: 'en' });
 * ```
 */
export function renderQboHtml(markup: string, options: QboRenderOptions = {}): string {
  if (typeof markup !== 'string') throw new TypeError('renderQboHtml(markup): markup must be a string of HTML.');
  return renderQboToString(templateOf(markup), options);
}
