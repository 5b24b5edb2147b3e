// The hosted hand-off pages as HTML: the reconnect page, the refusal page and the redirect URI page. No inline
// script or style anywhere (the CSP forbids both); every value is escaped.
import { pageStrings, type RefusalKind } from './strings.js';

export interface Branding {
  appName: string;
  logoUrl: string | undefined;
}

export interface ReconnectPageInput {
  lang: string;
  branding: Branding;
  companyName: string;
  requesterName: string;
  /** `{base}/handoff`: the page's own path, its session API and assets below it. */
  handoffPath: string;
  redirectUri: string;
  authorizationOrigin: string;
}

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

function head(lang: string, title: string, handoffPath: string, script: string | null): string {
  const assets = `${handoffPath}/assets`;
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${escape(title)}</title>
<link rel="icon" href="${escape(assets)}/handoff-icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${escape(assets)}/handoff.css">
<link rel="stylesheet" href="${escape(assets)}/theme.css">
${script ? `<script type="module" src="${escape(assets)}/${script}"></script>\n` : ''}</head>`;
}

function brand(branding: Branding, lang: string): string {
  const logo = branding.logoUrl
    ? `<img src="${escape(branding.logoUrl)}" alt="${escape(pageStrings(lang).logoAlt(branding.appName))}">`
    : '';
  // With a logo the image names the app; the text would repeat it to a screen reader.
  const name = branding.logoUrl ? '' : `<p>${escape(branding.appName)}</p>`;
  return `<header class="brand">${logo}${name}</header>`;
}

export function reconnectPage(input: ReconnectPageInput): string {
  const t = pageStrings(input.lang);
  const app = input.branding.appName;
  return `${head(input.lang, `${t.title} · ${app}`, input.handoffPath, 'handoff-page.js')}
<body>
<main id="handoff" data-session="${escape(input.handoffPath)}/session" data-company="${escape(input.companyName)}">
${brand(input.branding, input.lang)}
<h1>${escape(t.title)}</h1>
<p id="handoff-intro">${escape(t.intro(app, input.companyName, input.requesterName))}</p>
<qbo-connection locale="${escape(input.lang)}" redirect-uri="${escape(input.redirectUri)}" authorization-origins="${escape(input.authorizationOrigin)}">
<section id="handoff-steps" aria-labelledby="handoff-intro">
<qbo-before-you-begin heading-level="2"></qbo-before-you-begin>
<div class="warning" role="note"><p><strong>${escape(t.warningLabel)}:</strong> ${escape(t.warning)}</p></div>
<button type="button" id="handoff-reconnect" class="reconnect" hidden>${escape(t.reconnect)}</button>
<noscript><p>${escape(t.noScript)}</p></noscript>
</section>
<qbo-reconnect-dialog></qbo-reconnect-dialog>
</qbo-connection>
<section id="handoff-done" class="done" tabindex="-1" aria-labelledby="handoff-done-title" hidden>
<h2 id="handoff-done-title">${escape(t.doneTitle)}</h2>
<p>${escape(t.done(app))}</p>
<p>${escape(t.closeWindow)}</p>
</section>
</main>
</body>
</html>
`;
}

/** What a refused link shows: what happened and what to do; no script, so nothing on it can change anything. */
export function refusedPage(kind: RefusalKind, lang: string, branding: Branding, handoffPath: string): string {
  const t = pageStrings(lang);
  const words = t.refused[kind];
  return `${head(lang, `${words.title} · ${branding.appName}`, handoffPath, null)}
<body>
<main class="refused" id="handoff-refused" data-reason="${kind}">
${brand(branding, lang)}
<h1>${escape(words.title)}</h1>
<p>${escape(words.text)}</p>
</main>
</body>
</html>
`;
}

/** The redirect URI page: hands Intuit's answer to the page (popup) or returns to it (redirect). */
export function callbackPage(lang: string, branding: Branding, handoffPath: string): string {
  const t = pageStrings(lang);
  return `${head(lang, `${t.callbackWorking} · ${branding.appName}`, handoffPath, 'handoff-callback.js')}
<body>
<main>
${brand(branding, lang)}
<p id="callback-message" role="status" data-returning="${escape(t.callbackReturning)}" data-close="${escape(t.callbackClose)}" data-nothing="${escape(t.callbackNothing)}">${escape(t.callbackWorking)}</p>
</main>
</body>
</html>
`;
}
