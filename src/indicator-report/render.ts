import { html, nothing, type TemplateResult } from 'lit';
import type { Labels } from './labels.js';
import { t } from './messages.js';
import { tableCsv, type Cell, type Table } from './tables.js';

// How a table and a chart look: the same for every section of the report.

export interface Bar {
  readonly label: string;
  readonly value: number;
}

const cell = (c: Cell, l: Labels) => (typeof c === 'object' ? l.percent(c.share) : typeof c === 'number' ? l.number(c) : c);

/** Downloads the table as CSV, named by its id and the period (`by-gender_2026-01-01_2026-12-31.csv`). */
export function downloadCsv(root: Element | ShadowRoot, table: Table, locale: string, period: { from: string; to: string }) {
  const blob = new Blob([tableCsv(table, locale)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${table.id}_${period.from}_${period.to}.csv`;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface TableOptions {
  /** The heading the table sits under: the part of the caption that repeats it is only for screen readers. */
  readonly under?: string;
  readonly note?: string;
}

/** The caption, with what the heading above already says visually hidden (the CSV and screen readers keep it). */
function caption(text: string, under = '') {
  const said = under && text.startsWith(under) ? text.slice(0, under.length) + (/^ — /.exec(text.slice(under.length))?.[0] ?? '') : '';
  const shown = text.slice(said.length);
  return said ? html`<span class="visually-hidden">${said}</span>${shown}` : text;
}

/** A table in a scroll region: focusable, named by the caption, with a shadow at an edge that has more. */
export function renderTable(table: Table, l: Labels, download: (table: Table) => void, { under, note }: TableOptions = {}): TemplateResult {
  const captionId = `cap-${table.id}`;
  return html`
    <div class="table-wrap" role="region" aria-labelledby=${captionId} tabindex="0">
      <table part="table" data-table=${table.id}>
        <caption id=${captionId}>${caption(table.caption, under)}</caption>
        <thead>
          <tr>${table.head.map((h, i) => html`<th scope="col" class=${i ? 'num' : ''}>${h}</th>`)}</tr>
        </thead>
        <tbody>
          ${table.rows.map(
            ([head, ...cells]) => html`<tr>
              <th scope="row">${head}</th>
              ${cells.map((c) => html`<td class=${typeof c === 'string' ? '' : 'num'}>${cell(c, l)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${note ? html`<p class="note">${note}</p>` : nothing}
    <button type="button" class="csv no-print" data-csv=${table.id} @click=${() => download(table)}>
      ${t.exportCsv()}<span class="visually-hidden">: ${table.caption}</span>
    </button>
  `;
}

/**
 * A horizontal bar chart, one image whose text alternative lists every value. The labels are
 * HTML, so they wrap on a phone; the SVG has no viewBox, so its text keeps its CSS size (a
 * viewBox would shrink it with the chart): a bar's length is a percentage of the width, at most
 * 70 % so its value fits beside it.
 */
export function renderChart(title: string, bars: readonly Bar[], l: Labels, total?: number): TemplateResult | typeof nothing {
  if (!bars.length) return nothing;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const valueText = (b: Bar) => (total ? `${l.number(b.value)} (${l.percent(b.value / (total || 1))})` : l.number(b.value));
  const alt = `${title}: ${bars.map((b) => `${b.label}: ${valueText(b)}`).join('; ')}`;
  return html`<figure class="chart" part="chart">
    <div role="img" aria-label=${alt}>
      ${bars.map((b) => {
        const w = b.value ? Math.max((b.value / max) * 70, 0.5) : 0;
        return html`<div class="bar">
          <span class="label">${b.label}</span>
          <svg width="100%" height="18" aria-hidden="true">
            <rect width="${w}%" height="14" y="2"></rect>
            <text x="${w}%" dx="6" y="14">${valueText(b)}</text>
          </svg>
        </div>`;
      })}
    </div>
  </figure>`;
}
