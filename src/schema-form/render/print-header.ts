// Who and what a printed record is about, above it (read-only mode), and the lines a blank
// template leaves to fill in by hand (template mode). Both come with their mode's chunk, with
// their own styles: an element that only edits loads none of it.
import { css, html, nothing, type CSSResult } from 'lit';
import { msg } from '@lit/localize';
import '../../generated/messages/schema-form-render-print-header.js';
import type { Answers, Instrument } from '../../engine/instrument.js';
import type { PrintHost } from './lazy.js';
import { fieldsOf } from '../../engine/field-model.js';
import { formatDate, formatDateTime } from '../../localization/format.js';
import type { Locale } from '../../localization/locale.js';

const t = {
  resident: () => msg('Beboer', { id: 'print.resident' }),
  residentId: () => msg('Beboer-id', { id: 'print.residentId' }),
  caseId: () => msg('Sagsnummer', { id: 'print.caseId' }),
  instrument: () => msg('Skema', { id: 'print.instrument' }),
  completedAt: () => msg('Udfyldt', { id: 'print.completedAt' }),
  name: () => msg('Navn', { id: 'print.name' }),
  date: () => msg('Dato', { id: 'print.date' }),
};

const styles: CSSResult = css`
  .print-header {
    border-bottom: 2px solid var(--_border);
    padding-bottom: calc(var(--_space) / 2);
    margin-bottom: var(--_space);
  }
  .print-header .organisation {
    font-weight: 700;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .print-header dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
  }
  .print-header dt {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .print-header dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .blanks dd {
    min-height: 2rem;
    border-bottom: 1px solid currentColor;
  }
  @media print {
    .print-header {
      border-color: #000;
    }
    .print-header dt {
      color: #000;
    }
  }
`;

/**
 * The header's styles join the element's own (adopted, so a strict CSP allows them) the
 * first time the mode renders there.
 */
function adoptStyles(root: PrintHost['renderRoot']) {
  const sheet = styles.styleSheet;
  const shadow = root as ShadowRoot;
  // No sheet on a server, and no adopted sheets outside a shadow root.
  if (!sheet || !shadow.adoptedStyleSheets || shadow.adoptedStyleSheets.includes(sheet)) return;
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}

/** The instrument's title, with its part's (the evaluation's advisor or resident part). */
const titleOf = (instrument: Instrument) => {
  const part = (instrument as { part?: string }).part && instrument.sections?.[0];
  return part ? `${instrument.title()} – ${part.title()}` : instrument.title();
};

const organisation = (host: PrintHost) => (host.organisation ? html`<p class="organisation">${host.organisation}</p>` : nothing);

const item = (term: string, value: string | undefined) => (value ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : nothing);

/** Read-only: only the items that have a value. */
export function printHeader(instrument: Instrument, answers: Answers, host: PrintHost, locale: Locale, completedAt?: string) {
  adoptStyles(host.renderRoot);
  // `date` is the conversation's date (INSTRUMENTS.md: set by the advisor, default today), under its own label.
  const dateField = fieldsOf(instrument).find((f) => f.id === 'date' && f.kind === 'date');
  const date = dateField && typeof answers.date === 'string' ? formatDate(answers.date, locale) : undefined;
  return html`<header class="print-header" part="print-header">
    ${organisation(host)}
    <dl>
      ${item(t.resident(), host.residentName)} ${item(t.residentId(), host.residentId)} ${item(t.caseId(), host.caseId)}
      ${item(t.instrument(), titleOf(instrument))} ${item(dateField?.meta.label() ?? '', date)}
      ${item(t.completedAt(), completedAt && formatDateTime(completedAt, locale))}
    </dl>
  </header>`;
}

/** A blank template: lines for the name, the date and the case number, under the organisation. */
export function blankHeader(host: PrintHost) {
  adoptStyles(host.renderRoot);
  return html`<header class="print-header blanks" part="print-header">
    ${organisation(host)}
    <dl>
      ${[t.name(), t.date(), t.caseId()].map((term) => html`<div><dt>${term}</dt><dd></dd></div>`)}
    </dl>
  </header>`;
}
