import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import '../generated/messages/evaluation-form-evaluation-form.component.js';
import { SchemaForm } from '../schema-form/schema-form.component.js';
import type { ResponseEnvelope } from '../schema-form/events.js';
import { evaluation, evaluationParts } from '../instruments/evaluation.js';
import { activeLocale } from '../localization/locale.js';

/** Which part of the evaluation the element shows: one person's part, or both in turn. */
export type EvaluationPart = 'advisor' | 'resident' | 'both';
type Step = 'advisor' | 'handover' | 'resident';

const text = {
  step: (n: number) =>
    n === 1
      ? msg('Trin 1 af 2: rådgiverens del', { id: 'evaluation.step.advisor' })
      : msg('Trin 2 af 2: beboerens del', { id: 'evaluation.step.resident' }),
  handoverTitle: () => msg('Giv skærmen videre til beboeren', { id: 'evaluation.handover.title' }),
  handoverDone: () => msg('Rådgiverens del er indsendt.', { id: 'evaluation.handover.done' }),
  handoverText: () =>
    msg('Nu svarer beboeren selv på sin del. Rådgiverens svar vises ikke igen på skærmen.', {
      id: 'evaluation.handover.text',
    }),
  handoverStart: () => msg('Start beboerens del', { id: 'evaluation.handover.start' }),
};

/**
 * Bilag 4, the evaluation at the end of a course, in two parts filled in by two people.
 *
 * - `part="advisor"` or `part="resident"`: that part alone; its envelope has `part` set. A host
 *   can show a submitted advisor part read-only (`readonly`) beside a resident filling theirs.
 * - `part="both"` (the default): the advisor's part, submitted on its own; then a separate step
 *   that hands the device to the resident; then the resident's part, with its own heading.
 *   Each part dispatches its own `response-submit`. In an enclosing form, only the resident's
 *   submit submits it, and its FormData holds both envelopes under the element's name.
 *
 * @summary Bilag 4, the evaluation: the advisor's and the resident's part, one after the other or alone.
 * @csspart step - The step heading of `part="both"` ("Trin 1 af 2: rådgiverens del").
 */
export class EvaluationForm extends SchemaForm {
  static override properties: PropertyDeclarations = { formPart: { attribute: 'part' } };

  /**
   * Which part the element shows: `advisor`, `resident` or `both` (the default), attribute
   * `part`. (The property has another name: `part` is every element's list of shadow-part names.)
   */
  formPart: EvaluationPart = 'both';

  /** The step of `part="both"`: the view changes with it, so each change asks for an update. */
  #step: Step = 'advisor';

  /** The advisor's envelope, once submitted in `part="both"`: it goes into FormData before the resident's. */
  #advisor: readonly ResponseEnvelope[] = [];

  constructor() {
    super();
    this.instrument = evaluationParts.advisor;
    this.steps = {
      instrument: () => {
        if (this.formPart === 'advisor' || this.formPart === 'resident') return evaluationParts[this.formPart];
        if (this.readonly) return evaluation;
        return this.#step === 'resident' ? evaluationParts.resident : evaluationParts.advisor;
      },
      last: () => this.formPart !== 'both' || this.#step === 'resident',
      prior: () => this.#advisor,
      accepted: (envelope) => {
        if (this.formPart !== 'both' || this.#step !== 'advisor') return;
        this.#advisor = [envelope];
        this.#step = 'handover';
        this.requestUpdate();
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.handover .title')?.focus());
      },
      // The advisor's step and the resident's under their step heading, the hand-over between them.
      frame: (form) => {
        if (this.formPart !== 'both' || this.readonly) return form();
        if (this.#step === 'handover') {
          return html`
            <div part="form" class="handover" lang=${activeLocale()}>
              <h2 part="title" class="title" tabindex="-1">${text.handoverTitle()}</h2>
              <p role="status">${text.handoverDone()}</p>
              <p>${text.handoverText()}</p>
              <button part="submit" class="submit" type="button" ?disabled=${this.disabled} @click=${this.#startResidentPart}>
                ${text.handoverStart()}
              </button>
            </div>
          `;
        }
        return html`<p class="step" part="step" tabindex="-1">${text.step(this.#step === 'advisor' ? 1 : 2)}</p>
          ${form()}`;
      },
    };
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Another part asked for by the host starts over, from the advisor's step.
    if (changed.has('formPart') && changed.get('formPart') !== undefined) {
      this.#step = 'advisor';
      this.#advisor = [];
    }
    super.willUpdate(changed);
  }

  #startResidentPart() {
    this.#step = 'resident';
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.step')?.focus());
  }
}
