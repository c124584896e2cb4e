// The residents page: search and sort residents (name, last conversation, course status),
// create one, and back up, restore or clear everything.
import { html, nothing } from 'lit';
import { clearAll, residents, responses, type Resident, type StoredResponse } from '../store.js';
import { download, toCsv } from '../export.js';
import { backup, restoreBackup } from '../backup/backup.js';
import { latestRecords } from '../records/versions.js';
import { longDate } from '../records/labels.js';
import { organisation, setOrganisation } from '../records/print.js';
import { t } from '../text.js';
import { ui, update } from '../state.js';
import { courseRank, summarize, type Summary } from './summary.js';

type Sort = 'name' | 'last' | 'course';
let query = '';
let sort: Sort = 'name';

function sorted(people: readonly Resident[], summaries: ReadonlyMap<string, Summary>) {
  const q = query.trim().toLocaleLowerCase();
  const list = people.filter((p) => !q || p.name.toLocaleLowerCase().includes(q) || p.id.toLocaleLowerCase().includes(q));
  const byName = (a: Resident, b: Resident) => a.name.localeCompare(b.name, 'da');
  const s = (p: Resident) => summaries.get(p.id)!;
  return list.sort((a, b) => {
    if (sort === 'last') return (s(b).lastConversation ?? '').localeCompare(s(a).lastConversation ?? '') || byName(a, b);
    if (sort === 'course') return courseRank(s(a)) - courseRank(s(b)) || (s(b).start ?? '').localeCompare(s(a).start ?? '') || byName(a, b);
    return byName(a, b);
  });
}

function courseText(s: Summary) {
  const x = t();
  return s.end ? x.endedOn(longDate(s.end)) : s.start ? x.ongoingSince(longDate(s.start)) : x.noMasterData;
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

async function clearData() {
  if (!confirm(t().confirmClear)) return;
  await clearAll();
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith('raadgivning-forms:draft:')) localStorage.removeItem(k);
  } catch {
    // No storage: no drafts.
  }
  location.hash = '#/';
  void update();
}

async function importFile(event: Event) {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  const result = await restoreBackup(await file.text());
  input.value = '';
  const x = t();
  ui.notice = result.refused
    ? { lines: [result.refused], error: true }
    : {
        lines: [
          result.added || result.residentsAdded ? x.importDone(result.added, result.residentsAdded, result.alreadyHere) : `${x.importNothing} ${x.importDone(0, 0, result.alreadyHere)}`,
          ...(result.rejected.length ? [x.importRejected(result.rejected.length), ...result.rejected] : []),
        ],
        error: result.rejected.length > 0,
      };
  await update();
  document.querySelector<HTMLElement>('#app .notice')?.focus();
}

function saveOrganisation(event: SubmitEvent) {
  event.preventDefault();
  setOrganisation(String(new FormData(event.target as HTMLFormElement).get('organisation') ?? ''));
  ui.notice = { lines: [t().organisationSaved] };
  void update().then(() => document.querySelector<HTMLElement>('#app .notice')?.focus());
}

function backupBar(people: readonly Resident[], stored: readonly StoredResponse[]) {
  const x = t();
  const day = new Date().toISOString().slice(0, 10);
  const own = stored.filter((r) => !r.sample);
  // The CSV has the latest version of every record: what a report counts.
  const latest = latestRecords(own).map((r) => r.latest);
  return html`<section class="export" aria-labelledby="export-title">
    <h2 id="export-title">${x.backup}</h2>
    <p class="muted">${x.backupHint}</p>
    <p class="actions">
      <button @click=${() => download(`raadgivning-backup-${day}.json`, backup(people, own), 'application/json')}>${x.exportBackup}</button>
      <button @click=${() => download(`raadgivning-${day}.csv`, toCsv(people, latest), 'text/csv;charset=utf-8')}>${x.csv}</button>
      <label class="file">${x.importBackup} <input type="file" accept="application/json,.json" @change=${importFile} /></label>
      <button class="danger" @click=${clearData}>${x.clear}</button>
    </p>
    <form class="inline" @submit=${saveOrganisation}>
      <label for="organisation">${x.organisation}</label>
      <input id="organisation" name="organisation" autocomplete="organization" .value=${organisation()} />
      <button>${x.save}</button>
    </form>
  </section>`;
}

export async function residentsPage() {
  const x = t();
  const [people, stored] = await Promise.all([residents.all(), responses.all()]);
  const summaries = new Map(people.map((p) => [p.id, summarize(stored.filter((r) => r.residentId === p.id && !r.sample))]));
  const list = sorted(people, summaries);
  const notice = ui.notice;
  return html`
    ${notice
      ? html`<div class="notice ${notice.error ? 'error' : ''}" role="status" tabindex="-1">${notice.lines.map((l) => html`<p>${l}</p>`)}</div>`
      : nothing}
    <section aria-labelledby="residents-title">
      <h2 id="residents-title">${x.residents}</h2>
      ${people.length
        ? html`<div class="find">
              <label>${x.search} <input type="search" .value=${query} @input=${(e: Event) => ((query = (e.target as HTMLInputElement).value), void update())} /></label>
              <label
                >${x.sortBy}
                <select @change=${(e: Event) => ((sort = (e.target as HTMLSelectElement).value as Sort), void update())}>
                  <option value="name" ?selected=${sort === 'name'}>${x.sortName}</option>
                  <option value="last" ?selected=${sort === 'last'}>${x.sortLast}</option>
                  <option value="course" ?selected=${sort === 'course'}>${x.sortCourse}</option>
                </select>
              </label>
            </div>
            ${list.length
              ? html`<ul class="residents">
                  ${list.map((p) => {
                    const s = summaries.get(p.id)!;
                    return html`<li>
                      <a href="#/resident/${encodeURIComponent(p.id)}">${p.name}</a>
                      <span class="muted">${p.id}</span>
                      <span>${x.lastConversation}: ${s.lastConversation ? longDate(s.lastConversation) : '–'}</span>
                      <span>${x.courseStatus}: ${courseText(s)}</span>
                    </li>`;
                  })}
                </ul>`
              : html`<p>${x.noMatch}</p>`}`
        : html`<p>${x.noResidents}</p>`}
      <form class="inline" @submit=${createResident}>
        <label for="new-name">${x.name}</label>
        <input id="new-name" name="name" required autocomplete="off" />
        <button>${x.create}</button>
      </form>
    </section>
    ${customElements.get('indicator-report') ? html`<p><a href="#/report">${x.report}</a></p>` : nothing} ${backupBar(people, stored)}
  `;
}
