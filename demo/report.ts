// The report (bilag 1) over the counsellor's own records, or over sample data: the sample has
// its own period (the report moves to it), is never mixed with real records, and can be
// removed on its own.
import { html, nothing } from 'lit';
import type { ResponseEnvelope } from '../src/schema-form/events.js';
import { generateSample } from '../src/reports/index.js';
import { addAll, removeSample, responses } from './store.js';
import { latestEnvelopes } from './records/versions.js';
import { t } from './text.js';
import { update } from './state.js';

/** The year the sample's activity falls in. */
const sampleYear = 2025;
let showing: 'own' | 'sample' = 'own';

async function loadSample() {
  const envelopes = generateSample({ year: sampleYear }) as unknown as ResponseEnvelope[];
  await addAll(envelopes.map((envelope) => ({ residentId: String(envelope.residentId), envelope, sample: true })));
  showing = 'sample';
  void update();
}

async function dropSample() {
  await removeSample();
  showing = 'own';
  void update();
}

const show = (which: 'own' | 'sample') => () => {
  showing = which;
  void update();
};

export async function reportPage() {
  const x = t();
  const stored = await responses.all();
  const sample = stored.filter((r) => r.sample);
  if (!sample.length) showing = 'own';
  const report = document.createElement('indicator-report') as HTMLElement & { responses: readonly unknown[]; from: string; to: string };
  if (showing === 'sample') {
    report.responses = sample.map((r) => r.envelope);
    report.from = `${sampleYear}-01-01`;
    report.to = `${sampleYear}-12-31`;
  } else {
    report.responses = latestEnvelopes(stored.filter((r) => !r.sample));
  }
  return html`
    <p><a href="#/">← ${x.back}</a></p>
    ${showing === 'sample' ? html`<p class="notice" role="status">${x.showingSample(String(sampleYear))}</p>` : nothing}
    <p class="actions">
      ${sample.length
        ? html`${showing === 'sample'
              ? html`<button @click=${show('own')}>${x.showOwn}</button>`
              : html`<button @click=${show('sample')}>${x.showSample}</button>`}
            <button class="danger" data-action="remove-sample" @click=${dropSample}>${x.removeSample}</button>`
        : html`<button data-action="load-sample" @click=${loadSample}>${x.sample}</button>`}
    </p>
    ${report}
  `;
}
