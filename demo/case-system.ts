// The demo as a small case system: residents, and per resident the master data, statuses over
// time and the evaluation, kept in this browser (IndexedDB). It uses whichever instrument
// elements are registered: add one to `instrumentViews` and it appears.
import { html, nothing, render, type TemplateResult } from 'lit';
import '../src/define.js';
import type { ResponseEnvelope } from '../src/schema-form/events.js';
import type { SchemaForm } from '../src/schema-form/schema-form.component.js';
import { clearAll, residents, responses, type Resident, type StoredResponse } from './store.js';
import { download, toCsv, toJson } from './export.js';
import { generateSample } from '../src/reports/index.js';

type Lang = 'da' | 'en';
const text = {
  da: {
    residents: 'Beboere',
    noResidents: 'Ingen beboere endnu. Opret den første nedenfor.',
    newResident: 'Opret beboer',
    name: 'Navn eller initialer (ikke CPR-nummer)',
    create: 'Opret',
    open: 'Åbn',
    responses: (n: number) => `${n} besvarelse${n === 1 ? '' : 'r'}`,
    back: 'Alle beboere',
    saved: 'Gemt i denne browser.',
    earlier: 'Tidligere besvarelser',
    none: 'Ingen endnu.',
    show: 'Vis',
    printBlank: 'Udskriv blank skabelon',
    printFilled: 'Udskriv udfyldt',
    export: 'Eksportér alt',
    json: 'JSON',
    csv: 'CSV (Excel)',
    clear: 'Slet alle data i denne browser',
    confirmClear: 'Slet alle beboere og besvarelser i denne browser?',
    report: 'Rapport (bilag 1)',
    sample: 'Indlæs eksempeldata til rapporten',
    caseSystem: 'Sagssystem',
  },
  en: {
    residents: 'Residents',
    noResidents: 'No residents yet. Create the first one below.',
    newResident: 'Create a resident',
    name: 'Name or initials (not a CPR number)',
    create: 'Create',
    open: 'Open',
    responses: (n: number) => `${n} response${n === 1 ? '' : 's'}`,
    back: 'All residents',
    saved: 'Saved in this browser.',
    earlier: 'Earlier responses',
    none: 'None yet.',
    show: 'Show',
    printBlank: 'Print blank template',
    printFilled: 'Print filled',
    export: 'Export everything',
    json: 'JSON',
    csv: 'CSV (Excel)',
    clear: 'Delete all data in this browser',
    confirmClear: 'Delete every resident and response in this browser?',
    report: 'Report (bilag 1)',
    sample: 'Load sample data for the report',
    caseSystem: 'Case system',
  },
};

/** The instruments the case system offers, in order; those whose element is not registered are left out. */
const instrumentViews = [
  { tag: 'master-data-form', instrument: 'master-data', title: { da: 'Stamoplysninger', en: 'Master data' } },
  { tag: 'status-survey', instrument: 'status', title: { da: 'Status over tid', en: 'Statuses over time' } },
  { tag: 'evaluation-form', instrument: 'evaluation', title: { da: 'Evaluering', en: 'Evaluation' } },
] as const;
const available = () => instrumentViews.filter((v) => customElements.get(v.tag));

const lang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'da');
const t = () => text[lang()];
const root = document.querySelector<HTMLElement>('#app')!;
const printArea = document.querySelector<HTMLElement>('#print-area')!;
let flash = '';
/** A response opened read-only, by store key. */
let opened: number | undefined;

const formatDate = (iso: string) =>
  new Date(iso).toLocaleString(lang() === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeStyle: 'short' });

/** A fresh element for an instrument, for a resident. */
function element(tag: string, residentId: string, props: Partial<SchemaForm> = {}): TemplateResult {
  const el = document.createElement(tag) as SchemaForm;
  el.residentId = residentId;
  Object.assign(el, props);
  return html`${el}`;
}

async function print(tag: string, residentId: string, envelope?: ResponseEnvelope) {
  const el = document.createElement(tag) as SchemaForm;
  el.residentId = residentId;
  if (envelope) {
    el.value = envelope;
    el.readonly = true;
  } else {
    el.template = true;
  }
  printArea.replaceChildren(el);
  await el.updateComplete;
  window.print();
}
addEventListener('afterprint', () => printArea.replaceChildren());

async function residentsView() {
  const [people, stored] = await Promise.all([residents.all(), responses.all()]);
  const count = (id: string) => stored.filter((r) => r.residentId === id).length;
  const reportAvailable = customElements.get('indicator-report');
  return html`
    <section aria-labelledby="residents-title">
      <h2 id="residents-title">${t().residents}</h2>
      ${people.length
        ? html`<ul class="residents">
            ${people.map(
              (p) => html`<li>
                <a href="#/resident/${encodeURIComponent(p.id)}">${p.name}</a>
                <span class="muted">${p.id} · ${t().responses(count(p.id))}</span>
              </li>`,
            )}
          </ul>`
        : html`<p>${t().noResidents}</p>`}
      <form class="inline" @submit=${createResident}>
        <label for="new-name">${t().name}</label>
        <input id="new-name" name="name" required autocomplete="off" />
        <button>${t().create}</button>
      </form>
    </section>
    ${reportAvailable ? html`<p><a href="#/report">${t().report}</a></p>` : nothing} ${exportBar(people, stored)}
  `;
}

function exportBar(people: readonly Resident[], stored: readonly StoredResponse[]) {
  const day = new Date().toISOString().slice(0, 10);
  return html`
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title">${t().export}</h2>
      <button @click=${() => download(`raadgivning-${day}.json`, toJson(people, stored), 'application/json')}>${t().json}</button>
      <button @click=${() => download(`raadgivning-${day}.csv`, toCsv(people, stored), 'text/csv;charset=utf-8')}>${t().csv}</button>
      <button class="danger" @click=${clearData}>${t().clear}</button>
    </section>
  `;
}

async function clearData() {
  if (!confirm(t().confirmClear)) return;
  await clearAll();
  location.hash = '#/';
  void update();
}

async function createResident(event: SubmitEvent) {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const name = String(new FormData(form).get('name') ?? '').trim();
  if (!name) return;
  const id = `r-${crypto.randomUUID().slice(0, 8)}`;
  await residents.put({ id, name, createdAt: new Date().toISOString() });
  location.hash = `#/resident/${id}`;
}

async function residentView(id: string) {
  const [person, stored] = await Promise.all([residents.get(id), responses.of(id)]);
  if (!person) return html`<p><a href="#/">${t().back}</a></p>`;
  const sorted = [...stored].sort((a, b) => b.envelope.completedAt.localeCompare(a.envelope.completedAt));
  return html`
    <p><a href="#/">← ${t().back}</a></p>
    <h2>${person.name} <span class="muted">(${person.id})</span></h2>
    ${flash ? html`<p class="flash" role="status">${flash}</p>` : html`<p class="flash" role="status"></p>`}
    ${available().map((view) => {
      const mine = sorted.filter((r) => r.envelope.instrument === view.instrument);
      const latest = mine[0]?.envelope;
      // Master data is one record, updated: the form starts from the latest one.
      const props = view.instrument === 'master-data' && latest ? { value: latest } : {};
      return html`
        <section class="instrument" aria-labelledby="h-${view.instrument}">
          <h2 id="h-${view.instrument}">${view.title[lang()]}</h2>
          <p class="actions">
            <button @click=${() => print(view.tag, id)}>${t().printBlank}</button>
            <button ?disabled=${!latest} @click=${() => print(view.tag, id, latest)}>${t().printFilled}</button>
          </p>
          <details ?open=${mine.length > 0}>
            <summary>${t().earlier} (${mine.length})</summary>
            ${mine.length
              ? html`<ul>
                  ${mine.map(
                    (r) => html`<li>
                      ${formatDate(r.envelope.completedAt)}${(r.envelope as { part?: string }).part ? ` · ${(r.envelope as { part?: string }).part}` : ''}
                      <button class="link" aria-expanded=${opened === r.key} @click=${() => toggle(r.key)}>${t().show}</button>
                      ${opened === r.key ? element(view.tag, id, { value: r.envelope, readonly: true }) : nothing}
                    </li>`,
                  )}
                </ul>`
              : html`<p>${t().none}</p>`}
          </details>
          ${element(view.tag, id, props)}
        </section>
      `;
    })}
  `;
}

function toggle(key: number | undefined) {
  opened = opened === key ? undefined : key;
  void update();
}

async function reportView() {
  const stored = await responses.all();
  const report = document.createElement('indicator-report') as unknown as HTMLElement & { responses: readonly unknown[] };
  report.responses = stored.map((r) => r.envelope);
  return html`
    <p><a href="#/">← ${t().back}</a></p>
    <p><button @click=${loadSample}>${t().sample}</button></p>
    ${report}
  `;
}

/** Sample envelopes (src/reports) for many residents: enough for a meaningful report. */
async function loadSample() {
  for (const envelope of generateSample() as unknown as ResponseEnvelope[]) await responses.add(envelope);
  void update();
}

let rendering = 0;
async function update() {
  const run = ++rendering;
  const hash = decodeURIComponent(location.hash.slice(1));
  const view = hash.startsWith('/resident/')
    ? await residentView(hash.slice('/resident/'.length))
    : hash === '/report' && customElements.get('indicator-report')
      ? await reportView()
      : await residentsView();
  if (run !== rendering) return;
  render(html`<h2 class="visually-hidden">${t().caseSystem}</h2>${view}`, root);
}

root.addEventListener('response-submit', async (event) => {
  const envelope = (event as CustomEvent<ResponseEnvelope>).detail;
  await responses.add(envelope);
  flash = t().saved;
  await update();
  setTimeout(() => (flash = ''), 4000);
});

addEventListener('hashchange', () => {
  opened = undefined;
  flash = '';
  void update();
});
new MutationObserver(() => void update()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

void update();
