import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import '../../generated/messages/schema-form-render-review.js';
import type { Answers, Instrument } from '../../engine/instrument.js';
import { sectionsOf, type FieldModel } from '../../engine/field-model.js';
import { isShown, storedAnswers } from '../../engine/validate.js';
import { formatAmount, formatDate } from '../../localization/format.js';
import type { Locale } from '../../localization/locale.js';
import type { PrintHost } from './lazy.js';
import { printHeader } from './print-header.js';

// Only the review shows it: it comes with the review's chunk.
const notAnswered = () => msg('Ikke besvaret', { id: 'form.notAnswered' });

/**
 * Review mode (the `readonly` attribute): the answers as text in the reader's formats
 * ("1. september 2026", "12.500 kr."), under a header of who and what they are about; nothing to
 * edit or submit. The same markup prints.
 */
export function renderReview(instrument: Instrument, given: Answers, locale: Locale, host: PrintHost, completedAt?: string) {
  const answers = storedAnswers(instrument, given);
  const text = (field: FieldModel) => {
    const value = answers[field.id];
    if (value === undefined) return html`<span class="muted">${notAnswered()}</span>`;
    if (field.kind === 'single') return field.meta.options?.[value as string]?.() ?? String(value);
    if (field.kind === 'multiple') return (value as string[]).map((c) => field.meta.options?.[c]?.() ?? c).join(', ');
    if (field.kind === 'date' && typeof value === 'string') return formatDate(value, locale);
    if (field.meta.format === 'amount' && typeof value === 'number') return formatAmount(value, locale);
    return String(value);
  };
  return html`
    <div part="form" class="review" lang=${locale}>
      ${printHeader(instrument, answers, host, locale, completedAt)}
      <h2 part="title" class="title">${instrument.title()}</h2>
      ${sectionsOf(instrument).map(
        ({ section, fields }) => html`
          <section part="section" class="section">
            ${section ? html`<h3>${section.title()}</h3>` : nothing}
            <dl>
              ${fields
                .filter((f) => isShown(f, answers))
                .map((f) => html`<div part="field" class="field"><dt>${f.meta.label()}</dt><dd>${text(f)}</dd></div>`)}
            </dl>
          </section>
        `,
      )}
    </div>
  `;
}
