// The resident page: an overview (course, start, last conversation, what is pending), the
// course date by date, one instrument at a time, and the resident's own data (access request,
// erasure).
import { html, nothing } from 'lit';
import { eraseResident, residents, responses, type Resident, type StoredResponse } from '../store.js';
import { dropResident, hasDraft } from '../records/forms.js';
import { longDate, recordDate, recordTitle } from '../records/labels.js';
import { printFor, printResident } from '../records/print.js';
import { download } from '../export.js';
import { residentBackup } from '../backup/backup.js';
import { t } from '../text.js';
import { ui } from '../state.js';
import { summarize, type Summary } from './summary.js';
import { timeline } from './timeline.js';
import { panel, tabs, type Tab } from './panels.js';

const link = (id: string, instrument: string) => `#/resident/${encodeURIComponent(id)}/${instrument}`;

function overview(person: Resident, s: Summary) {
  const x = t();
  const course = s.end ? x.endedOn(longDate(s.end)) : s.start ? x.ongoingSince(longDate(s.start)) : x.noMasterData;
  const pending: { text: string; instrument: string }[] = [];
  if (!s.masterData) pending.push({ text: x.pendingMasterData, instrument: 'master-data' });
  if (s.residentPartPending) pending.push({ text: x.pendingResidentPart, instrument: 'evaluation' });
  if (hasDraft(person.id, 'status')) pending.push({ text: x.pendingDraft(x.statusTitle), instrument: 'status' });
  if (s.masterData && hasDraft(person.id, 'master-data')) pending.push({ text: x.pendingDraft(x.masterDataTitle), instrument: 'master-data' });
  if (!s.advisorPart && hasDraft(person.id, 'evaluation', 'advisor')) pending.push({ text: x.pendingDraft(x.evaluationAdvisor), instrument: 'evaluation' });
  return html`<section class="overview" aria-labelledby="overview-title">
    <h3 id="overview-title">${x.overview}</h3>
    <dl class="facts">
      <div><dt>${x.courseStatus}</dt><dd>${course}</dd></div>
      <div><dt>${x.start}</dt><dd>${s.start ? longDate(s.start) : '–'}</dd></div>
      <div><dt>${x.lastConversation}</dt><dd>${s.lastConversation ? longDate(s.lastConversation) : x.noConversation}</dd></div>
    </dl>
    <h4>${x.pending}</h4>
    ${pending.length
      ? html`<ul class="pending">
          ${pending.map((p) => html`<li>${p.text} <a href=${link(person.id, p.instrument)}>${x.openIt}</a></li>`)}
        </ul>`
      : html`<p>${x.nothingPending}</p>`}
  </section>`;
}

function tabBar(id: string, current: Tab) {
  return html`<nav class="tabs" aria-label=${t().instruments}>
    ${tabs.filter((tab) => customElements.get(tab.tag)).map(
      (tab) => html`<a href=${link(id, tab.instrument)} data-instrument-tab=${tab.instrument} aria-current=${tab === current ? 'page' : 'false'}
        >${tab.title()}</a
      >`,
    )}
  </nav>`;
}

async function erase(person: Resident, stored: readonly StoredResponse[]) {
  if (!confirm(t().confirmErase(person.name, stored.length))) return;
  await eraseResident(person.id);
  dropResident(person.id);
  ui.confirmation.delete(person.id);
  ui.notice = { lines: [t().erased(person.name)] };
  location.hash = '#/';
}

function residentData(person: Resident, stored: readonly StoredResponse[], s: Summary) {
  const x = t();
  const day = new Date().toISOString().slice(0, 10);
  const records = s.records.map((r) => ({ title: `${recordTitle(r.latest.envelope)} · ${longDate(recordDate(r.latest.envelope))}`, envelope: r.latest.envelope }));
  return html`<section class="resident-data" aria-labelledby="resident-data-title">
    <h3 id="resident-data-title">${x.residentData}</h3>
    <p class="actions">
      <button @click=${() => download(`${person.id}-${day}.json`, residentBackup(person, stored), 'application/json')}>${x.exportResident}</button>
      <button @click=${() => printResident(`${person.name} (${person.id})`, records)}>${x.printResident}</button>
      <button class="danger" @click=${() => erase(person, stored)}>${x.erase}</button>
    </p>
  </section>`;
}

export async function residentPage(id: string, instrument?: string) {
  const [person, stored] = await Promise.all([residents.get(id), responses.of(id)]);
  if (!person) return html`<p><a href="#/">← ${t().back}</a></p>`;
  const s = summarize(stored);
  printFor(person.name);
  const available = tabs.filter((tab) => customElements.get(tab.tag));
  // Without a tab in the address: the one just submitted in (its confirmation is there), else the next thing to do.
  const wanted = instrument ?? ui.confirmation.get(id)?.instrument;
  const current = available.find((tab) => tab.instrument === wanted) ?? available.find((tab) => tab.instrument === (s.masterData ? 'status' : 'master-data')) ?? available[0];
  return html`
    <p><a href="#/">← ${t().back}</a></p>
    <h2>${person.name} <span class="muted">(${person.id})</span></h2>
    ${overview(person, s)} ${timeline(id, s)}
    ${current ? html`${tabBar(id, current)} ${panel(id, current, s)}` : nothing}
    ${residentData(person, stored, s)}
  `;
}
