// The resident's course, date by date: every stored record boxed and labelled in words
// (instrument, part, date), each status with its overview answers and the change since the
// one before; each record can be shown, corrected and printed, and its history read.
import { html, nothing } from 'lit';
import type { ResponseEnvelope } from '../../src/schema-form/events.js';
import type { Record } from '../records/versions.js';
import { answerLabel, change, dateTime, longDate, overviewQuestions, recordDate, recordTitle } from '../records/labels.js';
import { printRecord, readOnly } from '../records/print.js';
import { t } from '../text.js';
import { ui, update } from '../state.js';
import type { Summary } from './summary.js';
import { beginCorrection } from './panels.js';

/** The few answers that say what a record is, in words. */
function facts(e: ResponseEnvelope, previous?: ResponseEnvelope) {
  const x = t();
  if (e.instrument === 'status') {
    return html`<p class="muted">${answerLabel(e, 'contact')} · ${answerLabel(e, 'counsellingType')}</p>
      <dl class="facts">
        ${overviewQuestions.map((q) => {
          const c = previous ? change(previous.answers[q], e.answers[q]) : undefined;
          return html`<div>
            <dt>${x[q]}</dt>
            <dd>${answerLabel(e, q)}${c ? html` <span class="change ${c}">(${x.change[c]})</span>` : nothing}</dd>
          </div>`;
        })}
      </dl>`;
  }
  if (e.instrument === 'master-data') {
    return html`<p class="muted">${answerLabel(e, 'counsellingType')} · ${x.start} ${answerLabel(e, 'startDate')}${
      e.answers.endDate ? html` · ${x.endedOn(answerLabel(e, 'endDate'))}` : nothing
    }</p>`;
  }
  if (e.part === 'advisor') {
    const arrears = e.answers.rentArrearsStart !== undefined || e.answers.rentArrearsEnd !== undefined;
    return html`<p class="muted">${answerLabel(e, 'endReason')}</p>
      ${arrears ? html`<p class="muted" data-fact="rent-arrears">${x.rentArrears(answerLabel(e, 'rentArrearsStart'), answerLabel(e, 'rentArrearsEnd'))}</p>` : nothing}`;
  }
  if (e.part === 'resident') return html`<p class="muted">${answerLabel(e, 'satisfaction')}</p>`;
  return nothing;
}

function toggle(key: number) {
  if (ui.opened.has(key)) ui.opened.delete(key);
  else ui.opened.add(key);
  void update();
}


function box(residentId: string, record: Record, previous?: ResponseEnvelope) {
  const x = t();
  const e = record.latest.envelope;
  const key = record.latest.key!;
  const open = ui.opened.has(key);
  const title = `${recordTitle(e)} · ${longDate(recordDate(e))}`;
  return html`<li class="record" data-record=${e.instrument} data-date=${recordDate(e)}>
    <h4>${title}</h4>
    ${facts(e, previous)}
    <p class="muted small">${x.savedAt(dateTime(e.completedAt))}</p>
    ${record.history.length
      ? html`<details class="history">
          <summary>${x.history(record.history.length)}</summary>
          <ul>
            ${record.history.map(
              (h) => html`<li>
                ${x.versionFrom(dateTime(h.envelope.completedAt))}
                <button class="link" aria-expanded=${ui.opened.has(h.key!)} @click=${() => toggle(h.key!)}>${ui.opened.has(h.key!) ? x.hide : x.show}</button>
                ${ui.opened.has(h.key!) ? readOnly(h.envelope) : nothing}
              </li>`,
            )}
          </ul>
        </details>`
      : nothing}
    <p class="actions">
      <button aria-expanded=${open} @click=${() => toggle(key)}>${open ? x.hide : x.show}<span class="visually-hidden">: ${title}</span></button>
      <button @click=${() => beginCorrection(residentId, record.latest)}>${x.correct}<span class="visually-hidden">: ${title}</span></button>
      <button @click=${() => printRecord(e)}>${x.print}<span class="visually-hidden">: ${title}</span></button>
    </p>
    ${open ? readOnly(e) : nothing}
  </li>`;
}

export function timeline(residentId: string, summary: Summary) {
  const x = t();
  let previousStatus: ResponseEnvelope | undefined;
  return html`<section class="timeline" aria-labelledby="timeline-title">
    <h3 id="timeline-title">${x.timeline}</h3>
    ${summary.records.length
      ? html`<ol class="records">
          ${summary.records.map((r) => {
            const e = r.latest.envelope;
            const item = box(residentId, r, e.instrument === 'status' ? previousStatus : undefined);
            if (e.instrument === 'status') previousStatus = e;
            return item;
          })}
        </ol>`
      : html`<p>${x.noRecords}</p>`}
  </section>`;
}
