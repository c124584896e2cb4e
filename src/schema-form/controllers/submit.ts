import { ui } from '../messages.js';
import type { DraftController } from './drafts.js';
import type { FormSteps } from './steps.js';
import { emit, focusSummary, residentProblem, type FormHost, type FormState } from './form-state.js';
import { envelopeOf } from './form-value.js';
import { newResponseId } from '../response-id.js';

/**
 * The submit contract: `response-submit` means accepted, after the host's `submitHandler` took
 * the envelope (while it runs the form is sending and ignores further submits), never for an
 * attempt that failed: that is a `response-error` of kind `submit`, and every answer stays.
 */
export class SubmitController {
  readonly #host: FormHost;
  readonly #state: FormState;
  readonly #internals: ElementInternals;
  readonly #drafts: DraftController;
  readonly #steps: () => FormSteps | undefined;
  #form: HTMLFormElement | null = null;
  readonly #onFormSubmit = () => void this.send();

  /** An accepted submit removes the draft (`drafts`) and goes to the next of the element's `steps`, if it has any. */
  constructor(host: FormHost, state: FormState, internals: ElementInternals, drafts: DraftController, steps: () => FormSteps | undefined) {
    this.#host = host;
    this.#state = state;
    this.#internals = internals;
    this.#drafts = drafts;
    this.#steps = steps;
  }

  /** The enclosing form changed (formAssociatedCallback): its submit is ours to send. */
  associate(form: HTMLFormElement | null) {
    this.#form?.removeEventListener('submit', this.#onFormSubmit);
    this.#form = form;
    form?.addEventListener('submit', this.#onFormSubmit);
  }

  /** The element's `submit()`: shows the errors, or submits the enclosing form, or sends. */
  submit(): boolean {
    const state = this.#state;
    if (state.sending) return false;
    state.submitAttempted = true;
    state.submittedAt = undefined;
    if (this.#host.errors.length) {
      void focusSummary(this.#host);
      return false;
    }
    const problem = residentProblem(this.#host.residentId);
    if (problem) {
      state.formError = problem;
      emit(this.#host, 'response-error', { kind: 'config', message: problem() });
      return false;
    }
    state.formError = undefined;
    const form = this.#internals.form;
    if (form && (this.#steps()?.last() ?? true)) form.requestSubmit();
    else void this.send();
    return true;
  }

  async send() {
    const host = this.#host;
    const state = this.#state;
    if (host.errors.length || residentProblem(host.residentId) || state.sending) return;
    const envelope = { ...envelopeOf(host, state), completedAt: new Date().toISOString() };
    if (host.submitHandler) {
      state.sending = true;
      state.formError = undefined;
      try {
        await host.submitHandler(envelope);
      } catch (error) {
        state.formError = ui.submitFailed;
        emit(host, 'response-error', { kind: 'submit', message: ui.submitFailed(), error });
        void focusSummary(host);
        return;
      } finally {
        state.sending = false;
      }
    }
    // Canceled: the host did not accept it.
    if (!emit(host, 'response-submit', envelope, true)) return;
    state.submittedAt = envelope.completedAt;
    // The next submit is another response.
    state.responseId = newResponseId();
    this.#steps()?.accepted(envelope);
    await this.#drafts.remove();
    state.restoredFrom = undefined;
  }
}
