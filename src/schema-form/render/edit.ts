import { html, nothing } from 'lit';
import type { Instrument } from '../../engine/instrument.js';
import { fieldsOf, sectionsOf, type FieldModel } from '../../engine/field-model.js';
import { isShown, type FieldError } from '../../engine/validate.js';
import { looksLikeCpr } from '../../engine/envelope-rules.js';
import { activeLocale, type Locale } from '../../localization/locale.js';
import { errorText, prefillProblemText, ui } from '../messages.js';
import type { FormState } from '../controllers/form-state.js';
import { renderField, type FieldEvents } from './field.js';

/** What the edit view shows, and where what the user does in it goes. */
export interface EditView {
  readonly instrument: Instrument;
  readonly state: FormState;
  readonly errors: readonly FieldError[];
  readonly residentId: string;
  readonly disabled: boolean;
  /** Where the fields' input goes, and the error summary's links. */
  readonly answers: FieldEvents & { focusField(event: Event, id: string): void };
  submit(event: SubmitEvent): void;
  discardDraft(): void;
}

/** The form to fill in: progress, notices, the error summary, the fields, the submit button. */
export function renderEdit(view: EditView, locale: Locale) {
  const { instrument, state, errors } = view;
  const shown = state.submitAttempted ? errors : errors.filter((e) => state.left.has(e.field));
  const errorOf = new Map(shown.map((e) => [e.field, e]));
  const fields = fieldsOf(instrument);
  // method="dialog": a server-rendered form submitted before the script has arrived goes
  // nowhere, instead of putting the answers in a URL.
  return html`
    <form part="form" lang=${locale} method="dialog" novalidate @submit=${view.submit}>
      <h2 part="title" class="title">${instrument.title()}</h2>
      ${progress(state, fields, errors)} ${prefillProblems(state, fields)} ${draftNotice(view)}
      ${state.submitAttempted && errors.length ? summary(view, fields) : nothing} ${formError(view)}
      ${sectionsOf(instrument).map(
        ({ section, fields }) => html`
          <section part="section" class="section" aria-labelledby=${section ? `s-${section.id}` : nothing}>
            ${section ? html`<h3 id="s-${section.id}">${section.title()}</h3>` : nothing}
            ${section?.hint ? html`<p class="hint">${section.hint()}</p>` : nothing}
            ${fields
              .filter((f) => isShown(f, state.answers))
              .map((f) => renderField(f, state.answers[f.id], errorOf.get(f.id), view.disabled, view.answers))}
          </section>
        `,
      )}
      <button part="submit" class="submit" type="submit" ?disabled=${view.disabled} aria-disabled=${state.sending ? 'true' : nothing}>
        ${state.sending ? ui.sending() : ui.submit()}
      </button>
      <p class="status" role="status">${state.submittedAt ? ui.submitted() : state.sending ? ui.sending() : nothing}</p>
    </form>
  `;
}

function formError(view: EditView) {
  // A CPR number where the resident id goes is shown at once: no answer should be given to it.
  const error = view.state.formError ?? (looksLikeCpr(view.residentId) ? ui.cprResident : undefined);
  return error ? html`<div class="form-error" role="alert" tabindex="-1">${error()}</div>` : nothing;
}

function prefillProblems(state: FormState, fields: readonly FieldModel[]) {
  if (!state.prefillProblems.length) return nothing;
  return html`
    <div class="notice" part="notice" role="alert">
      <h3>${ui.prefillTitle()}</h3>
      <ul>
        ${state.prefillProblems.map((p) => html`<li>${prefillProblemText(p, fields.find((f) => f.id === p.field))}</li>`)}
      </ul>
      <p>${ui.prefillHint()}</p>
    </div>
  `;
}

function progress(state: FormState, fields: readonly FieldModel[], errors: readonly FieldError[]) {
  const required = fields.filter((f) => (f.required || f.meta.requiredWhenShown) && isShown(f, state.answers));
  const missing = required.filter((f) => errors.some((e) => e.field === f.id)).length;
  return html`<p class="progress" part="progress">
    <progress max=${required.length} .value=${required.length - missing} aria-hidden="true"></progress>
    <span>${missing ? ui.requiredLeft(missing, required.length) : ui.allAnswered()}</span>
  </p>`;
}

function draftNotice(view: EditView) {
  if (!view.state.restoredFrom) return nothing;
  const when = new Date(view.state.restoredFrom);
  const time = Number.isNaN(when.getTime())
    ? ''
    : when.toLocaleString(activeLocale() === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeStyle: 'short' });
  return html`
    <div class="notice draft" part="draft-notice" role="status">
      <p>${ui.draftRestored(time)}</p>
      <button type="button" class="link-button" @click=${() => view.discardDraft()}>${ui.discardDraft()}</button>
    </div>
  `;
}

function summary(view: EditView, fields: readonly FieldModel[]) {
  return html`
    <div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="summary-title">
      <div role="alert">
        <h3 id="summary-title">${ui.summaryTitle()}</h3>
        <ul>
          ${view.errors.map((e) => {
            const field = fields.find((f) => f.id === e.field);
            return html`<li>
              <a href="#f-${e.field}" @click=${(ev: Event) => view.answers.focusField(ev, e.field)}>${field?.meta.label()} – ${errorText(e, field)}</a>
            </li>`;
          })}
        </ul>
      </div>
    </div>
  `;
}
