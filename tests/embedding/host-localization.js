/* global window, document, location */
// The README's recipe for a host that owns configureLocalization, run from a build in dist/:
// ?from=npm uses the npm package's modules (with the host's own @lit/localize, one copy on the
// page), ?from=drop-in the all-elements drop-in bundle, which can only hand over its table.
const from = new URLSearchParams(location.search).get('from');

window.recipe = (async () => {
  if (from === 'drop-in') {
    const { loadTemplates } = await import('/dist/drop-in/all.js');
    return { ours: { ...(await loadTemplates('en')) } };
  }
  const { configureLocalization } = await import('@lit/localize');
  const { useHostLocalization, loadTemplates } = await import('/dist/index.js');
  const mine = { 'host.greeting': 'Hello from the host' };
  let ours;
  const controls = configureLocalization({
    sourceLocale: 'da',
    targetLocales: ['en'],
    loadLocale: async () => ({ templates: { ...mine, ...(ours = { ...(await loadTemplates('en')) }) } }),
  });
  useHostLocalization(controls);
  await import('/dist/status-survey.js');
  await controls.setLocale('en');
  const el = document.createElement('status-survey');
  el.setAttribute('lang', 'en');
  document.querySelector('main').append(el);
  await el.updateComplete;
  return { ours, title: el.shadowRoot.querySelector('h2').textContent, locale: controls.getLocale() };
})();
