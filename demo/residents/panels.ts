// One instrument at a time: the panel under the resident's tabs, with its one primary action,
// the kept form, and the confirmation after a submit, next to the form.
import { html, nothing, type TemplateResult } from 'lit';
import { formFor, hasDraft, hasForm, dropForm } from '../records/forms.js';
import { printBlank } from '../records/print.js';
import { ensureId } from '../records/save.js';
import { longDate, recordDate, recordTitle } from '../records/labels.js';
import { t } from '../text.js';
import { ui, update } from '../state.js';
import type { Summary } from './summary.js';
import type { StoredResponse } from '../store.js';

export const tabs = [
  { instrument: 'master-data', tag: 'master-data-form', title: () => t().masterDataTitle },
  { instrument: 'status', tag: 'status-survey', title: () => t().statusesTitle },
  { instrument: 'evaluation', tag: 'evaluation-form', title: () => t().evaluationTitle },
] as const;
export type Tab = (typeof tabs)[number];

function confirmation(residentId: string, instrument: string) {
  const c = ui.confirmation.get(residentId);
  if (!c || c.instrument !== instrument) return nothing;
  return html`<div class="confirmation" role="status" tabindex="-1">${c.lines.map((l) => html`<p>${l()}</p>`)}</div>`;
}

/** After a render: the new confirmation takes focus (once), which brings it into view. */
export function focusConfirmation(residentId: string) {
  const c = ui.confirmation.get(residentId);
  if (!c || c.focused) return;
  c.focused = true;
  const el = document.querySelector<HTMLElement>('#app .confirmation');
  el?.focus();
  el?.scrollIntoView({ block: 'center' });
}

/** Opens the correction of a stored record in its instrument's panel. */
export async function beginCorrection(residentId: string, record: StoredResponse) {
  const instrument = record.envelope.instrument;
  const responseId = await ensureId(record);
  ui.correcting.set(`${residentId}|${instrument}`, { ...record, envelope: { ...record.envelope, responseId } as StoredResponse['envelope'] });
  ui.confirmation.delete(residentId);
  const hash = `#/resident/${encodeURIComponent(residentId)}/${instrument}`;
  if (location.hash !== hash) location.hash = hash;
  await update();
  document.querySelector<HTMLElement>('.correcting')?.focus();
}

function cancelCorrection(residentId: string, tab: Tab) {
  const record = ui.correcting.get(`${residentId}|${tab.instrument}`);
  ui.correcting.delete(`${residentId}|${tab.instrument}`);
  dropForm({ residentId, instrument: tab.instrument, part: record?.envelope.part, variant: 'fix' });
  void update();
}

/** The form correcting a stored record: starts from its answers, replaces it on submit. */
function correction(residentId: string, tab: Tab): TemplateResult | undefined {
  const record = ui.correcting.get(`${residentId}|${tab.instrument}`);
  if (!record) return undefined;
  const e = record.envelope;
  const what = `${recordTitle(e).toLowerCase()} · ${longDate(recordDate(e))}`;
  const replaces = (e as { responseId?: string }).responseId;
  const form = formFor({ tag: tab.tag, residentId, instrument: tab.instrument, part: e.part, variant: 'fix', value: e, replaces });
  return html`<p class="correcting" tabindex="-1">${t().correcting(what)}</p>
    <p class="actions"><button @click=${() => cancelCorrection(residentId, tab)}>${t().cancel}</button></p>
    ${form}`;
}

function masterData(residentId: string, tab: Tab, summary: Summary) {
  const x = t();
  if (!summary.masterData) return formFor({ tag: tab.tag, residentId, instrument: tab.instrument });
  return html`<p class="actions">
    <button class="primary" @click=${() => beginCorrection(residentId, summary.masterData!)}>${x.editMasterData}</button>
  </p>`;
}

function status(residentId: string, tab: Tab, summary: Summary) {
  const x = t();
  const which = { residentId, instrument: 'status' };
  const open = !summary.statuses.length || ui.newStatus.has(residentId) || hasForm(which) || hasDraft(residentId, 'status');
  if (open) return formFor({ tag: tab.tag, ...which });
  return html`<p class="actions">
    <button class="primary" data-action="new-status" @click=${() => {
      ui.newStatus.add(residentId);
      ui.confirmation.delete(residentId);
      void update().then(() => document.querySelector<HTMLElement>('#app status-survey')?.focus());
    }}>${x.newStatus}</button>
  </p>`;
}

function evaluation(residentId: string, tab: Tab, summary: Summary) {
  const x = t();
  const base = { tag: tab.tag, residentId, instrument: 'evaluation' };
  if (ui.evaluationFlow.has(residentId) && hasForm({ ...base, part: 'both' })) return formFor({ ...base, part: 'both' });
  if (summary.residentPartPending) {
    return html`<p>${x.pendingResidentPart}</p>
      ${formFor({ ...base, part: 'resident' })}`;
  }
  if (summary.advisorPart) return nothing;
  return formFor({ ...base, part: 'both' });
}

export function panel(residentId: string, tab: Tab, summary: Summary) {
  const body =
    correction(residentId, tab) ??
    (tab.instrument === 'master-data' ? masterData(residentId, tab, summary) : tab.instrument === 'status' ? status(residentId, tab, summary) : evaluation(residentId, tab, summary));
  return html`<section class="panel" aria-labelledby="panel-title">
    <h3 id="panel-title">${tab.title()}</h3>
    ${confirmation(residentId, tab.instrument)} ${body}
    <p class="actions secondary"><button @click=${() => printBlank(tab.tag, residentId)}>${t().printBlank}</button></p>
  </section>`;
}
