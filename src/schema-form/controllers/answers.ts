import { isEmpty } from '../../engine/instrument.js';
import type { FieldModel } from '../../engine/field-model.js';
import { storedAnswers, validate } from '../../engine/validate.js';
import { emit, type FormHost, type FormState } from './form-state.js';
import { inputFor } from './form-value.js';
import type { DraftController } from './drafts.js';

/** An integer field's answer: the number when the text is a whole number, else the text, to be flagged. */
export function integerAnswer(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The user answering: each input becomes an answer, a `response-change` and a saved draft. */
export class AnswersController {
  readonly #host: FormHost;
  readonly #state: FormState;
  readonly #drafts: DraftController;

  /** Every answer is saved in the draft (`drafts`). */
  constructor(host: FormHost, state: FormState, drafts: DraftController) {
    this.#host = host;
    this.#state = state;
    this.#drafts = drafts;
  }

  set(field: FieldModel, value: unknown) {
    const state = this.#state;
    const instrument = this.#host.instrument!;
    state.touched.add(field.id);
    const answers = { ...state.answers };
    if (isEmpty(value)) delete answers[field.id];
    else answers[field.id] = value;
    state.answers = answers;
    state.submittedAt = undefined;
    state.generation++;
    this.#drafts.save();
    const errors = validate(instrument, answers);
    emit(this.#host, 'response-change', {
      field: field.id,
      answers: storedAnswers(instrument, answers),
      valid: errors.length === 0,
      errors,
    });
  }

  input(field: FieldModel, event: Event) {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (field.kind === 'multiple') {
      const chosen = new Set((this.#state.answers[field.id] as string[] | undefined) ?? []);
      if ((target as HTMLInputElement).checked) chosen.add(target.value);
      else chosen.delete(target.value);
      // Keep the codebook's order, not the order of clicks.
      this.set(field, field.options.filter((code) => chosen.has(code)));
    } else if (field.kind === 'integer') {
      this.set(field, field.meta.input?.read(target.value) ?? integerAnswer(target.value));
    } else {
      this.set(field, target.value);
    }
  }

  /** A touched field the focus has left shows its error from now on. */
  focusOut(field: FieldModel, event: FocusEvent) {
    const wrapper = event.currentTarget as HTMLElement;
    if (this.#state.touched.has(field.id) && !wrapper.contains(event.relatedTarget as Node | null)) {
      this.#state.left = new Set(this.#state.left).add(field.id);
    }
  }

  /** A link in the error summary: to the field, its question in view. */
  focusField(event: Event, id: string) {
    event.preventDefault();
    const input = inputFor(this.#host, id);
    // The question (legend or label) must be in view along with the input, as GOV.UK does.
    input?.closest('.field')?.scrollIntoView({ block: 'start' });
    input?.focus({ preventScroll: true });
  }
}
