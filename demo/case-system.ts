// The demo as a small case system: residents, and per resident the master data, statuses over
// time and the evaluation, kept in this browser (IndexedDB). The pages live in residents/, the
// records' handling in records/, backup and restore in backup/, the report in report.ts.
// Each form element is made once per resident and instrument and put back on every render
// (records/forms.ts), so nothing re-rendering the page can lose an answer.
import { html, nothing, render } from 'lit';
import '../src/define.js';
import { persistent, ready } from './store.js';
import { watchUnsaved } from './records/forms.js';
import './records/save.js';
import { residentsPage } from './residents/list.js';
import { residentPage } from './residents/page.js';
import { focusConfirmation } from './residents/panels.js';
import { reportPage } from './report.js';
import { t } from './text.js';
import { onRerender, ui } from './state.js';

const root = document.querySelector<HTMLElement>('#app')!;

let rendering = 0;
async function update() {
  const run = ++rendering;
  await ready();
  const hash = decodeURIComponent(location.hash.slice(1));
  const [, page, id, instrument] = hash.split('/');
  const view =
    page === 'resident' && id
      ? await residentPage(id, instrument)
      : page === 'report' && customElements.get('indicator-report')
        ? await reportPage()
        : await residentsPage();
  if (run !== rendering) return;
  render(
    html`<h2 class="visually-hidden">${t().caseSystem}</h2>
      ${persistent ? nothing : html`<p class="notice error" role="alert">${t().notPersistent}</p>`} ${view}`,
    root,
  );
  if (page === 'resident' && id) focusConfirmation(id);
}
onRerender(update);
watchUnsaved(root);

let lastResident: string | undefined;
addEventListener('hashchange', () => {
  const [, page, id] = decodeURIComponent(location.hash.slice(1)).split('/');
  const resident = page === 'resident' ? id : undefined;
  // Another resident, or the list: what was opened or confirmed on the last page is done with.
  if (resident !== lastResident) {
    ui.opened.clear();
    if (lastResident) ui.confirmation.delete(lastResident);
  }
  if (page) ui.notice = undefined;
  lastResident = resident;
  void update();
});
// The page's language changes (demo.ts), and the library's translations arrive a moment later.
new MutationObserver(() => void update()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
addEventListener('lit-localize-status', () => void update());

lastResident = decodeURIComponent(location.hash.slice(1)).split('/')[2];
void update();
