import { html, nothing, type TemplateResult } from 'lit';
import type { FieldModel } from '../../engine/field-model.js';
import type { FieldError } from '../../engine/validate.js';
import { errorText, ui } from '../messages.js';

/** What a field's inputs report to the form. */
export interface FieldEvents {
  input(field: FieldModel, event: Event): void;
  focusOut(field: FieldModel, event: FocusEvent): void;
}

/** One question: its label, hint, error and input (a radio group, checkboxes, a text, number or date input, a text area). */
export function renderField(
  field: FieldModel,
  value: unknown,
  error: FieldError | undefined,
  disabled: boolean,
  on: FieldEvents,
): TemplateResult {
  const id = field.id;
  const describedBy = [field.meta.hint ? `h-${id}` : '', error ? `e-${id}` : '', field.meta.note ? `n-${id}` : '']
    .filter(Boolean)
    .join(' ');
  const label = html`${field.meta.label()}${field.required || field.meta.requiredWhenShown
    ? nothing
    : html` <span class="optional">${ui.optional()}</span>`}`;
  const hint = field.meta.hint ? html`<p class="hint" id="h-${id}">${field.meta.hint()}</p>` : nothing;
  const message = error
    ? html`<p class="error-message" part="error-message" id="e-${id}">
        <span class="visually-hidden">${ui.errorPrefix()}</span> ${errorText(error, field)}
      </p>`
    : nothing;
  const onInput = (e: Event) => on.input(field, e);
  const onFocusOut = (e: FocusEvent) => on.focusOut(field, e);
  const cls = `field ${error ? 'invalid' : ''}`;

  if (field.kind === 'single' || field.kind === 'multiple') {
    const multiple = field.kind === 'multiple';
    const chosen = multiple ? ((value as string[] | undefined) ?? []) : [value];
    return html`
      <div part="field" class=${cls} @focusout=${onFocusOut}>
        <fieldset
          id="f-${id}"
          @change=${onInput}
          role=${multiple ? nothing : 'radiogroup'}
          aria-describedby=${describedBy || nothing}
          aria-required=${multiple ? nothing : String(field.required || field.meta.requiredWhenShown === true)}
          aria-invalid=${multiple ? nothing : error ? 'true' : 'false'}
        >
          <legend part="label">${label}</legend>
          ${hint} ${message}
          <div class="options">
            ${field.options.map(
              // A static type: setting it by binding turns every text input into a radio
              // after the fact, which costs more than the rest of the render. Changes are
              // heard on the fieldset: one listener per question, not per option.
              (code) => html`
                <label class="option" part="option">
                  ${multiple
                    ? html`<input
                        type="checkbox"
                        name=${id}
                        .value=${code}
                        .checked=${chosen.includes(code)}
                        ?disabled=${disabled}
                        aria-invalid=${error ? 'true' : nothing}
                      />`
                    : html`<input
                        type="radio"
                        name=${id}
                        .value=${code}
                        .checked=${chosen.includes(code)}
                        ?disabled=${disabled}
                      />`}
                  <span>${field.meta.options![code]()}</span>
                </label>
              `,
            )}
          </div>
        </fieldset>
      </div>
    `;
  }

  const controlId = `f-${id}`;
  const invalid = error ? 'true' : 'false';
  const shownValue = field.meta.input ? field.meta.input.text(value) : value === undefined ? '' : String(value);
  let control: TemplateResult;
  if (field.widget === 'textarea') {
    control = html`<textarea
      id=${controlId}
      name=${id}
      rows="4"
      part="control"
      .value=${shownValue}
      ?disabled=${disabled}
      ?required=${field.required}
      aria-invalid=${invalid}
      aria-describedby=${describedBy || nothing}
      @input=${onInput}
    ></textarea>`;
  } else {
    const type = field.kind === 'date' ? 'date' : 'text';
    control = html`<input
      id=${controlId}
      name=${id}
      type=${type}
      class=${field.kind}
      part="control"
      inputmode=${field.kind === 'integer' ? 'numeric' : nothing}
      autocomplete="off"
      .value=${shownValue}
      ?disabled=${disabled}
      ?required=${field.required}
      aria-invalid=${invalid}
      aria-describedby=${describedBy || nothing}
      @input=${onInput}
      @change=${onInput}
    />`;
  }
  return html`
    <div part="field" class=${cls} @focusout=${onFocusOut}>
      <label for=${controlId} class="label" part="label">${label}</label>
      ${hint} ${message} ${control}
      ${field.meta.note ? html`<p class="note" id="n-${id}" aria-live="polite">${field.meta.note(value)}</p>` : nothing}
    </div>
  `;
}
