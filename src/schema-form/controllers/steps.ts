import type { Instrument } from '../../engine/instrument.js';
import type { ResponseEnvelope } from '../events.js';

/**
 * How an instrument element fills its instrument in steps within one `<schema-form>` (the
 * evaluation: the advisor's part, a hand-over, the resident's part). The element sets
 * `steps` in its constructor; `<schema-form>` asks it, instead of the element overriding the
 * form's lifecycle or render.
 */
export interface FormSteps {
  /** The instrument to show now. When it changes, the form takes the host's prefill again. */
  instrument(): Instrument;
  /** False while a later step follows: a valid submit then leaves the enclosing form alone. */
  last(): boolean;
  /** Envelopes of earlier steps, in the enclosing form's FormData before the current one. */
  prior(): readonly ResponseEnvelope[];
  /** The host accepted this step's envelope. */
  accepted(envelope: ResponseEnvelope): void;
  /**
   * What the element shows, given the form as it would show now (its current mode's view, made
   * when called): the form, the form under a heading, or something else in its place (a hand-over).
   */
  frame(form: () => unknown): unknown;
}
