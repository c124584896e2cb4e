import { html, nothing, svg, type TemplateResult } from 'lit';
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

export function renderTable(table: Table, l: Labels, download: (table: Table) => void, note?: string): TemplateResult {
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

/** A horizontal bar chart. The SVG is an image whose text alternative lists every value. */
export function renderChart(title: string, bars: readonly Bar[], l: Labels, total?: number): TemplateResult | typeof nothing {
  if (!bars.length) return nothing;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 34;
  const width = 600;
  const barWidth = 440;
  const height = bars.length * row + 4;
  const valueText = (b: Bar) => (total ? `${l.number(b.value)} (${l.percent(b.value / (total || 1))})` : l.number(b.value));
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
