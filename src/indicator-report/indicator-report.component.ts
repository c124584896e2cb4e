import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldsOf, type FieldModel } from '../engine/field-model.js';
import type { Instrument } from '../engine/instrument.js';
import { activeLocale } from '../localization/locale.js';
import { isIsoDate, prepareDataset, type Dataset, type InstrumentRegistry } from '../reports/dataset.js';
import { checkPeriod, computeReport } from '../reports/indicators.js';
import { defaultInstruments } from '../reports/registry.js';
import { municipalityNames } from '../reports/municipalities.js';
import { dialectFor, toCsv } from '../reports/csv.js';
import { changes as changeKinds, counsellingTypeKeys, dimensions, overviewFields, skipReasons, type Distribution, type Period, type Report } from '../reports/types.js';
import { t } from './messages.js';
import { styles } from './indicator-report.styles.js';
import { tokens } from '../theme/tokens.styles.js';
import { LangFollower } from '../localization/lang-follower.js';

/** A number, or a share (0–1) shown as a percentage. */
type Cell = string | number | { readonly share: number };

interface Table {
  readonly id: string;
  readonly caption: string;
  readonly head: readonly string[];
  /** Each row starts with its row heading. */
  readonly rows: readonly (readonly [string, ...Cell[]])[];
}

interface Bar {
  readonly label: string;
  readonly value: number;
}


const thisYear = () => new Date().getFullYear();
const share = (part: number, whole: number) => ({ share: whole ? part / whole : 0 });

/**
 * Bilag 1: the activity indicators (residents, sessions, courses), their break-downs, the
 * residents' change from first status to evaluation, and the answer distribution of every
 * choice question, computed in the browser from stored response envelopes.
 *
 * @summary Bilag 1: the quality model's indicators and answer distributions, from stored envelopes.
 * @attr {string} lang - `da` or `en`. Without it, the nearest ancestor's `lang`, else the document's. Unknown languages show Danish and warn in the console.
 * @fires {Period} period-change - When the user changes the period in its date fields: the new `{ from, to }`.
 * @csspart table - Every table.
 * @csspart chart - Every chart.
 * @cssprop [--sf-report-max-width=60rem] - Maximum width of the report.
 */
export class IndicatorReport extends LitElement {
  static override styles = [tokens, styles];

  /** Stored response envelopes, any mix of instruments. Invalid ones are skipped and counted. */
  @property({ attribute: false }) responses: readonly unknown[] = [];

  /**
   * First day of the period (ISO date). Without `from` and `to`, the period is the calendar
   * year of the latest activity in the responses (this year when there are none).
   */
  @property({ reflect: true }) from = '';

  /** Last day of the period (ISO date). */
  @property({ reflect: true }) to = '';

  /** Instruments to validate with and report on. Default: the library's. */
  @property({ attribute: false }) instruments: InstrumentRegistry = defaultInstruments;

  @state() private periodError = false;

  #dataset?: Dataset;
  readonly #lang = new LangFollower(this);
  #report?: Report;


  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#lang.sync();
  }


  /** The period reported on. */
  get period(): Period {
    const year = this.#dataset?.latest?.slice(0, 4) ?? String(thisYear());
    // A from or to that is not a date is not used (the element says so): never a blank report.
    return { from: isIsoDate(this.from) ? this.from : `${year}-01-01`, to: isIsoDate(this.to) ? this.to : `${year}-12-31` };
  }

  /** The computed report, as data (what the tables show). */
  get report(): Report | undefined {
    return this.#report;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('responses') || changed.has('instruments') || !this.#dataset) {
      this.#dataset = prepareDataset(Array.isArray(this.responses) ? this.responses : [], this.instruments);
      this.#report = undefined;
    }
    if (!this.#report || changed.has('from') || changed.has('to') || changed.has('responses') || changed.has('instruments')) {
      try {
        checkPeriod(this.period);
        this.#report = computeReport(this.#dataset, this.period, { instruments: this.instruments });
        this.periodError = false;
      } catch {
        this.periodError = true;
      }
    }
  }

  // ---- formatting ----

  get #locale() {
    return activeLocale();
  }

  #number(n: number) {
    return new Intl.NumberFormat(this.#locale).format(n);
  }

  #percent(s: number) {
    return new Intl.NumberFormat(this.#locale, { style: 'percent', maximumFractionDigits: 1 }).format(s);
  }

  #date(iso: string) {
    return new Intl.DateTimeFormat(this.#locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  }

  #field(instrumentId: string, fieldId: string): FieldModel | undefined {
    for (const [key, instrument] of this.instruments) {
      if (key !== instrumentId && !key.startsWith(`${instrumentId}:`)) continue;
      const f = fieldsOf(instrument).find((x) => x.id === fieldId);
      if (f) return f;
    }
    return undefined;
  }

  #instrument(id: string): Instrument | undefined {
    return this.instruments.get(id) ?? [...this.instruments.entries()].find(([k]) => k.startsWith(`${id}:`))?.[1];
  }

  #option(instrumentId: string, fieldId: string, code: string): string {
    return this.#field(instrumentId, fieldId)?.meta.options?.[code]?.() ?? code;
  }

  #key(dimension: (typeof dimensions)[number], key: string): string {
    if (key === 'unknown') return dimension === 'counsellingType' ? t.unknown() : t.unknownNoMasterData();
    switch (dimension) {
      case 'counsellingType':
        return this.#option('status', 'counsellingType', key);
      case 'ageBand':
        return t.ageBand(key);
      case 'gender':
        return this.#option('master-data', 'gender', key);
      case 'municipality':
        return municipalityNames[key] ?? key;
    }
  }

  // ---- tables ----

  #tables(report: Report) {
    const { totals: x, reportedSessions: rep } = report;
    const mandatory = (label: string) => `${label} (${t.mandatory()})`;
    const indicators: Table = {
      id: 'indicators',
      caption: t.indicators(),
      head: [t.indicator(), t.count()],
      rows: [
        [mandatory(t.residents()), x.residents],
        [mandatory(t.faceToFace()), x.sessions.faceToFace],
        [mandatory(t.courses()), x.courses.active],
        [t.started(), x.courses.started],
        [t.ended(), x.courses.ended],
        [t.ongoing(), x.courses.ongoing],
        [t.phone(), x.sessions.phone],
        [t.digital(), x.sessions.digital],
        [t.sessionsTotal(), x.sessions.total],
      ],
    };
    const reported: Table | undefined = rep.evaluations
      ? {
          id: 'reported-sessions',
          caption: t.reported(),
          head: [t.indicator(), t.count()],
          rows: [
            [t.faceToFace(), rep.faceToFace],
            [t.phone(), rep.phone],
            [t.digital(), rep.digital],
            [t.sessionsTotal(), rep.total],
          ],
        }
      : undefined;
    const breakdowns = dimensions.map(
      (d): Table => ({
        id: `by-${d}`,
        caption: t.by(d),
        head: [t.dimension(d), t.residents(), t.faceToFace(), t.phone(), t.digital(), t.courses(), t.started(), t.ended(), t.ongoing()],
        rows: report.breakdowns[d].map((r) => [
          this.#key(d, r.key),
          r.residents,
          r.sessions.faceToFace,
          r.sessions.phone,
          r.sessions.digital,
          r.courses.active,
          r.courses.started,
          r.courses.ended,
          r.courses.ongoing,
        ]),
      }),
    );
    return { indicators, reported, breakdowns };
  }

  #changeTables(report: Report) {
    const compared = report.changes.residents.length;
    return report.changes.summary.map((s) => {
      const question = this.#field('status', s.field)?.meta.label() ?? s.field;
      const scale = this.#field('status', s.field)?.options ?? [];
      const summary: Table = {
        id: `change-${s.field}`,
        caption: question,
        head: [t.development(), t.count(), t.share()],
        rows: changeKinds.map((c) => [t.change(c), s.counts[c], share(s.counts[c], compared)]),
      };
      const matrix: Table = {
        id: `change-${s.field}-transitions`,
        caption: `${question} — ${t.transitions()}`,
        head: [t.firstStatus(), ...scale.map((code) => this.#option('status', s.field, code))],
        rows: scale.map((from) => [this.#option('status', s.field, from), ...scale.map((to) => s.matrix[from]?.[to] ?? 0)]),
      };
      return { field: s.field, question, summary, matrix };
    });
  }

  #residentTable(report: Report): Table {
    const label = (field: string, code: string | undefined) => (code === undefined ? t.notAnswered() : this.#option('status', field, code));
    return {
      id: 'change-residents',
      caption: t.perResident(),
      head: [
        t.resident(),
        t.caseId(),
        t.firstStatus(),
        t.evaluation(),
        ...overviewFields.flatMap((f) => {
          const q = this.#field('status', f)?.meta.label() ?? f;
          return [`${q} — ${t.firstStatus()}`, `${q} — ${t.evaluation()}`, `${q} — ${t.development()}`];
        }),
      ],
      rows: report.changes.residents.map((r) => [
        r.residentId,
        r.caseId ?? '',
        r.statusDate,
        r.evaluationDate,
        ...overviewFields.flatMap((f) => [label(f, r.fields[f].first), label(f, r.fields[f].last), t.change(r.fields[f].change)]),
      ]),
    };
  }

  #distributionTable(d: Distribution): { question: string; table: Table } {
    const question = this.#field(d.instrument, d.field)?.meta.label() ?? d.field;
    const types = [...counsellingTypeKeys, 'unknown' as const].filter((k) => k !== 'unknown' || d.byCounsellingType.unknown.respondents > 0);
    const typeLabel = (k: string) => (k === 'unknown' ? t.unknown() : this.#option('status', 'counsellingType', k));
    return {
      question,
      table: {
        id: `${d.instrument}-${d.field}`,
        caption: question,
        head: [t.answer(), t.count(), t.share(), ...types.map(typeLabel)],
        rows: [
          ...d.options.map((code): [string, ...Cell[]] => [
            this.#option(d.instrument, d.field, code),
            d.counts[code],
            share(d.counts[code], d.respondents),
            ...types.map((k) => d.byCounsellingType[k].counts[code]),
          ]),
          [t.total(), d.respondents, share(d.respondents, d.respondents), ...types.map((k) => d.byCounsellingType[k].respondents)],
        ],
      },
    };
  }

  /**
   * The table as CSV in the dialect of the report's language (Danish: `;` and decimal comma, as
   * Danish Excel reads it), counts as numbers, shares as per cent with one decimal.
   */
  #csv(table: Table): string {
    const cell = (c: Cell) => (typeof c === 'object' ? Math.round(c.share * 1000) / 10 : c);
    const head = table.head.map((h, i) => (table.rows.some((r) => typeof r[i] === 'object') ? `${h} (%)` : h));
    return toCsv([[table.caption], head, ...table.rows.map((r) => r.map(cell))], { dialect: dialectFor(this.#locale) });
  }

  #download(table: Table) {
    const blob = new Blob([this.#csv(table)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${table.id}_${this.period.from}_${this.period.to}.csv`;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ---- rendering ----

  #cell(c: Cell) {
    return typeof c === 'object' ? this.#percent(c.share) : typeof c === 'number' ? this.#number(c) : c;
  }

  #table(table: Table, note?: string): TemplateResult {
    const captionId = `cap-${table.id}`;
    return html`
      <div class="table-wrap" role="region" aria-labelledby=${captionId} tabindex="0">
        <table part="table" data-table=${table.id}>
          <caption id=${captionId}>${table.caption}</caption>
          <thead>
            <tr>${table.head.map((h, i) => html`<th scope="col" class=${i ? 'num' : ''}>${h}</th>`)}</tr>
          </thead>
          <tbody>
            ${table.rows.map(
              ([head, ...cells]) => html`<tr>
                <th scope="row">${head}</th>
                ${cells.map((c) => html`<td class=${typeof c === 'string' ? '' : 'num'}>${this.#cell(c)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${note ? html`<p class="note">${note}</p>` : nothing}
      <button type="button" class="csv no-print" data-csv=${table.id} @click=${() => this.#download(table)}>
        ${t.exportCsv()}<span class="visually-hidden">: ${table.caption}</span>
      </button>
    `;
  }

  /** A horizontal bar chart. The SVG is an image whose text alternative lists every value. */
  #chart(title: string, bars: readonly Bar[], total?: number): TemplateResult | typeof nothing {
    if (!bars.length) return nothing;
    const max = Math.max(1, ...bars.map((b) => b.value));
    const row = 34;
    const width = 600;
    const barWidth = 440;
    const height = bars.length * row + 4;
    const valueText = (b: Bar) => (total ? `${this.#number(b.value)} (${this.#percent(b.value / (total || 1))})` : this.#number(b.value));
    const alt = `${title}: ${bars.map((b) => `${b.label}: ${valueText(b)}`).join('; ')}`;
    return html`<figure class="chart" part="chart">
      <svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label=${alt} preserveAspectRatio="xMinYMin meet">
        ${bars.map((b, i) => {
          const y = i * row;
          const w = Math.round((b.value / max) * barWidth);
          return svg`<text x="0" y=${y + 12} class="label">${b.label}</text>
            <rect x="0" y=${y + 16} width=${Math.max(w, b.value ? 2 : 0)} height="12" class="bar"></rect>
            <text x=${w + 6} y=${y + 27} class="value">${valueText(b)}</text>`;
        })}
      </svg>
    </figure>`;
  }

  #notices(report: Report) {
    const { input } = report;
    const reasons = skipReasons.filter((r) => input.invalidByReason[r] > 0);
    const items = [
      input.invalid
        ? html`<li>${t.skipped(input.invalid)} ${reasons.map((r, i) => html`${i ? ', ' : ''}${t.skipReason(r)} (${this.#number(input.invalidByReason[r])})`)}.</li>`
        : nothing,
      input.duplicates ? html`<li>${t.duplicates(input.duplicates)}</li>` : nothing,
      input.replaced ? html`<li>${t.replaced(input.replaced)}</li>` : nothing,
      input.superseded ? html`<li>${t.superseded(input.superseded)}</li>` : nothing,
      report.residentsWithoutMasterData ? html`<li>${t.withoutMasterData(report.residentsWithoutMasterData)}</li>` : nothing,
    ];
    return input.invalid || input.duplicates || input.replaced || input.superseded || report.residentsWithoutMasterData
      ? html`<ul class="notices">${items}</ul>`
      : nothing;
  }

  #onPeriod(e: Event) {
    const form = (e.currentTarget as HTMLInputElement).form!;
    const from = (form.elements.namedItem('from') as HTMLInputElement).value;
    const to = (form.elements.namedItem('to') as HTMLInputElement).value;
    if (!from || !to || from > to) {
      this.periodError = true;
      return;
    }
    this.periodError = false;
    this.from = from;
    this.to = to;
    this.dispatchEvent(new CustomEvent('period-change', { detail: { from, to }, bubbles: true, composed: true }));
  }

  override render() {
    const period = this.period;
    const report = this.#report;
    return html`
      <section class="report" aria-labelledby="title">
        <div class="head">
          <h2 id="title">${t.title()}</h2>
          <button type="button" class="no-print" @click=${() => window.print()}>${t.print()}</button>
        </div>
        <form class="period no-print" @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>${t.period()}</legend>
            <label>${t.from()} <input type="date" name="from" .value=${period.from} @change=${this.#onPeriod} aria-invalid=${this.periodError ? 'true' : 'false'} /></label>
            <label>${t.to()} <input type="date" name="to" .value=${period.to} @change=${this.#onPeriod} aria-invalid=${this.periodError ? 'true' : 'false'} /></label>
          </fieldset>
          ${this.periodError ? html`<p class="error" role="alert">${t.periodError()}</p>` : nothing}
          ${this.from && !isIsoDate(this.from) ? html`<p class="error" role="alert">${t.badFrom(this.from)}</p>` : nothing}
          ${this.to && !isIsoDate(this.to) ? html`<p class="error" role="alert">${t.badTo(this.to)}</p>` : nothing}
        </form>
        <p class="period-text">${t.period()}: ${this.#date(period.from)} – ${this.#date(period.to)}</p>
        ${report ? this.#body(report) : nothing}
      </section>
    `;
  }

  #body(report: Report) {
    const tables = this.#tables(report);
    const empty = report.totals.residents === 0;
    return html`
      ${this.#notices(report)}
      ${empty ? html`<p class="empty">${t.empty()}</p>` : nothing}
      <section aria-labelledby="h-indicators">
        <h3 id="h-indicators">${t.indicators()}</h3>
        ${this.#table(tables.indicators)}
        ${tables.reported ? this.#table(tables.reported, t.reportedNote(report.reportedSessions.evaluations)) : nothing}
      </section>
      <section aria-labelledby="h-breakdowns">
        <h3 id="h-breakdowns">${t.breakdowns()}</h3>
        ${dimensions.map((d, i) => {
          const table = tables.breakdowns[i];
          const bars = report.breakdowns[d].map((r) => ({ label: this.#key(d, r.key), value: r.residents }));
          return html`<h4>${t.by(d)}</h4>
            ${this.#chart(t.chartResidents(t.dimension(d).toLowerCase()), bars, report.totals.residents)} ${this.#table(table)}`;
        })}
      </section>
      ${this.#changes(report)} ${this.#distributions(report)}
    `;
  }

  #changes(report: Report) {
    const { changes } = report;
    const compared = changes.residents.length;
    return html`<section aria-labelledby="h-changes">
      <h3 id="h-changes">${t.changes()}</h3>
      <p>${t.changesIntro(changes.evaluations, compared)}</p>
      ${compared
        ? html`${this.#changeTables(report).map(
            (c) => html`<h4>${c.question}</h4>
              ${this.#chart(c.question, changeKinds.map((k) => ({ label: t.change(k), value: report.changes.summary.find((s) => s.field === c.field)!.counts[k] })), compared)}
              ${this.#table(c.summary)} ${this.#table(c.matrix)}`,
          )}
          <details>
            <summary>${t.perResident()}</summary>
            ${this.#table(this.#residentTable(report))}
          </details>`
        : nothing}
    </section>`;
  }

  #distributions(report: Report) {
    const byInstrument = new Map<string, Distribution[]>();
    for (const d of report.distributions) {
      if (!byInstrument.has(d.instrument)) byInstrument.set(d.instrument, []);
      byInstrument.get(d.instrument)!.push(d);
    }
    return html`<section aria-labelledby="h-distributions">
      <h3 id="h-distributions">${t.distributions()}</h3>
      <p>${t.distributionsIntro()}</p>
      ${[...byInstrument].map(
        ([id, list]) => html`<h4>${this.#instrument(id)?.title() ?? id}</h4>
          ${list.map((d) => {
            const { question, table } = this.#distributionTable(d);
            return html`<div class="distribution">
              <h5>${question}</h5>
              <p class="note">${t.respondents(d.respondents)}</p>
              ${d.respondents
                ? html`${this.#chart(question, d.options.map((code) => ({ label: this.#option(d.instrument, d.field, code), value: d.counts[code] })), d.respondents)}
                  ${this.#table(table)}`
                : html`<p>${t.noAnswers()}</p>`}
            </div>`;
          })}`,
      )}
    </section>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'period-change': CustomEvent<Period>;
  }
}
