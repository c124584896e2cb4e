import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { activeLocale } from '../localization/locale.js';
import { isIsoDate, prepareDataset, type Dataset, type InstrumentRegistry } from '../reports/dataset.js';
import { checkPeriod, computeReport } from '../reports/indicators.js';
import { defaultInstruments } from '../reports/registry.js';
import { changes as changeKinds, dimensions, skipReasons, type Distribution, type Period, type Report } from '../reports/types.js';
import { t } from './messages.js';
import { styles } from './indicator-report.styles.js';
import { tokens } from '../theme/tokens.styles.js';
import { LangFollower } from '../localization/lang-follower.js';
import { labelsFor, type Labels } from './labels.js';
import { changeTables, distributionTable, economyTable, indicatorTables, residentTable, type Table } from './tables.js';
import { downloadCsv, renderChart, renderTable, type Bar, type TableOptions } from './render.js';

const thisYear = () => new Date().getFullYear();

/**
 * Bilag 1: the activity indicators (residents, sessions, courses), their break-downs, the
 * residents' change from first status to evaluation, the economic results of ended courses, and
 * the answer distribution of every choice question, computed in the browser from stored response
 * envelopes.
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
  /** The report's wording in the active language, taken at each render: the language can change. */
  #l!: Labels;


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


  #table(table: Table, options?: TableOptions) {
    return renderTable(table, this.#l, (x) => downloadCsv(this.renderRoot as ShadowRoot, x, activeLocale(), this.period), options);
  }

  #chart(title: string, bars: readonly Bar[], total?: number) {
    return renderChart(title, bars, this.#l, total);
  }

  #notices(report: Report) {
    const { input } = report;
    const reasons = skipReasons.filter((r) => input.invalidByReason[r] > 0);
    const items = [
      input.invalid
        ? html`<li>${t.skipped(input.invalid)} ${reasons.map((r, i) => html`${i ? ', ' : ''}${t.skipReason(r)} (${this.#l.number(input.invalidByReason[r])})`)}.</li>`
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
    this.#l = labelsFor(this.instruments, activeLocale());
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
        <p class="period-text">${t.period()}: ${this.#l.date(period.from)} – ${this.#l.date(period.to)}</p>
        ${report ? this.#body(report) : nothing}
      </section>
    `;
  }

  #body(report: Report) {
    const tables = indicatorTables(report, this.#l);
    const empty = report.totals.residents === 0;
    return html`
      ${this.#notices(report)}
      ${empty ? html`<p class="empty">${t.empty()}</p>` : nothing}
      <section aria-labelledby="h-indicators">
        <h3 id="h-indicators">${t.indicators()}</h3>
        ${this.#table(tables.indicators, { under: t.indicators() })}
        ${tables.reported ? this.#table(tables.reported, { note: t.reportedNote(report.reportedSessions.evaluations) }) : nothing}
      </section>
      <section aria-labelledby="h-breakdowns">
        <h3 id="h-breakdowns">${t.breakdowns()}</h3>
        ${dimensions.map((d, i) => {
          const table = tables.breakdowns[i];
          const bars = report.breakdowns[d].map((r) => ({ label: this.#l.key(d, r.key), value: r.residents }));
          return html`<h4>${t.by(d)}</h4>
            ${this.#chart(t.chartResidents(t.dimension(d).toLowerCase()), bars, report.totals.residents)} ${this.#table(table, { under: t.by(d) })}`;
        })}
      </section>
      <section aria-labelledby="h-economy">
        <h3 id="h-economy">${t.economy()}</h3>
        ${this.#table(economyTable(report, this.#l), { under: t.economy(), note: t.economyNote(report.economy.withArrears) })}
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
        ? html`${changeTables(report, this.#l).map(
            (c) => html`<h4>${c.question}</h4>
              ${this.#chart(c.question, changeKinds.map((k) => ({ label: t.change(k), value: c.counts[k] })), compared)}
              ${this.#table(c.summary, { under: c.question })} ${this.#table(c.matrix, { under: c.question })}`,
          )}
          <details>
            <summary>${t.perResident()}</summary>
            ${this.#table(residentTable(report, this.#l), { under: t.perResident() })}
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
        ([id, list]) => html`<h4>${this.#l.instrument(id)?.title() ?? id}</h4>
          ${list.map((d) => {
            const { question, table } = distributionTable(d, this.#l);
            return html`<div class="distribution">
              <h5>${question}</h5>
              <p class="note">${t.respondents(d.respondents)}</p>
              ${d.respondents
                ? html`${this.#chart(question, d.options.map((code) => ({ label: this.#l.option(d.instrument, d.field, code), value: d.counts[code] })), d.respondents)}
                  ${this.#table(table, { under: question })}`
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
