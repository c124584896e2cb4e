import type { ReactiveController } from 'lit';
import { fieldsOf } from '../../engine/field-model.js';
import { storedAnswers } from '../../engine/validate.js';
import { activeLocale } from '../../localization/locale.js';
import { errorText } from '../messages.js';
import type { ResponseEnvelope } from '../events.js';
import type { FormSteps } from './steps.js';
import { focusSummary, residentProblem, type FormHost, type FormState } from './form-state.js';

/** The current response: the answers as they would be stored, with the envelope's own fields. */
export function envelopeOf(host: FormHost, state: FormState): ResponseEnvelope {
  const instrument = host.instrument;
  return {
    instrument: instrument?.id ?? '',
    codebookVersion: instrument?.codebookVersion ?? '',
    responseId: state.responseId,
    ...(host.replaces ? { replaces: host.replaces } : {}),
    ...(instrument?.part ? { part: instrument.part } : {}),
    residentId: host.residentId,
    ...(host.caseId ? { caseId: host.caseId } : {}),
    completedAt: new Date().toISOString(),
    locale: activeLocale(),
    answers: instrument ? storedAnswers(instrument, state.answers) : {},
  };
}

/**
 * The element as a form control (form-associated custom element, as material-web's
 * labs/behaviors and webawesome's form controls are): its value in the enclosing form's
 * FormData, its validity, and the browser's `invalid` event, answered with our error summary
 * instead of the browser's bubble.
 */
export class FormValueController implements ReactiveController {
  readonly internals: ElementInternals;
  readonly #host: FormHost;
  readonly #state: FormState;
  readonly #steps: () => FormSteps | undefined;
  #quiet = false;

  /** Earlier `steps` filled in in this element go into FormData before the current one. */
  constructor(host: FormHost, state: FormState, steps: () => FormSteps | undefined) {
    this.#host = host;
    this.#state = state;
    this.#steps = steps;
    this.internals = host.attachInternals();
    host.addController(this);
    host.addEventListener('invalid', this.#onInvalid);
  }

  get disabled() {
    return this.#host.disabled || this.#state.formDisabled;
  }

  /** Checks without showing anything, like a native control. */
  checkValidity(): boolean {
    this.#quiet = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#quiet = false;
    }
  }

  hostUpdated() {
    const host = this.#host;
    const internals = this.internals;
    if (!host.instrument) return;
    if (host.template) {
      // A blank paper form answers nothing: it neither posts answers nor holds its form back.
      internals.setFormValue(null);
      internals.setValidity({});
      return;
    }
    let data: FormData | null = null;
    if (host.name) {
      data = new FormData();
      for (const e of [...(this.#steps()?.prior() ?? []), envelopeOf(host, this.#state)]) {
        data.append(host.name, JSON.stringify(e));
        for (const [id, value] of Object.entries(e.answers)) {
          for (const v of Array.isArray(value) ? value : [value]) data.append(`${host.name}.${id}`, String(v));
        }
      }
    }
    internals.setFormValue(data, JSON.stringify(this.#state.answers));
    const errors = host.errors;
    const problem = residentProblem(host.residentId);
    if (host.readonly || this.disabled) {
      internals.setValidity({});
    } else if (errors.length) {
      const anchor = inputFor(host, errors[0].field) ?? undefined;
      const fields = fieldsOf(host.instrument);
      const message = errors.map((e) => errorText(e, fields.find((f) => f.id === e.field))).join(' ');
      internals.setValidity({ customError: true }, message, anchor);
    } else if (problem) {
      internals.setValidity({ customError: true }, problem());
    } else {
      internals.setValidity({});
    }
  }

  readonly #onInvalid = (event: Event) => {
    if (this.#quiet) return;
    // Our error summary replaces the browser's bubble.
    event.preventDefault();
    this.#state.submitAttempted = true;
    if (this.#host.errors.length === 0) this.#state.formError = residentProblem(this.#host.residentId);
    void focusSummary(this.#host);
  };
}

/** A field's input: the checked one of a choice, else the first. */
export function inputFor(host: FormHost, id: string): HTMLElement | null {
  const root = host.renderRoot;
  return root.querySelector<HTMLElement>(`[name="${id}"]:checked`) ?? root.querySelector<HTMLElement>(`[name="${id}"]`);
}
