// The demo controls' Intuit landing links: they keep this tab's scenario and back end, adding only the landing parameter.
const link = document.getElementById('reconnect-url');

link?.addEventListener('click', (event) => {
  // The static href is the fallback; at click time the current address (scenario, back end) is known.
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('qbo-reconnect', '');
  url.hash = '#/integrations/quickbooks';
  location.assign(url.href);
});
